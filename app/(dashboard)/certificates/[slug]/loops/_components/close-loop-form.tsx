'use client';

import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/textarea-field';
import { closeControlLoopAction } from '../actions';
import { FormError } from './form-error';
import { useLoopAction } from './use-loop-action';

export function CloseLoopForm({ loopId }: { loopId: string }) {
  const [closingNote, setClosingNote] = useState('');
  const { run, isPending, error, fieldErrors } = useLoopAction(closeControlLoopAction);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ loopId, closingNote });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label="Close the loop">
      <FormError error={error} testId="close-loop-error" />
      <TextareaField
        id="loop-closing-note"
        label="Closing note"
        value={closingNote}
        onChange={(event) => setClosingNote(event.target.value)}
        error={fieldErrors.closingNote}
        placeholder="What did the measures achieve, and what follows?"
      />
      <p className="text-xs text-slate-600">A closed loop is kept exactly as it is: no measure, status or wave can be changed afterwards.</p>
      <div>
        <Button type="submit" variant="danger" disabled={isPending}>
          {isPending ? 'Closing…' : 'Close loop'}
        </Button>
      </div>
    </form>
  );
}
