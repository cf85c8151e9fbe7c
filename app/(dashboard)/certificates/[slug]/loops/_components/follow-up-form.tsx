'use client';

import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { formatDate } from '@/lib/utils/format';
import { attachFollowUpWaveAction } from '../actions';
import { FormError } from './form-error';
import type { TWaveChoice } from './start-loop-form';
import { useLoopAction } from './use-loop-action';

/** Choose the follow-up wave: only waves imported after the baseline wave are offered. */
export function FollowUpForm({ loopId, waves }: { loopId: string; waves: TWaveChoice[] }) {
  const [followUpWaveId, setFollowUpWaveId] = useState('');
  const { run, isPending, error, fieldErrors } = useLoopAction(attachFollowUpWaveAction);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ loopId, followUpWaveId });
  }

  if (waves.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No survey wave imported after the baseline holds responses for this certificate's courses yet. Import the follow-up survey on the Imports page.
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label="Compare a follow-up wave">
      <FormError error={error} testId="follow-up-error" />
      <SelectField
        id="loop-follow-up"
        label="Follow-up survey wave"
        value={followUpWaveId}
        onChange={(event) => setFollowUpWaveId(event.target.value)}
        error={fieldErrors.followUpWaveId}
        className="max-w-xl"
      >
        <option value="">Choose a wave…</option>
        {waves.map((wave) => (
          <option key={wave.id} value={wave.id}>
            {wave.name} (imported {formatDate(wave.importedAt)}, {wave.responsesForCertificate} responses for this certificate)
          </option>
        ))}
      </SelectField>
      <p className="text-xs text-slate-600">
        The follow-up analysis and its comparison with the baseline are frozen when you compare; a loop has one follow-up.
      </p>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Comparing…' : 'Compare with baseline'}
        </Button>
      </div>
    </form>
  );
}
