import { getT } from '@/lib/i18n/server';

/** On the login page after the first-run setup (/login?setup=done): the administrator exists, now sign in. */
export async function SetupDoneNotice({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if ((await searchParams).setup !== 'done') return null;
  const t = await getT('setup');
  return (
    <p role="status" className="mt-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="setup-done">
      {t('done')}
    </p>
  );
}
