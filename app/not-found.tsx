import Link from 'next/link';
import { connection } from 'next/server';
import { getT } from '@/lib/i18n/server';

// Rendered per request (not prerendered) so that it carries the request's CSP nonce.
export default async function NotFound() {
  await connection();
  const t = await getT('common.notFound');
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('description')}</p>
      <Link href="/" className="mt-6 inline-block text-blue-700 underline">
        {t('back')}
      </Link>
    </main>
  );
}
