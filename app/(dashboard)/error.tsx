'use client';

import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';

/**
 * A page of the shell failed. The visitor gets what to do and the digest, which names the error in
 * the server's log; never the error's message or stack, which may hold data of others. "Try again"
 * is Next's retry(): it fetches the page from the server again, then resets this boundary.
 */
export default function DashboardError({ error, retry }: { error: unknown; reset: () => void; retry: () => void }) {
  const t = useTranslations('states.error');
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <div
      role="alert"
      className="mx-auto flex max-w-xl flex-col items-start gap-3 rounded-lg border border-red-200 bg-white p-6 shadow-sm"
      data-testid="page-error"
    >
      <h1 className="text-xl font-semibold text-red-800">{t('title')}</h1>
      <p className="text-sm text-slate-700">{t('whatToDo')}</p>
      {digest ? (
        <p className="text-xs text-slate-600">
          {t('reference')} <code className="rounded bg-slate-100 px-1 py-0.5 font-mono">{digest}</code>
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => retry()}>{t('retry')}</Button>
        <Link href="/" className="text-sm text-blue-700 underline">
          {t('home')}
        </Link>
      </div>
    </div>
  );
}
