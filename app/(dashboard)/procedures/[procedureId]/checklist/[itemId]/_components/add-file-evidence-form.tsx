'use client';

import { type FormEvent, useRef } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/forms/form-error';
import { useFormat } from '@/components/i18n/use-format';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { EVIDENCE_ACCEPT_ATTRIBUTE } from '@/lib/evidence/media-types';
import { EvidenceDateFields, readOptionalDate } from './evidence-date-fields';
import { uploadEvidenceFile } from './upload-evidence-file';
import { useFileUpload } from './use-file-upload';

export function AddFileEvidenceForm({ itemId, today, maxBytes }: { itemId: string; today: string; maxBytes: number }) {
  const t = useTranslations('checklist.fileForm');
  const format = useFormat();
  const formRef = useRef<HTMLFormElement>(null);
  const { run, fail, isPending, formError, fieldErrors } = useFileUpload();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.name === '') return fail(t('chooseFile'), 'file');
    const fields = {
      title: String(form.get('title') ?? ''),
      effectiveOn: String(form.get('effectiveOn') ?? ''),
      expiresOn: readOptionalDate(form, 'expiresOn'),
    };
    run(
      () => uploadEvidenceFile(`/api/checklist-items/${encodeURIComponent(itemId)}/evidence`, fields, file, maxBytes),
      () => formRef.current?.reset(),
    );
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-3" aria-label={t('formLabel')} data-testid="upload-evidence-form">
      <Field
        id="evidence-file"
        name="file"
        type="file"
        label={t('file')}
        accept={EVIDENCE_ACCEPT_ATTRIBUTE}
        hint={t('hint', { limit: format.bytes(maxBytes) })}
        error={fieldErrors.file}
      />
      <Field id="evidence-file-title" name="title" label={t('title')} required minLength={3} maxLength={200} error={fieldErrors.title} />
      <div className="grid gap-3 sm:grid-cols-2">
        <EvidenceDateFields idPrefix="evidence-file" today={today} fieldErrors={fieldErrors} />
      </div>
      <FormError message={formError} />
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? t('uploading') : t('submit')}
        </Button>
      </div>
    </form>
  );
}
