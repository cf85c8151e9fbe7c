'use client';

import { type FormEvent, useRef } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/forms/form-error';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { addLinkEvidenceAction } from '../actions';
import { EvidenceDateFields, readOptionalDate } from './evidence-date-fields';

export function AddLinkEvidenceForm({ itemId, today }: { itemId: string; today: string }) {
  const t = useTranslations('checklist.linkForm');
  const formRef = useRef<HTMLFormElement>(null);
  const { submit, isPending, formError, fieldErrors } = useActionSubmit(addLinkEvidenceAction, { onSuccess: () => formRef.current?.reset() });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit({
      itemId,
      title: String(form.get('title') ?? ''),
      url: String(form.get('url') ?? ''),
      effectiveOn: String(form.get('effectiveOn') ?? ''),
      expiresOn: readOptionalDate(form, 'expiresOn'),
    });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-3" aria-label={t('formLabel')} data-testid="link-evidence-form">
      <Field id="evidence-link-url" name="url" type="url" label={t('link')} placeholder="https://…" required hint={t('hint')} error={fieldErrors.url} />
      <Field id="evidence-link-title" name="title" label={t('title')} required minLength={3} maxLength={200} error={fieldErrors.title} />
      <div className="grid gap-3 sm:grid-cols-2">
        <EvidenceDateFields idPrefix="evidence-link" today={today} fieldErrors={fieldErrors} />
      </div>
      <FormError message={formError} />
      <div>
        <Button type="submit" variant="secondary" disabled={isPending}>
          {isPending ? t('adding') : t('submit')}
        </Button>
      </div>
    </form>
  );
}
