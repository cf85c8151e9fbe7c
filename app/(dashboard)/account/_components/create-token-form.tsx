'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState, useTransition } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { createOwnApiTokenAction } from '../actions';

/** Creates a token and shows it once; it lives only in this component's state, never on the page again. */
export function CreateTokenForm() {
  const t = useTranslations('account.tokens');
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [name, setName] = useState('');
  const [days, setDays] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    // Empty means "does not expire"; anything else goes to the server as a number, which checks it.
    const expiresInDays = days.trim() === '' ? null : Number(days);
    startTransition(async () => {
      const result = await createOwnApiTokenAction({ name, expiresInDays });
      if (result.error !== undefined) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setError(null);
      setFieldErrors({});
      setCreated({ name, token: result.data.token });
      setName('');
      setDays('');
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label={t('formLabel')}>
      {error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="form-error">
          {error}
        </p>
      ) : null}
      {created ? (
        <div role="status" className="flex flex-col gap-1 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          <span>{t('createdNotice', { name: created.name })}</span>
          <code className="break-all rounded bg-white px-2 py-1 font-mono text-xs text-slate-900 select-all" data-testid="new-token">
            {created.token}
          </code>
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field id="token-name" label={t('name')} value={name} onChange={(event) => setName(event.target.value)} error={fieldErrors.name} hint={t('nameHint')} />
        <Field
          id="token-days"
          label={t('days')}
          inputMode="numeric"
          value={days}
          onChange={(event) => setDays(event.target.value)}
          error={fieldErrors.expiresInDays}
          hint={t('daysHint')}
        />
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? t('creating') : t('create')}
        </Button>
      </div>
    </form>
  );
}
