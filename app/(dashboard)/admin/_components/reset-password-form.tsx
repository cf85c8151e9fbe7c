'use client';

import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { resetUserPasswordAction } from '../actions';
import { FormMessage } from './form-message';
import { useActionForm } from './use-action-form';

export function ResetPasswordForm({ userId }: { userId: string }) {
  const { submit, isPending, error, fieldErrors } = useActionForm(resetUserPasswordAction);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    submit({ userId, password }, () => {
      setDone('Password set. The user’s sessions have ended and any lock is lifted.');
      setPassword('');
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label="Reset password">
      <FormMessage error={error} success={done} formErrors={fieldErrors._form} />
      <Field
        id="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={fieldErrors.password}
        className="md:max-w-sm"
      />
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Setting…' : 'Set new password'}
        </Button>
      </div>
    </form>
  );
}
