import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { getFormat, getT } from '@/lib/i18n/server';
import type { TMetricId } from '@/lib/metrics/definitions/metric-definitions';
import { getMetricDefinitions } from '@/lib/metrics/definitions/metric-definitions-de';

/**
 * The frame of every figure: title, n, the metric's definition (from the metric contract, in the
 * reader's language) and, when the figure is withheld, the reason instead of the figure.
 */
export async function ChartCard({
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
  const [t, format] = await Promise.all([getT('charts'), getFormat()]);
  const definition = getMetricDefinitions(format.locale)[metric];
  return (
    <Card className="flex flex-col">
      <div className="flex items-start justify-between gap-2 border-b border-slate-100 px-4 py-3">
        <h3 className="text-sm font-semibold">{title}</h3>
        <span className="text-xs text-slate-600 tabular-nums">{n === null ? '' : `n = ${format.number(n)}`}</span>
      </div>
      <div className="flex-1 px-4 py-3">
        {suppressed ? (
          <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700" role="note">
            {t('card.notShown', { reason: format.serverMessage(suppressed) })}
          </p>
        ) : (
          children
        )}
      </div>
      <details className="border-t border-slate-100 px-4 py-2 text-xs text-slate-600">
        <summary className="cursor-pointer">{t('card.definition')}</summary>
        <p className="mt-1">{definition.definition}</p>
      </details>
    </Card>
  );
}
