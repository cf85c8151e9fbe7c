'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/components/i18n/use-format';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import type { TAttachableChecklistItem } from '@/lib/control-loops/queries';
import { attachLoopToConditionAction } from '../actions';
import { FormError } from './form-error';
import { useLoopAction } from './use-loop-action';

export function AttachConditionForm({ loopId, items }: { loopId: string; items: TAttachableChecklistItem[] }) {
  const t = useTranslations('loops.attach');
  const format = useFormat();
  const [checklistItemId, setChecklistItemId] = useState('');
  const { run, isPending, error, fieldErrors } = useLoopAction(attachLoopToConditionAction);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ loopId, checklistItemId });
  }

  if (items.length === 0) {
    return <p className="text-sm text-slate-600">{t('none')}</p>;
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label={t('formLabel')}>
      <FormError error={error} testId="attach-error" />
      <SelectField
        id="loop-checklist-item"
        label={t('item')}
        value={checklistItemId}
        onChange={(event) => setChecklistItemId(event.target.value)}
        error={fieldErrors.checklistItemId}
        className="max-w-2xl"
      >
        <option value="">{t('choose')}</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {format.serverMessage(item.label)}
          </option>
        ))}
      </SelectField>
      <p className="text-xs text-slate-600">{t('note')}</p>
      <div>
        <Button type="submit" variant="secondary" disabled={isPending}>
          {isPending ? t('pending') : t('submit')}
        </Button>
      </div>
    </form>
  );
}
