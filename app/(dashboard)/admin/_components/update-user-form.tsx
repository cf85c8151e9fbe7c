'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { SelectField, type TSelectOption } from '@/components/ui/select-field';
import { updateUserAction } from '../actions';
import { FormMessage } from './form-message';
import { ROLES } from './role-options';
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
  const t = useTranslations('admin');
  const { submit, isPending, error, fieldErrors } = useActionForm(updateUserAction);
  const [values, setValues] = useState({ role, organisationSlug });
  const [saved, setSaved] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    submit({ userId, ...values }, (result) => {
      setSaved(result.revokedGrants > 0 ? t('forms.updateUser.savedRevoked', { count: result.revokedGrants }) : t('forms.updateUser.saved'));
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label={t('forms.updateUser.label')}>
      <FormMessage error={error} success={saved} formErrors={fieldErrors._form} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <SelectField
          id="role"
          label={t('forms.updateUser.role')}
          options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
          value={values.role}
          disabled={isSelf}
          hint={isSelf ? t('forms.updateUser.selfHint') : t('forms.updateUser.hint')}
          onChange={(event) => setValues({ ...values, role: event.target.value })}
          error={fieldErrors.role}
        />
        <SelectField
          id="organisationSlug"
          label={t('forms.updateUser.organisation')}
          options={organisationOptions}
          value={values.organisationSlug}
          onChange={(event) => setValues({ ...values, organisationSlug: event.target.value })}
          error={fieldErrors.organisationSlug}
        />
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? t('forms.updateUser.pending') : t('forms.updateUser.submit')}
        </Button>
      </div>
    </form>
  );
}
