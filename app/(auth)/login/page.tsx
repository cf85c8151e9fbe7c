import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LanguageSwitch } from '@/components/i18n/language-switch';
import { getOidcConfig, OidcConfigError, type TOidcConfig } from '@/lib/auth/oidc-config';
import { OIDC_PROVIDER_ID } from '@/lib/auth/oidc-provider';
import { getActor } from '@/lib/auth/session';
import { decodeSignInRefusal, describeSignInRefusal } from '@/lib/auth/sign-in-refusal';
import { getFormat, getT } from '@/lib/i18n/server';
import { isFirstRun } from '@/lib/setup/queries';
import { SetupDoneNotice } from '../setup/_components/setup-done-notice';
import { LoginForm } from './_components/login-form';
import { SsoButton } from './_components/sso-button';
import { setVisitorLocaleAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('auth'))('login.metaTitle') };
}

/** The single sign-on configuration, or the reason it cannot be used (shown instead of a crash). */
function readOidcConfig(): { config: TOidcConfig | null; problem: string | null } {
  try {
    return { config: getOidcConfig(), problem: null };
  } catch (error) {
    if (error instanceof OidcConfigError) return { config: null, problem: error.message };
    throw error;
  }
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // A new installation without any user: the first-run setup creates the administrator.
  if (await isFirstRun()) redirect('/setup');
  const { problem, config } = readOidcConfig();
  if (!problem && (await getActor())) redirect('/');
  const { error } = await searchParams;
  const refusal = decodeSignInRefusal(typeof error === 'string' ? error : null);
  const [t, format] = await Promise.all([getT('auth.login'), getFormat()]);
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">{t('heading')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('tagline')}</p>
        {problem ? (
          <p role="alert" className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t('unavailable', { problem: format.serverMessage(problem) })}
          </p>
        ) : null}
        <SetupDoneNotice searchParams={searchParams} />
        <LoginForm initialError={refusal ? describeSignInRefusal(refusal, new Date(), undefined, format.locale) : null} />
        {config ? (
          <div className="mt-4 flex flex-col gap-2 border-t border-slate-200 pt-4">
            <SsoButton providerId={OIDC_PROVIDER_ID} name={config.displayName} />
          </div>
        ) : null}
      </div>
      {/* The visitor's language, before sign-in: kept in a cookie only. */}
      <div className="flex justify-center">
        <LanguageSwitch action={setVisitorLocaleAction} />
      </div>
    </main>
  );
}
