'use client';

import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, type TSelectOption } from '@/components/ui/select-field';
import { updateUserAction } from '../actions';
import { FormMessage } from './form-message';
import { ROLE_OPTIONS } from './role-options';
import { useActionForm } from './use-action-form';

export function UpdateUserForm({
  userId,
  role,
  organisationSlug,
  organisationOptions,
  isSelf,
}: {
  userId: string;
  role: string;
  organisationSlug: string;
  organisationOptions: TSelectOption[];
  /** Administrators cannot change their own role; the select is locked and says why. */
  isSelf: boolean;
}) {
  const { submit, isPending, error, fieldErrors } = useActionForm(updateUserAction);
  const [values, setValues] = useState({ role, organisationSlug });
  const [saved, setSaved] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    submit({ userId, ...values }, (result) => {
      setSaved(result.revokedGrants > 0 ? `Saved. ${result.revokedGrants} auditor grant(s) that had not ended were revoked.` : 'Saved.');
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label="Role and organisation">
      <FormMessage error={error} success={saved} formErrors={fieldErrors._form} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <SelectField
          id="role"
          label="Role"
          options={ROLE_OPTIONS}
          value={values.role}
          disabled={isSelf}
          hint={isSelf ? 'You cannot change your own role; ask another administrator.' : 'Takes effect with the user’s next request.'}
          onChange={(event) => setValues({ ...values, role: event.target.value })}
          error={fieldErrors.role}
        />
        <SelectField
          id="organisationSlug"
          label="Organisation"
          options={organisationOptions}
          value={values.organisationSlug}
          onChange={(event) => setValues({ ...values, organisationSlug: event.target.value })}
          error={fieldErrors.organisationSlug}
        />
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Saving…' : 'Save role and organisation'}
        </Button>
      </div>
    </form>
  );
}
