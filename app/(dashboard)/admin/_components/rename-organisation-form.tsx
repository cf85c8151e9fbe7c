'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { renameOrganisationAction } from '../actions';
import { useActionForm } from './use-action-form';

/** Inline rename in the organisation list: one input, one button, the error right below. */
export function RenameOrganisationForm({ organisationId, name }: { organisationId: string; name: string }) {
  const t = useTranslations('admin.forms.renameOrganisation');
  const { submit, isPending, error, fieldErrors } = useActionForm(renameOrganisationAction);
  const [value, setValue] = useState(name);
  const inputId = `rename-${organisationId}`;
  const messages = [...(fieldErrors.name ?? []), ...(error && !fieldErrors.name ? [error] : [])];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ organisationId, name: value });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-1" noValidate>
      <div className="flex gap-2">
        <label htmlFor={inputId} className="sr-only">
          {t('label', { name })}
        </label>
        <input
          id={inputId}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={messages.length ? true : undefined}
          aria-describedby={messages.length ? `${inputId}-error` : undefined}
          className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1 text-sm aria-invalid:border-red-500"
        />
        <Button type="submit" size="sm" variant="secondary" disabled={isPending || value.trim() === name}>
          {isPending ? t('pending') : t('submit')}
        </Button>
      </div>
      {messages.length ? (
        <p id={`${inputId}-error`} role="alert" className="text-xs text-red-700">
          {messages.join(' ')}
        </p>
      ) : null}
    </form>
  );
}
