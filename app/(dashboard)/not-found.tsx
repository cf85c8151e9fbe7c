import Link from 'next/link';
import { getT } from '@/lib/i18n/server';

/** A page of the shell called notFound(): outside the actor's scope looks the same as not existing. */
export default async function DashboardNotFound() {
  const t = await getT('states.notFound');
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('description')}</p>
      <Link href="/" className="mt-6 inline-block text-blue-700 underline">
        {t('home')}
      </Link>
    </div>
  );
}
