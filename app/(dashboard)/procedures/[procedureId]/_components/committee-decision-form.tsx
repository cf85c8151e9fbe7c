'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/forms/form-error';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { recordCommitteeDecisionAction } from '../actions';

const DECISIONS = ['FULFILLED', 'NOT_FULFILLED', 'EXTENDED'] as const;

const DECISION_LABEL_KEY = { FULFILLED: 'fulfilled', NOT_FULFILLED: 'notFulfilled', EXTENDED: 'extended' } as const;

/** Records the agency committee's decision on submitted proof (quality managers only). */
export function CommitteeDecisionForm({ conditionId, today }: { conditionId: string; today: string }) {
  const t = useTranslations('procedures.committeeDecision');
  const [decision, setDecision] = useState<(typeof DECISIONS)[number]>('FULFILLED');
  const { submit, isPending, formError, fieldErrors } = useActionSubmit(recordCommitteeDecisionAction);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    submit({
      conditionId,
      decision,
      decidedOn: text('decidedOn'),
      meeting: text('meeting'),
      note: text('note') || null,
      extendedUntil: decision === 'EXTENDED' ? text('extendedUntil') : null,
    });
  };
  return (
    <form onSubmit={onSubmit} className="mt-2 flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-3" aria-label={t('formLabel')}>
      <h4 className="text-sm font-semibold">{t('heading')}</h4>
      <div className="grid grid-cols-1 gap-2 md:grid-cols-4">
        <SelectField
          id={`decision-${conditionId}`}
          label={t('decision')}
          value={decision}
          onChange={(event) => setDecision(event.target.value as typeof decision)}
          options={DECISIONS.map((value) => ({ value, label: t(DECISION_LABEL_KEY[value]) }))}
          error={fieldErrors.decision}
        />
        <Field
          id={`decidedOn-${conditionId}`}
          name="decidedOn"
          type="date"
          label={t('decidedOn')}
          defaultValue={today}
          required
          error={fieldErrors.decidedOn}
        />
        <Field id={`meeting-${conditionId}`} name="meeting" label={t('meeting')} placeholder={t('meetingPlaceholder')} required error={fieldErrors.meeting} />
        {decision === 'EXTENDED' ? (
          <Field id={`extendedUntil-${conditionId}`} name="extendedUntil" type="date" label={t('newDueDate')} required error={fieldErrors.extendedUntil} />
        ) : null}
      </div>
      <Field id={`note-${conditionId}`} name="note" label={t('note')} error={fieldErrors.note} />
      <FormError message={formError} />
      <div>
        <Button type="submit" size="sm" disabled={isPending}>
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}
