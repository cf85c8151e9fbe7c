'use client';

import { FormError } from '@/components/forms/form-error';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import { CONDITION_STATUS_LABEL } from '@/lib/conditions/workflow';
import type { ConditionStatus } from '@/lib/db/generated/sqlite/enums';
import { changeConditionStatusAction } from '../actions';

const VERB: Partial<Record<ConditionStatus, string>> = {
  OPEN: 'Reopen',
  IN_PROGRESS: 'Start work',
  SUBMITTED: 'Mark as submitted to the agency',
};

/** The status changes the workflow allows from here; the server checks role and rule again. */
export function ConditionStatusControls({ conditionId, transitions }: { conditionId: string; transitions: readonly ConditionStatus[] }) {
  const { submit, isPending, formError } = useActionSubmit(changeConditionStatusAction);
  if (transitions.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {transitions.map((status) => (
          <Button key={status} size="sm" variant="secondary" disabled={isPending} onClick={() => submit({ conditionId, status })}>
            {VERB[status] ?? `Move to ${CONDITION_STATUS_LABEL[status]}`}
          </Button>
        ))}
      </div>
      <FormError message={formError} />
    </div>
  );
}
