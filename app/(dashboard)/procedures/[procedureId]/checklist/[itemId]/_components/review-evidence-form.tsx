'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/forms/form-error';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/textarea-field';
import { acceptEvidenceAction, rejectEvidenceAction } from '../actions';

/** Accept or reject the newest revision (quality managers only; the server checks it again). */
export function ReviewEvidenceForm({ evidenceId, revisionNumber }: { evidenceId: string; revisionNumber: number }) {
  const t = useTranslations('checklist.review');
  const [note, setNote] = useState('');
  const accept = useActionSubmit(acceptEvidenceAction);
  const reject = useActionSubmit(rejectEvidenceAction);
  const isPending = accept.isPending || reject.isPending;
  const trimmed = note.trim();
  return (
    <div className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-3" data-testid="review-evidence">
      <TextareaField
        rows={2}
        id={`review-note-${evidenceId}`}
        label={t('noteLabel', { number: revisionNumber })}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        maxLength={2000}
        error={reject.fieldErrors.note}
      />
      <div className="flex gap-2">
        <Button size="sm" disabled={isPending} onClick={() => accept.submit({ evidenceId, revisionNumber, note: trimmed || null })}>
          {t('accept')}
        </Button>
        <Button size="sm" variant="danger" disabled={isPending} onClick={() => reject.submit({ evidenceId, revisionNumber, note: trimmed })}>
          {t('reject')}
        </Button>
      </div>
      <FormError message={accept.formError ?? reject.formError} />
    </div>
  );
}
