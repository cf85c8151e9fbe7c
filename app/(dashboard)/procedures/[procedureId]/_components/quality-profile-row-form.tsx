'use client';

import type { FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/forms/form-error';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import type { QualityRating } from '@/lib/db/generated/sqlite/enums';
import { addQualityProfileCriterionAction, removeQualityProfileCriterionAction, updateQualityProfileRatingAction } from '../actions';

const RATINGS = ['EXCEPTIONAL', 'EXCEEDS', 'MEETS', 'DOES_NOT_MEET', 'NOT_RELEVANT', 'CONDITION'] as const satisfies readonly QualityRating[];

type TCriterion = { id: string; criterionCode: string; criterionTitle: string; isAsterisk: boolean; rating: QualityRating; note: string | null };

function readCriterion(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  return {
    criterionCode: text('criterionCode'),
    criterionTitle: text('criterionTitle'),
    isAsterisk: form.get('isAsterisk') === 'on',
    rating: text('rating') as QualityRating,
    note: text('note') || null,
  };
}

function CriterionFields({ prefix, initial, fieldErrors }: { prefix: string; initial?: TCriterion; fieldErrors: Record<string, string[]> }) {
  const t = useTranslations('procedures.qualityProfileForm');
  return (
    <div className="grid grid-cols-1 gap-2 md:grid-cols-6">
      <Field id={`${prefix}-code`} name="criterionCode" label={t('code')} defaultValue={initial?.criterionCode} required error={fieldErrors.criterionCode} />
      <Field
        id={`${prefix}-title`}
        name="criterionTitle"
        label={t('title')}
        defaultValue={initial?.criterionTitle}
        required
        error={fieldErrors.criterionTitle}
        className="md:col-span-3"
      />
      <SelectField
        id={`${prefix}-rating`}
        name="rating"
        label={t('rating')}
        defaultValue={initial?.rating ?? 'MEETS'}
        options={RATINGS.map((value) => ({ value, label: t(`ratings.${value}`) }))}
        error={fieldErrors.rating}
        className="md:col-span-2"
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="isAsterisk" defaultChecked={initial?.isAsterisk ?? false} /> {t('asterisk')}
      </label>
      <Field id={`${prefix}-note`} name="note" label={t('note')} defaultValue={initial?.note ?? ''} error={fieldErrors.note} className="md:col-span-5" />
    </div>
  );
}

/** Edits one criterion of the quality profile; every change lands in the audit log (its history). */
export function QualityProfileRowForm({ criterion }: { criterion: TCriterion }) {
  const t = useTranslations('procedures.qualityProfileForm');
  const update = useActionSubmit(updateQualityProfileRatingAction);
  const remove = useActionSubmit(removeQualityProfileCriterionAction);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.submit({ ratingId: criterion.id, ...readCriterion(new FormData(event.currentTarget)) });
  };
  return (
    <details>
      <summary className="cursor-pointer text-xs text-blue-700">{t('edit')}</summary>
      <form onSubmit={onSubmit} className="mt-2 flex flex-col gap-2" aria-label={t('editLabel', { code: criterion.criterionCode })}>
        <CriterionFields prefix={`criterion-${criterion.id}`} initial={criterion} fieldErrors={update.fieldErrors} />
        <FormError message={update.formError ?? remove.formError} />
        <div className="flex gap-2">
          <Button type="submit" size="sm" disabled={update.isPending}>
            {t('save')}
          </Button>
          <Button size="sm" variant="danger" disabled={remove.isPending} onClick={() => remove.submit({ ratingId: criterion.id })}>
            {t('remove')}
          </Button>
        </div>
      </form>
    </details>
  );
}

export function AddQualityProfileCriterionForm({ procedureId }: { procedureId: string }) {
  const t = useTranslations('procedures.qualityProfileForm');
  const add = useActionSubmit(addQualityProfileCriterionAction);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.submit({ procedureId, ...readCriterion(new FormData(event.currentTarget)) });
  };
  return (
    <details className="px-4 py-3">
      <summary className="cursor-pointer text-sm font-medium">{t('addSummary')}</summary>
      <form onSubmit={onSubmit} className="mt-2 flex flex-col gap-2" aria-label={t('addLabel')}>
        <CriterionFields prefix="new-criterion" fieldErrors={add.fieldErrors} />
        <FormError message={add.formError} />
        <div>
          <Button type="submit" size="sm" disabled={add.isPending}>
            {t('add')}
          </Button>
        </div>
      </form>
    </details>
  );
}
