'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState, useTransition } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import type { TUpdateCertificateInput } from '@/lib/certificates/schemas';
import { updateCertificateDefinitionAction } from '../actions';

type TRow = { key: number; courseId: string; newCourseName: string; position: string; estimatedHours: string };
type TNumberField = 'statedTotalHours' | 'statedCredits' | 'statedExactCredits' | 'eqfLevel' | 'intendedDurationMonthsMin' | 'intendedDurationMonthsMax';

const NEW_COURSE = '__new__';

/** Empty text is null; anything else goes to the server as a number (NaN is reported there). */
function toNumberOrNull(text: string): number | null {
  return text.trim() === '' ? null : Number(text.replace(',', '.'));
}

export function CertificateDefinitionForm({
  initial,
  courseOptions,
  slug,
}: {
  initial: TUpdateCertificateInput;
  courseOptions: { id: string; name: string }[];
  slug: string;
}) {
  const t = useTranslations('certificates.edit.form');
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [name, setName] = useState(initial.name);
  const [numbers, setNumbers] = useState<Record<TNumberField, string>>({
    statedTotalHours: String(initial.statedTotalHours ?? ''),
    statedCredits: String(initial.statedCredits ?? ''),
    statedExactCredits: String(initial.statedExactCredits ?? ''),
    eqfLevel: String(initial.eqfLevel ?? ''),
    intendedDurationMonthsMin: String(initial.intendedDurationMonthsMin ?? ''),
    intendedDurationMonthsMax: String(initial.intendedDurationMonthsMax ?? ''),
  });
  const [rows, setRows] = useState<TRow[]>(
    initial.courses.map((course, index) => ({
      key: index,
      courseId: course.courseId ?? NEW_COURSE,
      newCourseName: course.newCourseName ?? '',
      position: String(course.position),
      estimatedHours: String(course.estimatedHours),
    })),
  );
  const [nextKey, setNextKey] = useState(initial.courses.length);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const updateRow = (key: number, patch: Partial<TRow>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  /** Moves a row up or down and renumbers the order 1…n. */
  const moveRow = (index: number, delta: number) =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      if (!row) return current;
      next.splice(index + delta, 0, row);
      return next.map((entry, position) => ({ ...entry, position: String(position + 1) }));
    });

  const addRow = () => {
    setRows((current) => [...current, { key: nextKey, courseId: NEW_COURSE, newCourseName: '', position: String(current.length + 1), estimatedHours: '' }]);
    setNextKey((key) => key + 1);
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      certificateId: initial.certificateId,
      name,
      statedTotalHours: toNumberOrNull(numbers.statedTotalHours),
      statedCredits: toNumberOrNull(numbers.statedCredits),
      statedExactCredits: toNumberOrNull(numbers.statedExactCredits),
      eqfLevel: toNumberOrNull(numbers.eqfLevel),
      intendedDurationMonthsMin: toNumberOrNull(numbers.intendedDurationMonthsMin),
      intendedDurationMonthsMax: toNumberOrNull(numbers.intendedDurationMonthsMax),
      courses: rows.map((row) => ({
        ...(row.courseId === NEW_COURSE ? { newCourseName: row.newCourseName } : { courseId: row.courseId }),
        position: Number(row.position),
        estimatedHours: toNumberOrNull(row.estimatedHours),
      })),
    };
    startTransition(async () => {
      const result = await updateCertificateDefinitionAction(input);
      if (result.error !== undefined) {
        setFormError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      router.push(`/certificates/${slug}`);
      router.refresh();
    });
  }

  const numberField = (field: TNumberField, label: string, hint?: string) => (
    <Field
      id={field}
      label={label}
      hint={hint}
      inputMode="decimal"
      value={numbers[field]}
      onChange={(event) => setNumbers((current) => ({ ...current, [field]: event.target.value }))}
      error={fieldErrors[field]}
    />
  );

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {formError ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="form-error">
          {formError}
          {fieldErrors._form ? ` ${fieldErrors._form.join(' ')}` : ''}
          {fieldErrors.courses ? ` ${fieldErrors.courses.join(' ')}` : ''}
        </p>
      ) : null}
      <Card>
        <CardHeader title={t('statedFigures')} description={t('statedFiguresDescription')} />
        <CardBody className="grid grid-cols-1 gap-3 md:grid-cols-3">
          <Field
            id="name"
            label={t('name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={fieldErrors.name}
            className="md:col-span-3"
          />
          {numberField('statedTotalHours', t('statedTotalHours'))}
          {numberField('statedCredits', t('statedCredits'))}
          {numberField('statedExactCredits', t('statedExactCredits'))}
          {numberField('eqfLevel', t('eqfLevel'), t('eqfLevelHint'))}
          {numberField('intendedDurationMonthsMin', t('durationMin'))}
          {numberField('intendedDurationMonthsMax', t('durationMax'))}
        </CardBody>
      </Card>
      <Card>
        <CardHeader
          title={t('courses')}
          description={t('coursesDescription')}
          actions={
            <Button variant="secondary" size="sm" onClick={addRow}>
              {t('addCourse')}
            </Button>
          }
        />
        <CardBody>
          <ol className="flex flex-col gap-3">
            {rows.map((row, index) => (
              <li
                key={row.key}
                className="grid grid-cols-1 items-start gap-2 rounded-md border border-slate-200 p-2 md:grid-cols-[5rem_minmax(0,1fr)_8rem_auto]"
                data-testid="course-row"
              >
                <Field
                  id={`courses.${index}.position`}
                  label={t('order')}
                  inputMode="numeric"
                  value={row.position}
                  onChange={(event) => updateRow(row.key, { position: event.target.value })}
                  error={fieldErrors[`courses.${index}.position`]}
                />
                <div className="flex min-w-0 flex-col gap-1">
                  <label htmlFor={`courses.${index}.courseId`} className="text-sm font-medium text-slate-800">
                    {t('course')}
                  </label>
                  <select
                    id={`courses.${index}.courseId`}
                    value={row.courseId}
                    onChange={(event) => updateRow(row.key, { courseId: event.target.value })}
                    aria-invalid={fieldErrors[`courses.${index}.courseId`] ? true : undefined}
                    className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
                  >
                    {courseOptions.map((course) => (
                      <option key={course.id} value={course.id}>
                        {course.name}
                      </option>
                    ))}
                    <option value={NEW_COURSE}>{t('newCourse')}</option>
                  </select>
                  {row.courseId === NEW_COURSE ? (
                    <Field
                      id={`courses.${index}.newCourseName`}
                      label={t('newCourseName')}
                      value={row.newCourseName}
                      onChange={(event) => updateRow(row.key, { newCourseName: event.target.value })}
                      error={fieldErrors[`courses.${index}.newCourseName`]}
                    />
                  ) : null}
                  {fieldErrors[`courses.${index}.courseId`] ? (
                    <p className="text-xs text-red-700" role="alert">
                      {fieldErrors[`courses.${index}.courseId`]?.join(' ')}
                    </p>
                  ) : null}
                </div>
                <Field
                  id={`courses.${index}.estimatedHours`}
                  label={t('estimatedHours')}
                  inputMode="decimal"
                  value={row.estimatedHours}
                  onChange={(event) => updateRow(row.key, { estimatedHours: event.target.value })}
                  error={fieldErrors[`courses.${index}.estimatedHours`]}
                />
                <div className="flex gap-1 md:mt-6">
                  <Button
                    variant="secondary"
                    size="sm"
                    onClick={() => moveRow(index, -1)}
                    disabled={index === 0}
                    aria-label={t('moveUp', { number: index + 1 })}
                  >
                    ↑
                  </Button>
                  <Button
                    variant="secondary"
                    size="sm"
                    onClick={() => moveRow(index, 1)}
                    disabled={index === rows.length - 1}
                    aria-label={t('moveDown', { number: index + 1 })}
                  >
                    ↓
                  </Button>
                  <Button
                    variant="danger"
                    size="sm"
                    onClick={() => setRows((current) => current.filter((entry) => entry.key !== row.key))}
                    aria-label={t('removeLabel', { number: index + 1 })}
                  >
                    {t('remove')}
                  </Button>
                </div>
              </li>
            ))}
          </ol>
        </CardBody>
      </Card>
      <div className="flex gap-2">
        <Button type="submit" disabled={isPending}>
          {isPending ? t('saving') : t('save')}
        </Button>
        <Button variant="secondary" onClick={() => router.push(`/certificates/${slug}`)}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
