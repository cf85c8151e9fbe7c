'use client';

import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import type { TAttachableChecklistItem } from '@/lib/control-loops/queries';
import { attachLoopToConditionAction } from '../actions';
import { FormError } from './form-error';
import { useLoopAction } from './use-loop-action';

export function AttachConditionForm({ loopId, items }: { loopId: string; items: TAttachableChecklistItem[] }) {
  const [checklistItemId, setChecklistItemId] = useState('');
  const { run, isPending, error, fieldErrors } = useLoopAction(attachLoopToConditionAction);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ loopId, checklistItemId });
  }

  if (items.length === 0) {
    return <p className="text-sm text-slate-600">No open checklist item of a condition covering this certificate is in your scope.</p>;
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label="Attach to a condition">
      <FormError error={error} testId="attach-error" />
      <SelectField
        id="loop-checklist-item"
        label="Checklist item"
        value={checklistItemId}
        onChange={(event) => setChecklistItemId(event.target.value)}
        error={fieldErrors.checklistItemId}
        className="max-w-2xl"
      >
        <option value="">Choose an item…</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.label}
          </option>
        ))}
      </SelectField>
      <p className="text-xs text-slate-600">
        The loop's frozen analyses, comparison and measures are filed as evidence with their SHA-256; attaching again after the loop moved on adds a revision
        for review.
      </p>
      <div>
        <Button type="submit" variant="secondary" disabled={isPending}>
          {isPending ? 'Attaching…' : 'Attach as evidence'}
        </Button>
      </div>
    </form>
  );
}
