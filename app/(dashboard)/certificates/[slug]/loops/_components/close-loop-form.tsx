'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/textarea-field';
import { closeControlLoopAction } from '../actions';
import { FormError } from './form-error';
import { useLoopAction } from './use-loop-action';

export function CloseLoopForm({ loopId }: { loopId: string }) {
  const t = useTranslations('loops.closeForm');
  const [closingNote, setClosingNote] = useState('');
  const { run, isPending, error, fieldErrors } = useLoopAction(closeControlLoopAction);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ loopId, closingNote });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label={t('formLabel')}>
      <FormError error={error} testId="close-loop-error" />
      <TextareaField
        id="loop-closing-note"
        label={t('note')}
        value={closingNote}
        onChange={(event) => setClosingNote(event.target.value)}
        error={fieldErrors.closingNote}
        placeholder={t('placeholder')}
      />
      <p className="text-xs text-slate-600">{t('hint')}</p>
      <div>
        <Button type="submit" variant="danger" disabled={isPending}>
          {isPending ? t('pending') : t('submit')}
        </Button>
      </div>
    </form>
  );
}
