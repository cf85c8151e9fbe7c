import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { LanguageSwitch } from '@/components/i18n/language-switch';
import { getT } from '@/lib/i18n/server';
import { isFirstRun } from '@/lib/setup/queries';
import { setVisitorLocaleAction } from '../login/actions';
import { SetupForm } from './_components/setup-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('setup'))('title') };
}

/**
 * First run: on a database without any user, the login page sends visitors here to create the
 * platform organisation and its first administrator. Afterwards it only redirects to /login; the
 * mutation refuses on its own, this redirect is a convenience.
 */
export default async function SetupPage() {
  await connection();
  if (!(await isFirstRun())) redirect('/login');
  const t = await getT('setup');
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-8">
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('intro')}</p>
        <SetupForm />
        <div className="mt-4 border-t border-slate-200 pt-4">
          <LanguageSwitch action={setVisitorLocaleAction} />
        </div>
      </div>
    </main>
  );
}
