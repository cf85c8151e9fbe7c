'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/components/i18n/use-format';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { createControlLoopAction } from '../actions';
import { FormError } from './form-error';
import { useLoopAction } from './use-loop-action';

export type TWaveChoice = { id: string; name: string; sourceName: string; importedAt: Date; responsesForCertificate: number };

export function StartLoopForm({ certificateSlug, waves }: { certificateSlug: string; waves: TWaveChoice[] }) {
  const t = useTranslations('loops');
  const format = useFormat();
  const router = useRouter();
  const [title, setTitle] = useState('');
  const [baselineWaveId, setBaselineWaveId] = useState('');
  const { run, isPending, error, fieldErrors } = useLoopAction(createControlLoopAction, (data) =>
    router.push(`/certificates/${data.slug}/loops/${data.loopId}`),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ certificateSlug, title, baselineWaveId });
  }

  if (waves.length === 0) {
    return <p className="text-sm text-slate-600">{t('startForm.noWaves')}</p>;
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <FormError error={error} testId="start-loop-error" />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field
          id="loop-title"
          label={t('startForm.title')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={fieldErrors.title}
          placeholder={t('startForm.titlePlaceholder')}
        />
        <SelectField
          id="loop-baseline"
          label={t('startForm.baseline')}
          value={baselineWaveId}
          onChange={(event) => setBaselineWaveId(event.target.value)}
          error={fieldErrors.baselineWaveId}
        >
          <option value="">{t('chooseWave')}</option>
          {waves.map((wave) => (
            <option key={wave.id} value={wave.id}>
              {t('waveOption', { name: wave.name, date: format.date(wave.importedAt), count: wave.responsesForCertificate })}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="text-xs text-slate-600">{t('startForm.note')}</p>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? t('startForm.pending') : t('startForm.submit')}
        </Button>
      </div>
    </form>
  );
}
