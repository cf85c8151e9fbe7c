import type { TDatasetName } from '@/lib/exports/datasets';

/** "Download CSV · XLSX" for one table of the page; plain links, so they work without JavaScript. */
export function ExportLinks({
  dataset,
  subject,
  value,
  label = 'Download',
}: {
  dataset: TDatasetName;
  subject: 'certificate' | 'procedure';
  value: string;
  label?: string;
}) {
  const href = (format: 'csv' | 'xlsx') => `/api/v1/exports/${dataset}?${subject}=${encodeURIComponent(value)}&format=${format}`;
  return (
    <span className="text-xs text-slate-600" data-testid={`export-${dataset}`}>
      {label}{' '}
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
