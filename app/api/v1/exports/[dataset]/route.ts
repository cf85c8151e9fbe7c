// GET /api/v1/exports/{dataset}?certificate=<slug>|procedure=<id>&format=csv|xlsx[&lang=de] — a
// table of a page as CSV or XLSX (formula injection neutralised), column headers in English unless
// lang asks for German (the page's links pass the reader's language). Session or API token; same
// scope as the page: a subject outside it is a 404.
import { NextResponse } from 'next/server';
import { getRequestActor } from '@/lib/auth/request-actor';
import { NotFoundError } from '@/lib/errors';
import { DATASETS, type TDatasetName } from '@/lib/exports/datasets';
import { toCsv } from '@/lib/exports/to-csv';
import { toXlsx } from '@/lib/exports/to-xlsx';
import { translateTable } from '@/lib/exports/translate-table';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';

export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const actor = await getRequestActor(request);
  if (!actor) return NextResponse.json({ error: 'Not signed in' }, { status: 401 });
  const { dataset } = await params;
  if (!Object.hasOwn(DATASETS, dataset))
    return NextResponse.json({ error: `Unknown table "${dataset}"; known: ${Object.keys(DATASETS).join(', ')}` }, { status: 404 });
  const definition = DATASETS[dataset as TDatasetName];
  const url = new URL(request.url);
  const subject = url.searchParams.get(definition.subject);
  if (!subject) return NextResponse.json({ error: `Missing ?${definition.subject}=` }, { status: 400 });
  const format = url.searchParams.get('format') ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx') return NextResponse.json({ error: 'format must be csv or xlsx' }, { status: 400 });
  const lang = url.searchParams.get('lang') ?? DEFAULT_LOCALE;
  if (!isLocale(lang)) return NextResponse.json({ error: 'lang must be en or de' }, { status: 400 });
  try {
    const table = translateTable(await definition.build(actor, subject), lang);
    const headers = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };
    if (format === 'csv') {
      return new NextResponse(toCsv(table), {
        headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${table.name}.csv"` },
      });
    }
    return new NextResponse(new Uint8Array(await toXlsx(table)), {
      headers: {
        ...headers,
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${table.name}.xlsx"`,
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    throw error;
  }
}
