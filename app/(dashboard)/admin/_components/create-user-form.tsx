'use client';

import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField, type TSelectOption } from '@/components/ui/select-field';
import { createUserAction } from '../actions';
import { FormMessage } from './form-message';
import { ROLE_OPTIONS } from './role-options';
import { useActionForm } from './use-action-form';

const EMPTY = { name: '', email: '', role: '', organisationSlug: '', password: '' };

export function CreateUserForm({ organisationOptions }: { organisationOptions: TSelectOption[] }) {
  const { submit, isPending, error, fieldErrors } = useActionForm(createUserAction);
  const [values, setValues] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    submit(values, (user) => {
      setCreated(`Created ${user.email}. Give them the password by a separate channel.`);
      setValues(EMPTY);
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label="New user">
      <FormMessage error={error} success={created} formErrors={fieldErrors._form} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field id="user-name" label="Name" value={values.name} onChange={set('name')} error={fieldErrors.name} />
        <Field id="user-email" label="E-mail" type="email" autoComplete="off" value={values.email} onChange={set('email')} error={fieldErrors.email} />
        <SelectField
          id="user-role"
          label="Role"
          placeholder="Choose…"
          options={ROLE_OPTIONS}
          value={values.role}
          onChange={set('role')}
          error={fieldErrors.role}
        />
        <SelectField
          id="user-organisation"
          label="Organisation"
          placeholder="Choose…"
          options={organisationOptions}
          value={values.organisationSlug}
          onChange={set('organisationSlug')}
          error={fieldErrors.organisationSlug}
          hint="Content partners belong to a content partner; auditors to an agency or platform."
        />
        <Field
          id="user-password"
          label="Initial password"
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          error={fieldErrors.password}
        />
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Creating…' : 'Create user'}
        </Button>
      </div>
    </form>
  );
}
