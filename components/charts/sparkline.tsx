'use client';

import { Line, LineChart, ResponsiveContainer, YAxis } from 'recharts';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/components/i18n/use-format';
import { useHasMounted } from './use-has-mounted';

/**
 * A small trend line; the figure beside it carries the value, the line only the shape. It is one
 * image named by `label` and its values; the drawing itself stays out of the tab order
 * (`accessibilityLayer={false}`). Pages show the values as a table too (`SparklineDataTable`).
 */
export function Sparkline({ data, label }: { data: { month: string; mean: number }[]; label: string }) {
  const hasMounted = useHasMounted();
  const t = useTranslations('charts');
  const format = useFormat();
  if (data.length < 2) return <span className="text-xs text-slate-500">{t('sparkline.tooFewMonths')}</span>;
  return (
    <span
      className="inline-block h-6 w-24 align-middle"
      role="img"
      aria-label={`${label}: ${data.map((point) => `${point.month} ${format.number(point.mean, 2)}`).join(', ')}`}
    >
      {hasMounted ? (
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} accessibilityLayer={false}>
            <YAxis hide domain={[1, 5]} />
            <Line type="monotone" dataKey="mean" stroke="#1d4ed8" dot={false} strokeWidth={1.5} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      ) : null}
    </span>
  );
}
