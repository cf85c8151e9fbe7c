import type { TDatasetName } from '@/lib/exports/datasets';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { getLocale, getT } from '@/lib/i18n/server';

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
  const [t, locale] = await Promise.all([getT('exports'), getLocale()]);
  // The column headers follow the reader's language; API clients that ask for nothing get English.
  const lang = locale === DEFAULT_LOCALE ? '' : `&lang=${locale}`;
  const href = (format: 'csv' | 'xlsx') => `/api/v1/exports/${dataset}?${subject}=${encodeURIComponent(value)}&format=${format}${lang}`;
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
