'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField, type TSelectOption } from '@/components/ui/select-field';
import { createUserAction } from '../actions';
import { FormMessage } from './form-message';
import { ROLES } from './role-options';
import { useActionForm } from './use-action-form';

const EMPTY = { name: '', email: '', role: '', organisationSlug: '', password: '' };

export function CreateUserForm({ organisationOptions }: { organisationOptions: TSelectOption[] }) {
  const t = useTranslations('admin');
  const { submit, isPending, error, fieldErrors } = useActionForm(createUserAction);
  const [values, setValues] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    submit(values, (user) => {
      setCreated(t('forms.createUser.created', { email: user.email }));
      setValues(EMPTY);
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label={t('forms.createUser.label')}>
      <FormMessage error={error} success={created} formErrors={fieldErrors._form} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field id="user-name" label={t('forms.createUser.name')} value={values.name} onChange={set('name')} error={fieldErrors.name} />
        <Field
          id="user-email"
          label={t('forms.createUser.email')}
          type="email"
          autoComplete="off"
          value={values.email}
          onChange={set('email')}
          error={fieldErrors.email}
        />
        <SelectField
          id="user-role"
          label={t('forms.createUser.role')}
          placeholder={t('forms.choose')}
          options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          value={values.role}
          onChange={set('role')}
          error={fieldErrors.role}
        />
        <SelectField
          id="user-organisation"
          label={t('forms.createUser.organisation')}
          placeholder={t('forms.choose')}
          options={organisationOptions}
          value={values.organisationSlug}
          onChange={set('organisationSlug')}
          error={fieldErrors.organisationSlug}
          hint={t('forms.createUser.organisationHint')}
        />
        <Field
          id="user-password"
          label={t('forms.createUser.password')}
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          error={fieldErrors.password}
        />
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? t('forms.createUser.pending') : t('forms.createUser.submit')}
        </Button>
      </div>
    </form>
  );
}
