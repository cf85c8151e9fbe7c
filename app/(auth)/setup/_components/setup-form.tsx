'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/forms/form-error';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { createFirstAdminAction } from '../actions';

const EMPTY = { organisationName: '', name: '', email: '', password: '', repeatPassword: '' };

export function SetupForm() {
  const t = useTranslations('setup');
  const router = useRouter();
  const [values, setValues] = useState(EMPTY);
  const { submit, refuse, isPending, formError, fieldErrors } = useActionSubmit(createFirstAdminAction, {
    onSuccess: () => router.replace('/login?setup=done'),
  });
  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A typo in a password nobody can see is caught here; the server never needs the repetition.
    if (values.password !== values.repeatPassword) return refuse(t('notCreated'), { repeatPassword: [t('differ')] });
    const { repeatPassword: _repeat, ...input } = values;
    submit(input);
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 flex flex-col gap-4" noValidate aria-label={t('formLabel')}>
      <FormError message={formError} />
      <Field
        id="organisationName"
        label={t('organisationName')}
        autoComplete="organization"
        value={values.organisationName}
        onChange={set('organisationName')}
        error={fieldErrors.organisationName}
        hint={t('organisationNameHint')}
        required
      />
      <Field id="name" label={t('name')} autoComplete="name" value={values.name} onChange={set('name')} error={fieldErrors.name} required />
      <Field
        id="email"
        label={t('email')}
        type="email"
        autoComplete="username"
        value={values.email}
        onChange={set('email')}
        error={fieldErrors.email}
        required
      />
      <Field
        id="password"
        label={t('password')}
        type="password"
        autoComplete="new-password"
        value={values.password}
        onChange={set('password')}
        error={fieldErrors.password}
        hint={t('passwordHint')}
        required
      />
      <Field
        id="repeatPassword"
        label={t('repeatPassword')}
        type="password"
        autoComplete="new-password"
        value={values.repeatPassword}
        onChange={set('repeatPassword')}
        error={fieldErrors.repeatPassword}
        required
      />
      <Button type="submit" disabled={isPending}>
        {isPending ? t('pending') : t('submit')}
      </Button>
    </form>
  );
}
