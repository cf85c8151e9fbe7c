import Link from 'next/link';
import type { ReactNode } from 'react';
import { getT } from '@/lib/i18n/server';
import { DUE_STATUS_FILTERS, type TDueFilters } from '@/lib/notifications/schemas';

type TOption = { slug: string; name: string };

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
export async function DueFiltersForm({ filters, certificates, organisations }: { filters: TDueFilters; certificates: TOption[]; organisations: TOption[] }) {
  const t = await getT('due.filters');
  return (
    <form method="get" action="/due" className="flex flex-wrap items-end gap-3 px-4 py-3" aria-label={t('label')}>
      <FilterSelect id="certificate" label={t('certificate')} value={filters.certificate ?? ''}>
        <option value="">{t('allCertificates')}</option>
        {certificates.map((certificate) => (
          <option key={certificate.slug} value={certificate.slug}>
            {certificate.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="organisation" label={t('organisation')} value={filters.organisation ?? ''}>
        <option value="">{t('allOrganisations')}</option>
        {organisations.map((organisation) => (
          <option key={organisation.slug} value={organisation.slug}>
            {organisation.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="status" label={t('status')} value={filters.status}>
        {DUE_STATUS_FILTERS.map((value) => (
          <option key={value} value={value}>
            {t(`statuses.${value}`)}
          </option>
        ))}
      </FilterSelect>
      <button type="submit" className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
        {t('apply')}
      </button>
      <Link href="/due" className="py-2 text-sm text-blue-700 hover:underline">
        {t('reset')}
      </Link>
    </form>
  );
}
