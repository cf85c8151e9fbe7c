'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/forms/form-error';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { createConditionAction } from '../actions';

/** Adds a condition from the agency's report; its checklist is expanded on the server. */
export function AddConditionForm({ procedureId, nextNumber }: { procedureId: string; nextNumber: number }) {
  const t = useTranslations('procedures.addCondition');
  const scopes = [
    { value: '', label: t('scopeFromText') },
    { value: 'CERTIFICATE', label: t('scopeCertificate') },
    { value: 'COURSE', label: t('scopeCourse') },
    { value: 'CONDITION', label: t('scopeCondition') },
  ];
  const [scope, setScope] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const { submit, isPending, formError, fieldErrors } = useActionSubmit(createConditionAction, {
    onSuccess: (data) => setAdded(t('added', { count: data.items })),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setAdded(null);
    submit({
      procedureId,
      number: Number(text('number')),
      chapter: text('chapter'),
      criterion: text('criterion'),
      text: text('text'),
      checklistScope: scope === '' ? null : (scope as 'CERTIFICATE' | 'COURSE' | 'CONDITION'),
      dueOn: text('dueOn') || null,
    });
  };
  return (
    <details className="rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium">{t('summary')}</summary>
      <form onSubmit={onSubmit} className="mt-3 flex flex-col gap-2" aria-label={t('formLabel')}>
        <div className="grid grid-cols-1 gap-2 md:grid-cols-4">
          <Field id="condition-number" name="number" type="number" min={1} label={t('number')} defaultValue={nextNumber} required error={fieldErrors.number} />
          <Field id="condition-chapter" name="chapter" label={t('chapter')} placeholder="3.1" required error={fieldErrors.chapter} />
          <Field
            id="condition-criterion"
            name="criterion"
            label={t('criterion')}
            placeholder={t('criterionPlaceholder')}
            required
            error={fieldErrors.criterion}
            className="md:col-span-2"
          />
        </div>
        <TextareaField id="condition-text" name="text" label={t('text')} required error={fieldErrors.text} />
        <div className="grid grid-cols-1 gap-2 md:grid-cols-2">
          <SelectField
            id="condition-scope"
            label={t('checklist')}
            value={scope}
            onChange={(event) => setScope(event.target.value)}
            options={scopes}
            error={fieldErrors.checklistScope}
          />
          <Field id="condition-due" name="dueOn" type="date" label={t('due')} error={fieldErrors.dueOn} />
        </div>
        <FormError message={formError} />
        {added ? (
          <p role="status" className="text-sm text-green-800">
            {added}
          </p>
        ) : null}
        <div>
          <Button type="submit" disabled={isPending}>
            {t('submit')}
          </Button>
        </div>
      </form>
    </details>
  );
}
