import Link from 'next/link';
import { getT } from '@/lib/i18n/server';

/** What every 404 says, inside the shell or without it: outside the reader's scope looks the same as not existing. */
export async function NotFoundMessage() {
  const t = await getT('states.notFound');
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('description')}</p>
      <Link href="/" className="mt-6 inline-block text-blue-700 underline">
        {t('home')}
      </Link>
    </>
  );
}
