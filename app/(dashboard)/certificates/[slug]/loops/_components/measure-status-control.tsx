'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { MEASURE_STATUS_LABEL } from '@/lib/control-loops/workflow';
import type { MeasureStatus } from '@/lib/db/generated/sqlite/enums';
import { updateMeasureStatusAction } from '../actions';
import { useLoopAction } from './use-loop-action';

const STATUSES = Object.keys(MEASURE_STATUS_LABEL) as MeasureStatus[];

export function MeasureStatusControl({ measureId, title, status }: { measureId: string; title: string; status: MeasureStatus }) {
  const t = useTranslations('loops');
  const [next, setNext] = useState<MeasureStatus>(status);
  const { run, isPending, error } = useLoopAction(updateMeasureStatusAction);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-1">
        <label htmlFor={`measure-status-${measureId}`} className="sr-only">
          {t('statusControl.label', { title })}
        </label>
        <select
          id={`measure-status-${measureId}`}
          value={next}
          onChange={(event) => setNext(event.target.value as MeasureStatus)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs"
        >
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`measureStatus.${value}`)}
            </option>
          ))}
        </select>
        <Button size="sm" variant="secondary" disabled={isPending || next === status} onClick={() => run({ measureId, status: next })}>
          {isPending ? t('statusControl.saving') : t('statusControl.save')}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
