'use client';

import { useTranslations } from 'use-intl';
import { FormError } from '@/components/forms/form-error';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import type { ChecklistItemStatus } from '@/lib/db/generated/sqlite/enums';
import { setChecklistItemStatusAction } from '../actions';

/** Open or in progress, set by whoever works the item; "done" follows from accepted evidence. */
export function ItemStatusButtons({ itemId, status }: { itemId: string; status: ChecklistItemStatus }) {
  const t = useTranslations('checklist.statusButtons');
  const { submit, isPending, formError } = useActionSubmit(setChecklistItemStatusAction);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex gap-2">
        {status !== 'OPEN' ? (
          <Button size="sm" variant="secondary" disabled={isPending} onClick={() => submit({ itemId, status: 'OPEN' })}>
            {t('markOpen')}
          </Button>
        ) : null}
        {status !== 'IN_PROGRESS' ? (
          <Button size="sm" variant="secondary" disabled={isPending} onClick={() => submit({ itemId, status: 'IN_PROGRESS' })}>
            {t('markInProgress')}
          </Button>
        ) : null}
      </div>
      <FormError message={formError} />
    </div>
  );
}
