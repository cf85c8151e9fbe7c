'use client';

import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { createOrganisationAction } from '../actions';
import { FormMessage } from './form-message';
import { ORGANISATION_KIND_OPTIONS } from './organisation-kinds';
import { useActionForm } from './use-action-form';

const EMPTY = { slug: '', name: '', kind: '' };

export function CreateOrganisationForm() {
  const { submit, isPending, error, fieldErrors } = useActionForm(createOrganisationAction);
  const [values, setValues] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    submit(values, (organisation) => {
      setCreated(`Created ${organisation.slug}.`);
      setValues(EMPTY);
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label="New organisation">
      <FormMessage error={error} success={created} formErrors={fieldErrors._form} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <Field
          id="organisation-name"
          label="Name"
          value={values.name}
          onChange={(event) => setValues({ ...values, name: event.target.value })}
          error={fieldErrors.name}
        />
        <Field
          id="organisation-slug"
          label="Slug"
          hint="Lower-case letters, digits and hyphens; cannot be changed later"
          value={values.slug}
          onChange={(event) => setValues({ ...values, slug: event.target.value })}
          error={fieldErrors.slug}
        />
        <SelectField
          id="organisation-kind"
          label="Kind"
          placeholder="Choose…"
          options={ORGANISATION_KIND_OPTIONS}
          value={values.kind}
          onChange={(event) => setValues({ ...values, kind: event.target.value })}
          error={fieldErrors.kind}
        />
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Creating…' : 'Create organisation'}
        </Button>
      </div>
    </form>
  );
}
