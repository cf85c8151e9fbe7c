'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/components/i18n/use-format';
import { Button } from '@/components/ui/button';
import type { TImportJob } from '@/lib/import/import-jobs';

type TUploadState =
  | { step: 'idle' }
  | { step: 'uploading'; loaded: number; total: number }
  | { step: 'importing'; job: TImportJob | null; jobId: string }
  | { step: 'done'; job: TImportJob }
  | { step: 'error'; message: string };

/** The upload's own failure texts, in the reader's language; the server's answers are translated by the catalogue. */
type TUploadMessages = { serverAnswered: (status: number) => string; interrupted: string; fromServer: (message: string) => string };

function uploadFile(file: File, onProgress: (loaded: number) => void, messages: TUploadMessages): Promise<{ jobId: string }> {
  // XMLHttpRequest, not fetch: only it reports upload progress. The browser streams the file body.
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/imports');
    request.setRequestHeader('x-file-name', file.name);
    request.upload.onprogress = (event) => onProgress(event.loaded);
    request.onload = () => {
      const body = (() => {
        try {
          return JSON.parse(request.responseText) as { jobId?: string; error?: string };
        } catch {
          return {} as { jobId?: string; error?: string };
        }
      })();
      if (request.status === 202 && body.jobId) resolve({ jobId: body.jobId });
      else reject(new Error(typeof body.error === 'string' ? messages.fromServer(body.error) : messages.serverAnswered(request.status)));
    };
    request.onerror = () => reject(new Error(messages.interrupted));
    request.send(file);
  });
}

export function UploadExportForm() {
  const t = useTranslations('imports.uploadForm');
  const format = useFormat();
  const number = (value: number) => format.number(value);
  const router = useRouter();
  const [state, setState] = useState<TUploadState>({ step: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.step !== 'importing') return;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/imports/jobs/${state.jobId}`, { cache: 'no-store' });
      if (!response.ok) return;
      const job = (await response.json()) as TImportJob;
      if (job.state === 'running') setState({ step: 'importing', job, jobId: state.jobId });
      else {
        setState({ step: 'done', job });
        router.refresh();
      }
    }, 500);
    return () => clearInterval(timer);
  }, [state, router]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = inputRef.current?.files?.[0];
    if (!file) {
      setState({ step: 'error', message: t('chooseFirst') });
      return;
    }
    setState({ step: 'uploading', loaded: 0, total: file.size });
    try {
      const { jobId } = await uploadFile(file, (loaded) => setState({ step: 'uploading', loaded, total: file.size }), {
        serverAnswered: (status) => t('serverAnswered', { status }),
        interrupted: t('interrupted'),
        fromServer: format.serverMessage,
      });
      setState({ step: 'importing', job: null, jobId });
    } catch (error) {
      setState({ step: 'error', message: (error as Error).message });
    }
  }

  const isBusy = state.step === 'uploading' || state.step === 'importing';
  return (
    <div className="flex flex-col gap-3">
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="export-file" className="text-sm font-medium">
            {t('fileLabel')}
          </label>
          <input id="export-file" ref={inputRef} type="file" accept=".zip,application/zip" className="text-sm" disabled={isBusy} />
        </div>
        <Button type="submit" disabled={isBusy}>
          {isBusy ? t('pending') : t('submit')}
        </Button>
      </form>
      <div aria-live="polite" data-testid="import-status">
        {state.step === 'uploading' ? (
          <p className="text-sm">
            {t('uploading', { loaded: number(Math.round(state.loaded / 1024 / 1024)), total: number(Math.round(state.total / 1024 / 1024)) })}
            <progress className="ml-2 align-middle" max={state.total} value={state.loaded} />
          </p>
        ) : null}
        {state.step === 'importing' ? (
          <p className="text-sm">
            {state.job?.progress ? (
              <>
                {state.job.progress.phase === 'loading'
                  ? t('loading', { file: state.job.progress.file ?? '' })
                  : t('phase', { phase: format.serverMessage(state.job.progress.phase) })}
                {state.job.progress.totalRows ? t('rows', { rows: number(state.job.progress.totalRows) }) : ''}
                {state.job.progress.rowsPerSecond ? t('rowsPerSecond', { rate: number(Math.round(state.job.progress.rowsPerSecond)) }) : ''}
                {state.job.progress.totalBytes ? (
                  <progress className="ml-2 align-middle" max={state.job.progress.totalBytes} value={state.job.progress.bytesDone ?? 0} />
                ) : null}
              </>
            ) : (
              t('checking')
            )}
          </p>
        ) : null}
        {state.step === 'error' ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {state.message}
          </p>
        ) : null}
        {state.step === 'done' && state.job.state === 'failed' ? (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="import-error">
            <p className="font-semibold">{t('refused')}</p>
            {state.job.error?.details ? (
              <dl className="mt-1 grid grid-cols-[6rem_1fr] gap-x-2">
                <dt>{t('file')}</dt>
                <dd>{state.job.error.details.file}</dd>
                <dt>{t('line')}</dt>
                <dd>{state.job.error.details.line ?? '—'}</dd>
                <dt>{t('column')}</dt>
                <dd>{state.job.error.details.column ?? '—'}</dd>
                <dt>{t('reason')}</dt>
                <dd>{format.serverMessage(state.job.error.details.reason)}</dd>
              </dl>
            ) : (
              <p>{state.job.error ? format.serverMessage(state.job.error.message) : null}</p>
            )}
          </div>
        ) : null}
        {state.step === 'done' && state.job.summary ? (
          <div className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm" data-testid="import-summary">
            {state.job.summary.status === 'unchanged' ? (
              <p className="font-semibold">{t('unchanged')}</p>
            ) : (
              <>
                <p className="font-semibold">
                  {t('summary', {
                    rows: number(state.job.summary.rowCount),
                    tables: state.job.summary.tables.length,
                    seconds: format.number(state.job.summary.durationMs / 1000, 1),
                  })}
                </p>
                <p>
                  {t('certificates', {
                    courses: state.job.summary.courseCount,
                    created: state.job.summary.certificates.created.join(', ') || t('none'),
                    updated: state.job.summary.certificates.updated.join(', ') || t('none'),
                  })}
                </p>
                {state.job.summary.warnings.length > 0 ? (
                  <ul className="mt-1 list-disc pl-5 text-amber-900">
                    {state.job.summary.warnings.map((warning) => (
                      <li key={warning}>{format.serverMessage(warning)}</li>
                    ))}
                  </ul>
                ) : null}
              </>
            )}
          </div>
        ) : null}
      </div>
    </div>
  );
}
