'use client';

import { useTranslations } from 'use-intl';
import { FormError } from '@/components/forms/form-error';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import type { ConditionStatus } from '@/lib/db/generated/sqlite/enums';
import { changeConditionStatusAction } from '../actions';

const VERB = {
  OPEN: 'reopen',
  IN_PROGRESS: 'startWork',
  SUBMITTED: 'submit',
} as const satisfies Partial<Record<ConditionStatus, string>>;

const hasVerb = (status: ConditionStatus): status is keyof typeof VERB => status in VERB;

/** The status changes the workflow allows from here; the server checks role and rule again. */
export function ConditionStatusControls({ conditionId, transitions }: { conditionId: string; transitions: readonly ConditionStatus[] }) {
  const t = useTranslations('procedures');
  const { submit, isPending, formError } = useActionSubmit(changeConditionStatusAction);
  if (transitions.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {transitions.map((status) => (
          <Button key={status} size="sm" variant="secondary" disabled={isPending} onClick={() => submit({ conditionId, status })}>
            {hasVerb(status) ? t(`statusControls.${VERB[status]}`) : t('statusControls.moveTo', { status: t(`conditionStatus.${status}`) })}
          </Button>
        ))}
      </div>
      <FormError message={formError} />
    </div>
  );
}
