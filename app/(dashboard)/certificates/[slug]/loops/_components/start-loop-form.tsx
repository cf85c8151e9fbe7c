'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { formatDate } from '@/lib/utils/format';
import { createControlLoopAction } from '../actions';
import { FormError } from './form-error';
import { useLoopAction } from './use-loop-action';

export type TWaveChoice = { id: string; name: string; sourceName: string; importedAt: Date; responsesForCertificate: number };

export function StartLoopForm({ certificateSlug, waves }: { certificateSlug: string; waves: TWaveChoice[] }) {
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
    return (
      <p className="text-sm text-slate-600">
        No imported survey wave holds responses for this certificate's courses yet. Import one on the Imports page first.
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <FormError error={error} testId="start-loop-error" />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field
          id="loop-title"
          label="Title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={fieldErrors.title}
          placeholder="e.g. Workload of courses 1–3, 2024"
        />
        <SelectField
          id="loop-baseline"
          label="Baseline survey wave"
          value={baselineWaveId}
          onChange={(event) => setBaselineWaveId(event.target.value)}
          error={fieldErrors.baselineWaveId}
        >
          <option value="">Choose a wave…</option>
          {waves.map((wave) => (
            <option key={wave.id} value={wave.id}>
              {wave.name} (imported {formatDate(wave.importedAt)}, {wave.responsesForCertificate} responses for this certificate)
            </option>
          ))}
        </SelectField>
      </div>
      <p className="text-xs text-slate-600">Starting the loop freezes the analysis of this wave as it is now; later imports or changes do not alter it.</p>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Freezing the analysis…' : 'Start loop'}
        </Button>
      </div>
    </form>
  );
}
