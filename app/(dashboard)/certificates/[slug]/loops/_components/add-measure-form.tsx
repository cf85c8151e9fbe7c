'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import type { TMeasureOwnerOption } from '@/lib/control-loops/queries';
import { addMeasureAction } from '../actions';
import { FormError } from './form-error';
import { useLoopAction } from './use-loop-action';

export function AddMeasureForm({ loopId, owners }: { loopId: string; owners: TMeasureOwnerOption[] }) {
  const t = useTranslations('loops.addMeasure');
  const router = useRouter();
  const [title, setTitle] = useState('');
  const [ownerOrganisationId, setOwnerOrganisationId] = useState('');
  const [ownerUserId, setOwnerUserId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [expectedEffect, setExpectedEffect] = useState('');
  const { run, isPending, error, fieldErrors } = useLoopAction(addMeasureAction, () => {
    setTitle('');
    setExpectedEffect('');
    setDueOn('');
    router.refresh();
  });
  const people = owners.find((owner) => owner.id === ownerOrganisationId)?.people ?? [];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ loopId, title, ownerOrganisationId, ownerUserId: ownerUserId || null, dueOn, expectedEffect });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label={t('formLabel')}>
      <FormError error={error} testId="add-measure-error" />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field id="measure-title" label={t('measure')} value={title} onChange={(event) => setTitle(event.target.value)} error={fieldErrors.title} />
        <Field id="measure-due" label={t('due')} type="date" value={dueOn} onChange={(event) => setDueOn(event.target.value)} error={fieldErrors.dueOn} />
        <SelectField
          id="measure-owner"
          label={t('owner')}
          value={ownerOrganisationId}
          onChange={(event) => {
            setOwnerOrganisationId(event.target.value);
            setOwnerUserId('');
          }}
          error={fieldErrors.ownerOrganisationId}
        >
          <option value="">{t('choose')}</option>
          {owners.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="measure-person"
          label={t('person')}
          value={ownerUserId}
          onChange={(event) => setOwnerUserId(event.target.value)}
          error={fieldErrors.ownerUserId}
          disabled={people.length === 0}
        >
          <option value="">{t('nobody')}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </SelectField>
        <TextareaField
          id="measure-effect"
          label={t('effect')}
          value={expectedEffect}
          onChange={(event) => setExpectedEffect(event.target.value)}
          error={fieldErrors.expectedEffect}
          className="md:col-span-2"
        />
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? t('pending') : t('submit')}
        </Button>
      </div>
    </form>
  );
}
