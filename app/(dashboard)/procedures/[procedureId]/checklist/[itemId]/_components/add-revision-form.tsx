'use client';

import { type FormEvent, useRef } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/forms/form-error';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { TextareaField } from '@/components/ui/textarea-field';
import { EVIDENCE_ACCEPT_ATTRIBUTE } from '@/lib/evidence/media-types';
import { addEvidenceRevisionAction } from '../actions';
import { EvidenceDateFields, readOptionalDate } from './evidence-date-fields';
import { uploadEvidenceFile } from './upload-evidence-file';
import { useFileUpload } from './use-file-upload';

type TRevisableKind = 'FILE' | 'LINK' | 'METRIC_SNAPSHOT';

/**
 * A new revision of one evidence item: a new file, a new link, or the figures frozen again. Files
 * stream to the revisions route; the others go through the server action.
 */
export function AddRevisionForm({ evidenceId, kind, today, maxBytes }: { evidenceId: string; kind: TRevisableKind; today: string; maxBytes: number }) {
  const t = useTranslations('checklist.revisionForm');
  const formRef = useRef<HTMLFormElement>(null);
  const action = useActionSubmit(addEvidenceRevisionAction, { onSuccess: () => formRef.current?.reset() });
  const upload = useFileUpload();
  const isPending = action.isPending || upload.isPending;
  const fieldErrors = kind === 'FILE' ? upload.fieldErrors : action.fieldErrors;
  const idPrefix = `revision-${evidenceId}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const dates = { effectiveOn: String(form.get('effectiveOn') ?? ''), expiresOn: readOptionalDate(form, 'expiresOn') };
    const note = String(form.get('note') ?? '').trim() || null;
    if (kind !== 'FILE') return action.submit({ evidenceId, url: kind === 'LINK' ? String(form.get('url') ?? '') : null, note, ...dates });
    const file = form.get('file');
    if (!(file instanceof File) || file.name === '') return upload.fail(t('chooseFile'), 'file');
    upload.run(
      () => uploadEvidenceFile(`/api/evidence/${encodeURIComponent(evidenceId)}/revisions`, { ...dates, note }, file, maxBytes),
      () => formRef.current?.reset(),
    );
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-3" aria-label={t('formLabel')}>
      {kind === 'FILE' ? (
        <Field id={`${idPrefix}-file`} name="file" type="file" label={t('newFile')} accept={EVIDENCE_ACCEPT_ATTRIBUTE} error={fieldErrors.file} />
      ) : null}
      {kind === 'LINK' ? (
        <Field id={`${idPrefix}-url`} name="url" type="url" label={t('newLink')} placeholder="https://…" required error={fieldErrors.url} />
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <EvidenceDateFields idPrefix={idPrefix} today={today} fieldErrors={fieldErrors} />
      </div>
      <TextareaField rows={2} id={`${idPrefix}-note`} name="note" label={t('note')} maxLength={2000} error={fieldErrors.note} />
      <FormError message={kind === 'FILE' ? upload.formError : action.formError} />
      <div>
        <Button type="submit" variant="secondary" size="sm" disabled={isPending}>
          {isPending ? t('saving') : t(`submit.${kind}`)}
        </Button>
      </div>
    </form>
  );
}
