import type { TMetricSnapshot } from '@/lib/evidence/freeze-metric-snapshot';
import { formatDate, formatNumber } from '@/lib/utils/format';
import { formatRate } from '@/lib/utils/format-rate';

function readSnapshot(json: string): TMetricSnapshot | null {
  try {
    const value = JSON.parse(json) as Partial<TMetricSnapshot>;
    return value.metrics?.imports ? (value as TMetricSnapshot) : null;
  } catch {
    return null;
  }
}

/** The headline of frozen figures, with n and the imports they came from; the whole JSON is downloadable. */
export function SnapshotSummary({ json }: { json: string }) {
  const snapshot = readSnapshot(json);
  if (!snapshot) return <p className="text-xs text-slate-600">Frozen data (download the JSON to read it).</p>;
  const { metrics } = snapshot;
  const completion = metrics.certificateCompletion;
  return (
    <div className="mt-1 text-xs text-slate-700" data-testid="snapshot-summary">
      <p>
        Frozen {formatDate(new Date(snapshot.frozenAt))} · definitions {metrics.definitionsVersion} · k = {metrics.minimumGroupSize} · enrolled{' '}
        {formatNumber(metrics.certificateEnrolled)} · certificate completion {formatRate(completion)}, n = {formatNumber(completion.n)}
      </p>
      <ul className="mt-1 list-disc pl-4">
        {metrics.imports.map((entry) => (
          <li key={entry.importId}>
            Import {entry.sourceName}, snapshot {entry.snapshotAt ? formatDate(new Date(entry.snapshotAt)) : '—'}, SHA-256{' '}
            <code className="break-all">{entry.contentSha256}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
