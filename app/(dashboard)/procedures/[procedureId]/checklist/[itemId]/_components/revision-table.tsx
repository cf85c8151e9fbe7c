import { Table, Td, Th } from '@/components/ui/table';
import type { TChecklistItemDetail } from '@/lib/conditions/queries';
import { getMediaTypeLabel } from '@/lib/evidence/media-types';
import type { TFormat } from '@/lib/i18n/format';
import { getFormat, getT } from '@/lib/i18n/server';
import { SnapshotSummary } from './snapshot-summary';

type TEvidence = TChecklistItemDetail['evidence'][number];

const downloadHref = (evidenceId: string, number: number) => `/api/evidence/${encodeURIComponent(evidenceId)}/revisions/${number}`;

async function RevisionContent({ evidence, revision }: { evidence: TEvidence; revision: TEvidence['revisions'][number] }) {
  if (revision.storedName) {
    return (
      <a href={downloadHref(evidence.id, revision.number)} className="text-blue-700 hover:underline" download>
        {revision.fileName}
      </a>
    );
  }
  if (revision.url) {
    return (
      // Opened in a new tab without handing over this page or its address.
      <a href={revision.url} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-blue-700 hover:underline">
        {revision.url}
      </a>
    );
  }
  if (revision.snapshot === null) return <span>—</span>;
  const t = await getT('checklist');
  return (
    <div>
      <a href={downloadHref(evidence.id, revision.number)} className="text-blue-700 hover:underline" download>
        {evidence.kind === 'CONTROL_LOOP' ? t('revisions.frozenLoop') : t('revisions.frozenFigures')}
      </a>
      {evidence.kind === 'METRIC_SNAPSHOT' ? <SnapshotSummary json={revision.snapshot} /> : null}
    </div>
  );
}

/** Files by their stored size; frozen figures by the size of their JSON; links have none. */
function formatRevisionSize(format: TFormat, revision: TEvidence['revisions'][number]): string {
  if (revision.sizeBytes !== null) return format.bytes(revision.sizeBytes);
  return revision.snapshot === null ? '—' : format.bytes(Buffer.byteLength(revision.snapshot, 'utf8'));
}

/** Every revision, newest first: what it holds, its type and size, its SHA-256 and who added it when. */
export async function RevisionTable({ evidence }: { evidence: TEvidence }) {
  const [t, format] = await Promise.all([getT('checklist'), getFormat()]);
  return (
    <Table data-testid="revisions">
      <thead>
        <tr>
          <Th className="w-12">{t('revisions.rev')}</Th>
          <Th>{t('revisions.content')}</Th>
          <Th>{t('revisions.type')}</Th>
          <Th>{t('revisions.size')}</Th>
          <Th>SHA-256</Th>
          <Th>{t('revisions.uploaded')}</Th>
        </tr>
      </thead>
      <tbody>
        {evidence.revisions.map((revision) => (
          <tr key={revision.id}>
            <Td className="tabular-nums">{revision.number}</Td>
            <Td>
              <RevisionContent evidence={evidence} revision={revision} />
              {revision.note ? <p className="mt-1 text-xs text-slate-600">{revision.note}</p> : null}
            </Td>
            <Td>{revision.mediaType ? format.serverMessage(getMediaTypeLabel(revision.mediaType)) : revision.url ? t('revisions.link') : 'JSON'}</Td>
            <Td className="whitespace-nowrap tabular-nums">{formatRevisionSize(format, revision)}</Td>
            <Td>
              <code className="break-all text-xs">{revision.sha256}</code>
            </Td>
            <Td className="text-xs">
              {revision.uploadedBy.name}
              <br />
              {format.date(revision.uploadedAt)}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
