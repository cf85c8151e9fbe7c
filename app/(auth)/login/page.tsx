import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getOidcConfig, OidcConfigError, type TOidcConfig } from '@/lib/auth/oidc-config';
import { OIDC_PROVIDER_ID } from '@/lib/auth/oidc-provider';
import { getActor } from '@/lib/auth/session';
import { decodeSignInRefusal, describeSignInRefusal } from '@/lib/auth/sign-in-refusal';
import { LoginForm } from './_components/login-form';
import { SsoButton } from './_components/sso-button';

export const metadata: Metadata = { title: 'Sign in' };

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
  const { problem, config } = readOidcConfig();
  if (!problem && (await getActor())) redirect('/');
  const { error } = await searchParams;
  const refusal = decodeSignInRefusal(typeof error === 'string' ? error : null);
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">Sign in to CertQA</h1>
        <p className="mt-1 text-sm text-slate-600">Quality assurance of online certificate programmes.</p>
        {problem ? (
          <p role="alert" className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Sign-in is unavailable until an administrator corrects the configuration. {problem}
          </p>
        ) : null}
        <LoginForm initialError={refusal ? describeSignInRefusal(refusal, new Date()) : null} />
        {config ? (
          <div className="mt-4 flex flex-col gap-2 border-t border-slate-200 pt-4">
            <SsoButton providerId={OIDC_PROVIDER_ID} name={config.displayName} />
          </div>
        ) : null}
      </div>
    </main>
  );
}
