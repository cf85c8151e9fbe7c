'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { type FormEvent, useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { decodeSignInRefusal, describeSignInRefusal } from '@/lib/auth/sign-in-refusal';

/** `initialError`: a refusal the server already put into words (a single sign-on that came back refused). */
export function LoginForm({ initialError = null }: { initialError?: string | null }) {
  const t = useTranslations('auth.login');
  const locale = useLocale();
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsPending(true);
    setError(null);
    const result = await signIn('credentials', { email: form.get('email'), password: form.get('password'), redirect: false });
    setIsPending(false);
    if (!result || result.error) {
      // Lock-out and rate-limit times are shown in the reader's own time zone, hence decoded here.
      setError(describeSignInRefusal(decodeSignInRefusal(result?.error ?? 'CredentialsSignin') ?? { kind: 'invalid' }, new Date(), undefined, locale));
      return;
    }
    router.replace('/');
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 flex flex-col gap-4" noValidate>
      <Field id="email" name="email" type="email" label={t('email')} autoComplete="username" required />
      <Field id="password" name="password" type="password" label={t('password')} autoComplete="current-password" required />
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <Button type="submit" disabled={isPending}>
        {isPending ? t('pending') : t('submit')}
      </Button>
    </form>
  );
}
