'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { resetUserPasswordAction } from '../actions';
import { FormMessage } from './form-message';
import { useActionForm } from './use-action-form';

export function ResetPasswordForm({ userId }: { userId: string }) {
  const t = useTranslations('admin.forms.resetPassword');
  const { submit, isPending, error, fieldErrors } = useActionForm(resetUserPasswordAction);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    submit({ userId, password }, () => {
      setDone(t('done'));
      setPassword('');
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label={t('label')}>
      <FormMessage error={error} success={done} formErrors={fieldErrors._form} />
      <Field
        id="password"
        label={t('password')}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={fieldErrors.password}
        className="md:max-w-sm"
      />
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? t('pending') : t('submit')}
        </Button>
      </div>
    </form>
  );
}
