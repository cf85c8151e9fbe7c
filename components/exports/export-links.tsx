import type { TDatasetName } from '@/lib/exports/datasets';
import { getT } from '@/lib/i18n/server';

/** "Download CSV · XLSX" for one table of the page; plain links, so they work without JavaScript. */
export async function ExportLinks({
  dataset,
  subject,
  value,
  label,
}: {
  dataset: TDatasetName;
  subject: 'certificate' | 'procedure';
  value: string;
  /** What the links download; "Download" (in the reader's language) when not given. */
  label?: string;
}) {
  const t = await getT('exports');
  const href = (format: 'csv' | 'xlsx') => `/api/v1/exports/${dataset}?${subject}=${encodeURIComponent(value)}&format=${format}`;
  return (
    <span className="text-xs text-slate-600" data-testid={`export-${dataset}`}>
      {label ?? t('download')}{' '}
      <a href={href('csv')} className="text-blue-700 underline" download>
        CSV
      </a>{' '}
      ·{' '}
      <a href={href('xlsx')} className="text-blue-700 underline" download>
        XLSX
      </a>
    </span>
  );
}
