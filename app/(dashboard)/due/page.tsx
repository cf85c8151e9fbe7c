import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardHeader } from '@/components/ui/card';
import { requireActor } from '@/lib/auth/session';
import { getNow } from '@/lib/clock';
import { listDue, listDueFilterOptions } from '@/lib/notifications/list-due';
import { ZDueFilters } from '@/lib/notifications/schemas';
import { DueFiltersForm } from './_components/due-filters-form';
import { DueTable } from './_components/due-table';

export const metadata: Metadata = { title: 'Due' };

export default async function DuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const filters = ZDueFilters.parse(await searchParams);
  const now = getNow();
  const [rows, options] = await Promise.all([listDue(actor, filters, now), listDueFilterOptions(actor, now)]);
  const isFiltered = Boolean(filters.certificate || filters.organisation || filters.status !== 'open');
  const overdue = rows.filter((row) => row.state === 'overdue').length;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Due</h1>
      <Card>
        <CardHeader
          title={`${rows.length} ${rows.length === 1 ? 'entry' : 'entries'}${overdue ? `, ${overdue} overdue` : ''}`}
          description="Checklist items of the conditions and measures of the control loops in your scope, soonest first. A checklist item without its own date is due when its condition is, else on the procedure's proof-of-conditions date."
        />
        <DueFiltersForm filters={filters} certificates={options.certificates} organisations={options.organisations} />
        {rows.length === 0 ? (
          <p className="border-t border-slate-100 px-4 py-6 text-sm text-slate-600" data-testid="due-empty">
            {isFiltered ? (
              <>
                Nothing matches these filters.{' '}
                <Link href="/due" className="text-blue-700 underline">
                  Show everything open
                </Link>
              </>
            ) : (
              'Nothing is due in your scope.'
            )}
          </p>
        ) : (
          <DueTable rows={rows} />
        )}
      </Card>
    </div>
  );
}
