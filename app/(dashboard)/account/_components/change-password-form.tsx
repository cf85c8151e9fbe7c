'use client';

import { signOut } from 'next-auth/react';
import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { changeOwnPasswordAction } from '../actions';

const EMPTY = { currentPassword: '', newPassword: '', repeatPassword: '' };

export function ChangePasswordForm() {
  const t = useTranslations('account.password');
  const [values, setValues] = useState(EMPTY);
  // The change ends every session of this user, this one included: sign in again with the new password.
  const {
    submit,
    refuse,
    isPending,
    formError: error,
    fieldErrors,
  } = useActionSubmit(changeOwnPasswordAction, {
    onSuccess: () => void signOut({ callbackUrl: '/login' }),
  });
  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A typo in a password nobody can see is caught here; the server never needs the repetition.
    if (values.newPassword !== values.repeatPassword) return refuse(t('notChanged'), { repeatPassword: [t('differ')] });
    submit({ currentPassword: values.currentPassword, newPassword: values.newPassword });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label={t('formLabel')}>
      {error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="form-error">
          {error}
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <Field
          id="currentPassword"
          label={t('current')}
          type="password"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={set('currentPassword')}
          error={fieldErrors.currentPassword}
        />
        <Field
          id="newPassword"
          label={t('new')}
          type="password"
          autoComplete="new-password"
          value={values.newPassword}
          onChange={set('newPassword')}
          error={fieldErrors.newPassword}
          hint={t('newHint')}
        />
        <Field
          id="repeatPassword"
          label={t('repeat')}
          type="password"
          autoComplete="new-password"
          value={values.repeatPassword}
          onChange={set('repeatPassword')}
          error={fieldErrors.repeatPassword}
        />
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? t('pending') : t('submit')}
        </Button>
      </div>
    </form>
  );
}
