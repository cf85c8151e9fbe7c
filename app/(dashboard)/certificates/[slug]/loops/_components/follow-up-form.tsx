'use client';

import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/components/i18n/use-format';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { attachFollowUpWaveAction } from '../actions';
import { FormError } from './form-error';
import type { TWaveChoice } from './start-loop-form';
import { useLoopAction } from './use-loop-action';

/** Choose the follow-up wave: only waves imported after the baseline wave are offered. */
export function FollowUpForm({ loopId, waves }: { loopId: string; waves: TWaveChoice[] }) {
  const t = useTranslations('loops');
  const format = useFormat();
  const [followUpWaveId, setFollowUpWaveId] = useState('');
  const { run, isPending, error, fieldErrors } = useLoopAction(attachFollowUpWaveAction);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ loopId, followUpWaveId });
  }

  if (waves.length === 0) {
    return <p className="text-sm text-slate-600">{t('followUpForm.noWaves')}</p>;
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label={t('followUpForm.formLabel')}>
      <FormError error={error} testId="follow-up-error" />
      <SelectField
        id="loop-follow-up"
        label={t('followUpForm.wave')}
        value={followUpWaveId}
        onChange={(event) => setFollowUpWaveId(event.target.value)}
        error={fieldErrors.followUpWaveId}
        className="max-w-xl"
      >
        <option value="">{t('chooseWave')}</option>
        {waves.map((wave) => (
          <option key={wave.id} value={wave.id}>
            {t('waveOption', { name: wave.name, date: format.date(wave.importedAt), count: wave.responsesForCertificate })}
          </option>
        ))}
      </SelectField>
      <p className="text-xs text-slate-600">{t('followUpForm.note')}</p>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? t('followUpForm.pending') : t('followUpForm.submit')}
        </Button>
      </div>
    </form>
  );
}
