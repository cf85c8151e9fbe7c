'use client';

// The frame of every bar chart: the drawing, hidden from assistive technology and drawn only after
// mounting (recharts measures the browser's layout), a caption that names the figure for screen
// readers, and the figure's data table, which carries the numbers for everyone.
import type { ReactElement, ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { cn } from '@/lib/utils/cn';
import { useHasMounted } from './use-has-mounted';

export function ChartFigure({
  label,
  heightClass,
  table,
  children,
}: {
  label: string;
  /** The drawing's height, e.g. "h-64". */
  heightClass: string;
  /** The ChartDataTable with the same figures. */
  table: ReactNode;
  /** The recharts chart. */
  children: ReactElement;
}) {
  const hasMounted = useHasMounted();
  return (
    <figure>
      <div className={cn(heightClass, 'w-full')} aria-hidden="true">
        {hasMounted ? (
          <ResponsiveContainer width="100%" height="100%">
            {children}
          </ResponsiveContainer>
        ) : null}
      </div>
      <figcaption className="sr-only">{label}</figcaption>
      {table}
    </figure>
  );
}
