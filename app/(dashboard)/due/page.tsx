import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardHeader } from '@/components/ui/card';
import { requireActor } from '@/lib/auth/session';
import { getNow } from '@/lib/clock';
import { getT } from '@/lib/i18n/server';
import { listDue, listDueFilterOptions } from '@/lib/notifications/list-due';
import { ZDueFilters } from '@/lib/notifications/schemas';
import { DueFiltersForm } from './_components/due-filters-form';
import { DueTable } from './_components/due-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('due'))('title') };
}

export default async function DuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const filters = ZDueFilters.parse(await searchParams);
  const now = getNow();
  const [rows, options] = await Promise.all([listDue(actor, filters, now), listDueFilterOptions(actor, now)]);
  const isFiltered = Boolean(filters.certificate || filters.organisation || filters.status !== 'open');
  const overdue = rows.filter((row) => row.state === 'overdue').length;
  const t = await getT('due');
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <Card>
        <CardHeader title={t('summary', { count: rows.length, overdue })} description={t('description')} />
        <DueFiltersForm filters={filters} certificates={options.certificates} organisations={options.organisations} />
        {rows.length === 0 ? (
          <p className="border-t border-slate-100 px-4 py-6 text-sm text-slate-600" data-testid="due-empty">
            {isFiltered ? (
              <>
                {t('noMatch')}{' '}
                <Link href="/due" className="text-blue-700 underline">
                  {t('showOpen')}
                </Link>
              </>
            ) : (
              t('nothingDue')
            )}
          </p>
        ) : (
          <DueTable rows={rows} />
        )}
      </Card>
    </div>
  );
}
