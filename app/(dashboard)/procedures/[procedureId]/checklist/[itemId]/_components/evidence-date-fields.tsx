'use client';

import { useTranslations } from 'use-intl';
import { Field } from '@/components/ui/field';

/** The two dates every evidence form asks for: the day it speaks for, and when it stops counting. */
export function EvidenceDateFields({ idPrefix, today, fieldErrors }: { idPrefix: string; today: string; fieldErrors: Record<string, string[]> }) {
  const t = useTranslations('checklist.dates');
  return (
    <>
      <Field
        id={`${idPrefix}-effective-on`}
        name="effectiveOn"
        type="date"
        label={t('effective')}
        defaultValue={today}
        required
        hint={t('effectiveHint')}
        error={fieldErrors.effectiveOn}
      />
      <Field id={`${idPrefix}-expires-on`} name="expiresOn" type="date" label={t('expires')} hint={t('expiresHint')} error={fieldErrors.expiresOn} />
    </>
  );
}

/** A date input's value as the schemas take it: an empty optional date is null. */
export function readOptionalDate(form: FormData, name: string): string | null {
  const value = String(form.get(name) ?? '').trim();
  return value === '' ? null : value;
}
