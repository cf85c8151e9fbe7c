import Link from 'next/link';
import type { ReactNode } from 'react';
import type { TDueFilters, TDueStatusFilter } from '@/lib/notifications/schemas';

type TOption = { slug: string; name: string };

const STATUS_LABELS: Record<TDueStatusFilter, string> = {
  open: 'Open (including overdue)',
  overdue: 'Overdue',
  done: 'Done or closed',
  all: 'All',
};

const SELECT_CLASS = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';

function FilterSelect({ id, label, value, children }: { id: string; label: string; value: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value} className={SELECT_CLASS}>
        {children}
      </select>
    </div>
  );
}

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked or shared, and it works without JavaScript. */
export function DueFiltersForm({ filters, certificates, organisations }: { filters: TDueFilters; certificates: TOption[]; organisations: TOption[] }) {
  return (
    <form method="get" action="/due" className="flex flex-wrap items-end gap-3 px-4 py-3" aria-label="Filter what is due">
      <FilterSelect id="certificate" label="Certificate" value={filters.certificate ?? ''}>
        <option value="">All certificates</option>
        {certificates.map((certificate) => (
          <option key={certificate.slug} value={certificate.slug}>
            {certificate.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="organisation" label="Organisation" value={filters.organisation ?? ''}>
        <option value="">All organisations</option>
        {organisations.map((organisation) => (
          <option key={organisation.slug} value={organisation.slug}>
            {organisation.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="status" label="Status" value={filters.status}>
        {Object.entries(STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </FilterSelect>
      <button type="submit" className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
        Apply filters
      </button>
      <Link href="/due" className="py-2 text-sm text-blue-700 hover:underline">
        Reset
      </Link>
    </form>
  );
}
