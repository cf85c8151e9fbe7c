import type { TMetricSnapshot } from '@/lib/evidence/freeze-metric-snapshot';
import { getFormat, getT } from '@/lib/i18n/server';

function readSnapshot(json: string): TMetricSnapshot | null {
  try {
    const value = JSON.parse(json) as Partial<TMetricSnapshot>;
    return value.metrics?.imports ? (value as TMetricSnapshot) : null;
  } catch {
    return null;
  }
}

/** The headline of frozen figures, with n and the imports they came from; the whole JSON is downloadable. */
export async function SnapshotSummary({ json }: { json: string }) {
  const snapshot = readSnapshot(json);
  const [t, format] = await Promise.all([getT('checklist'), getFormat()]);
  if (!snapshot) return <p className="text-xs text-slate-600">{t('snapshot.unreadable')}</p>;
  const { metrics } = snapshot;
  const completion = metrics.certificateCompletion;
  return (
    <div className="mt-1 text-xs text-slate-700" data-testid="snapshot-summary">
      <p>
        {t('snapshot.headline', {
          date: format.date(new Date(snapshot.frozenAt)),
          version: String(metrics.definitionsVersion),
          k: String(metrics.minimumGroupSize),
          enrolled: format.number(metrics.certificateEnrolled),
          completion: format.rate(completion),
          n: format.number(completion.n),
        })}
      </p>
      <ul className="mt-1 list-disc pl-4">
        {metrics.imports.map((entry) => (
          <li key={entry.importId}>
            {t('snapshot.import', { source: entry.sourceName, date: entry.snapshotAt ? format.date(new Date(entry.snapshotAt)) : '—' })}{' '}
            <code className="break-all">{entry.contentSha256}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
