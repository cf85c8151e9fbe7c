'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { createOrganisationAction } from '../actions';
import { FormMessage } from './form-message';
import { ORGANISATION_KINDS } from './organisation-kinds';
import { useActionForm } from './use-action-form';

const EMPTY = { slug: '', name: '', kind: '' };

export function CreateOrganisationForm() {
  const t = useTranslations('admin');
  const { submit, isPending, error, fieldErrors } = useActionForm(createOrganisationAction);
  const [values, setValues] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    submit(values, (organisation) => {
      setCreated(t('forms.createOrganisation.created', { slug: organisation.slug }));
      setValues(EMPTY);
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label={t('forms.createOrganisation.label')}>
      <FormMessage error={error} success={created} formErrors={fieldErrors._form} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <Field
          id="organisation-name"
          label={t('forms.createOrganisation.name')}
          value={values.name}
          onChange={(event) => setValues({ ...values, name: event.target.value })}
          error={fieldErrors.name}
        />
        <Field
          id="organisation-slug"
          label={t('forms.createOrganisation.slug')}
          hint={t('forms.createOrganisation.slugHint')}
          value={values.slug}
          onChange={(event) => setValues({ ...values, slug: event.target.value })}
          error={fieldErrors.slug}
        />
        <SelectField
          id="organisation-kind"
          label={t('forms.createOrganisation.kind')}
          placeholder={t('forms.choose')}
          options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisationKinds.${kind}`) }))}
          value={values.kind}
          onChange={(event) => setValues({ ...values, kind: event.target.value })}
          error={fieldErrors.kind}
        />
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? t('forms.createOrganisation.pending') : t('forms.createOrganisation.submit')}
        </Button>
      </div>
    </form>
  );
}
