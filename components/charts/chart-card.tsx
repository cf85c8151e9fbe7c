import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { METRIC_DEFINITIONS, type TMetricId } from '@/lib/metrics/definitions/metric-definitions';

/**
 * The frame of every figure: title, n, the metric's definition (from the metric contract) and,
 * when the figure is withheld, the reason instead of the figure.
 */
export function ChartCard({
  title,
  metric,
  n,
  suppressed,
  children,
}: {
  title: string;
  metric: TMetricId;
  n: number | null;
  suppressed?: string | null;
  children: ReactNode;
}) {
  const definition = METRIC_DEFINITIONS[metric];
  return (
    <Card className="flex flex-col">
      <div className="flex items-start justify-between gap-2 border-b border-slate-100 px-4 py-3">
        <h3 className="text-sm font-semibold">{title}</h3>
        <span className="text-xs text-slate-600 tabular-nums">{n === null ? '' : `n = ${n.toLocaleString('en-GB')}`}</span>
      </div>
      <div className="flex-1 px-4 py-3">
        {suppressed ? (
          <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700" role="note">
            Not shown: {suppressed}.
          </p>
        ) : (
          children
        )}
      </div>
      <details className="border-t border-slate-100 px-4 py-2 text-xs text-slate-600">
        <summary className="cursor-pointer">Definition</summary>
        <p className="mt-1">{definition.definition}</p>
      </details>
    </Card>
  );
}
