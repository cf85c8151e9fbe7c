'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField, type TSelectOption } from '@/components/ui/select-field';
import { createGrantAction } from '../actions';
import { FormMessage } from './form-message';
import { useActionForm } from './use-action-form';

export function CreateGrantForm({
  auditorOptions,
  procedureOptions,
  today,
}: {
  auditorOptions: TSelectOption[];
  procedureOptions: TSelectOption[];
  today: string;
}) {
  const t = useTranslations('admin.forms');
  const { submit, isPending, error, fieldErrors } = useActionForm(createGrantAction);
  const empty = { auditorId: '', procedureId: '', validFrom: today, validUntil: '' };
  const [values, setValues] = useState(empty);
  const [created, setCreated] = useState<string | null>(null);
  const set = (field: keyof typeof empty) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    submit(values, () => {
      setCreated(t('createGrant.created'));
      setValues(empty);
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label={t('createGrant.label')}>
      <FormMessage error={error} success={created} formErrors={fieldErrors._form} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <SelectField
          id="grant-auditor"
          label={t('createGrant.auditor')}
          placeholder={t('choose')}
          options={auditorOptions}
          value={values.auditorId}
          onChange={set('auditorId')}
          error={fieldErrors.auditorId}
          hint={t('createGrant.auditorHint')}
        />
        <SelectField
          id="grant-procedure"
          label={t('createGrant.procedure')}
          placeholder={t('choose')}
          options={procedureOptions}
          value={values.procedureId}
          onChange={set('procedureId')}
          error={fieldErrors.procedureId}
        />
        <Field
          id="grant-from"
          label={t('createGrant.from')}
          type="date"
          value={values.validFrom}
          onChange={set('validFrom')}
          error={fieldErrors.validFrom}
          hint={t('createGrant.fromHint')}
        />
        <Field
          id="grant-until"
          label={t('createGrant.until')}
          type="date"
          value={values.validUntil}
          onChange={set('validUntil')}
          error={fieldErrors.validUntil}
          hint={t('createGrant.untilHint')}
        />
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? t('createGrant.pending') : t('createGrant.submit')}
        </Button>
      </div>
    </form>
  );
}
