'use client';

import { FormError } from '@/components/forms/form-error';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { useFormat } from '@/components/i18n/use-format';
import { updateRecommendationStatusAction } from '../actions';

const OPTIONS = ['OPEN', 'ADDRESSED', 'DECLINED'] as const;

export function RecommendationStatusSelect({
  recommendationId,
  status,
  label,
}: {
  recommendationId: string;
  status: 'OPEN' | 'ADDRESSED' | 'DECLINED';
  label: string;
}) {
  const format = useFormat();
  const { submit, isPending, formError } = useActionSubmit(updateRecommendationStatusAction);
  return (
    <div className="flex flex-col gap-1">
      <select
        aria-label={label}
        defaultValue={status}
        disabled={isPending}
        onChange={(event) => submit({ recommendationId, status: event.target.value as (typeof OPTIONS)[number] })}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {OPTIONS.map((option) => (
          <option key={option} value={option}>
            {format.enumValue(option)}
          </option>
        ))}
      </select>
      <FormError message={formError} />
    </div>
  );
}
