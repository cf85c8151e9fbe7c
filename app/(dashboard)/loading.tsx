'use client';

import { useTranslations } from 'use-intl';

/**
 * Shown inside the shell while a page's data is read. Announced once as a status ("Loading…");
 * the grey bars only hint at the page's shape and are hidden from screen readers.
 */
export default function DashboardLoading() {
  const t = useTranslations('states');
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-4" data-testid="page-loading">
      <p className="text-sm text-slate-600">{t('loading')}</p>
      <div aria-hidden="true" className="flex animate-pulse flex-col gap-4 motion-reduce:animate-none">
        <div className="h-7 w-64 max-w-full rounded bg-slate-200" />
        <div className="h-32 rounded-lg border border-slate-200 bg-slate-100" />
        <div className="h-48 rounded-lg border border-slate-200 bg-slate-100" />
      </div>
    </div>
  );
}
