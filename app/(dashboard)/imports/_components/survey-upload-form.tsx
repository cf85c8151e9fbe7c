'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState, useTransition } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { importWorkloadSurveyAction } from '../actions';

export function SurveyUploadForm() {
  const t = useTranslations('imports.surveyForm');
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string; details?: string[] } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('survey-file');
    const text = file instanceof File && file.size > 0 ? await file.text() : '';
    startTransition(async () => {
      const result = await importWorkloadSurveyAction({
        name: String(form.get('survey-name') ?? ''),
        sourceName: file instanceof File ? file.name : 'survey.csv',
        text,
      });
      if (result.error !== undefined) {
        setMessage({ tone: 'error', text: result.error, details: Object.values(result.fieldErrors ?? {}).flat() });
        return;
      }
      setMessage({ tone: 'ok', text: t('imported', { responses: result.data.responseCount, linked: result.data.linkedCount }) });
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <div className="flex flex-wrap items-end gap-3">
        <Field id="survey-name" name="survey-name" label={t('wave')} placeholder={t('wavePlaceholder')} className="min-w-64" />
        <div className="flex flex-col gap-1">
          <label htmlFor="survey-file" className="text-sm font-medium">
            {t('file')}
          </label>
          <input id="survey-file" name="survey-file" type="file" accept=".csv,text/csv" className="text-sm" />
        </div>
        <Button type="submit" disabled={isPending}>
          {isPending ? t('pending') : t('submit')}
        </Button>
      </div>
      <p className="text-xs text-slate-600">{t('columns')}</p>
      {message ? (
        <div
          role={message.tone === 'error' ? 'alert' : 'status'}
          data-testid="survey-result"
          className={
            message.tone === 'error'
              ? 'rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800'
              : 'rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm'
          }
        >
          <p>{message.text}</p>
          {message.details?.length ? (
            <ul className="mt-1 list-disc pl-5">
              {message.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
