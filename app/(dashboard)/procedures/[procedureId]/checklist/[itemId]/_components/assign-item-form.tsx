'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/forms/form-error';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import type { TChecklistAssigneeOption } from '@/lib/evidence/queries';
import { updateChecklistItemAction } from '../actions';
import { readOptionalDate } from './evidence-date-fields';

type TAssignment = { organisationId: string; userId: string | null; dueOn: string | null };

/** Quality managers assign the item to an organisation (and a person there) and may set its own due date. */
export function AssignItemForm({ itemId, options, current }: { itemId: string; options: TChecklistAssigneeOption[]; current: TAssignment }) {
  const t = useTranslations('checklist.assign');
  const [organisationId, setOrganisationId] = useState(current.organisationId);
  const { submit, isPending, formError, fieldErrors } = useActionSubmit(updateChecklistItemAction);
  const people = options.find((option) => option.id === organisationId)?.users ?? [];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const userId = String(form.get('assigneeUserId') ?? '');
    submit({ itemId, assigneeOrganisationId: organisationId, assigneeUserId: userId === '' ? null : userId, dueOn: readOptionalDate(form, 'dueOn') });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-3" aria-label={t('formLabel')} data-testid="assign-item-form">
      <SelectField
        id="assignee-organisation"
        name="assigneeOrganisationId"
        label={t('organisation')}
        value={organisationId}
        onChange={(event) => setOrganisationId(event.target.value)}
        options={options.map((option) => ({ value: option.id, label: option.name }))}
        error={fieldErrors.assigneeOrganisationId}
      />
      <SelectField
        // A new organisation starts with "anyone there": a person of the previous one cannot stay.
        key={organisationId}
        id="assignee-user"
        name="assigneeUserId"
        label={t('person')}
        defaultValue={organisationId === current.organisationId ? (current.userId ?? '') : ''}
        options={[{ value: '', label: t('anyone') }, ...people.map((person) => ({ value: person.id, label: `${person.name} (${person.email})` }))]}
        error={fieldErrors.assigneeUserId}
      />
      <Field id="assignee-due-on" name="dueOn" type="date" label={t('due')} defaultValue={current.dueOn ?? ''} hint={t('dueHint')} error={fieldErrors.dueOn} />
      <div className="sm:col-span-3">
        <FormError message={formError} />
        <Button type="submit" variant="secondary" size="sm" disabled={isPending} className="mt-2">
          {isPending ? t('saving') : t('save')}
        </Button>
      </div>
    </form>
  );
}
