'use client';

import type { FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/forms/form-error';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { addMetricSnapshotEvidenceAction } from '../actions';
import { EvidenceDateFields, readOptionalDate } from './evidence-date-fields';

/** Freezes the certificate's dashboard figures as they are now, with the imports behind them. */
export function FreezeFiguresForm({ itemId, certificateName, today }: { itemId: string; certificateName: string; today: string }) {
  const t = useTranslations('checklist.freeze');
  const { submit, isPending, formError, fieldErrors } = useActionSubmit(addMetricSnapshotEvidenceAction);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit({
      itemId,
      title: String(form.get('title') ?? ''),
      effectiveOn: String(form.get('effectiveOn') ?? ''),
      expiresOn: readOptionalDate(form, 'expiresOn'),
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" aria-label={t('formLabel')} data-testid="freeze-figures-form">
      <p className="text-sm text-slate-600">{t('description', { name: certificateName })}</p>
      <Field
        id="evidence-snapshot-title"
        name="title"
        label={t('title')}
        required
        minLength={3}
        maxLength={200}
        defaultValue={t('defaultTitle', { name: certificateName, date: today })}
        error={fieldErrors.title}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <EvidenceDateFields idPrefix="evidence-snapshot" today={today} fieldErrors={fieldErrors} />
      </div>
      <FormError message={formError} />
      <div>
        <Button type="submit" variant="secondary" disabled={isPending}>
          {isPending ? t('freezing') : t('submit')}
        </Button>
      </div>
    </form>
  );
}
