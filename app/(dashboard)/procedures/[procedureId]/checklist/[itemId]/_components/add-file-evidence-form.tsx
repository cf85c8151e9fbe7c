'use client';

import { type FormEvent, useRef } from 'react';
import { FormError } from '@/components/forms/form-error';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { formatBytes } from '@/lib/evidence/format-bytes';
import { EVIDENCE_ACCEPT_ATTRIBUTE } from '@/lib/evidence/media-types';
import { EvidenceDateFields, readOptionalDate } from './evidence-date-fields';
import { uploadEvidenceFile } from './upload-evidence-file';
import { useFileUpload } from './use-file-upload';

export function AddFileEvidenceForm({ itemId, today, maxBytes }: { itemId: string; today: string; maxBytes: number }) {
  const formRef = useRef<HTMLFormElement>(null);
  const { run, fail, isPending, formError, fieldErrors } = useFileUpload();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.name === '') return fail('Choose the file to upload.', 'file');
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
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-3" aria-label="Upload a file" data-testid="upload-evidence-form">
      <Field
        id="evidence-file"
        name="file"
        type="file"
        label="File"
        accept={EVIDENCE_ACCEPT_ATTRIBUTE}
        hint={`PDF, images (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, OpenDocument, CSV or plain text; up to ${formatBytes(maxBytes)}. The type is read from the content, not the name.`}
        error={fieldErrors.file}
      />
      <Field id="evidence-file-title" name="title" label="Title" required minLength={3} maxLength={200} error={fieldErrors.title} />
      <div className="grid gap-3 sm:grid-cols-2">
        <EvidenceDateFields idPrefix="evidence-file" today={today} fieldErrors={fieldErrors} />
      </div>
      <FormError message={formError} />
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Uploading…' : 'Upload file'}
        </Button>
      </div>
    </form>
  );
}
