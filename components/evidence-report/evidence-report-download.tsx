'use client';
// Download buttons for the evidence report (PDF) and the bundle (ZIP) of a procedure or a
// certificate. Generation takes seconds, so the click fetches the file and says it is being
// prepared; the links also work without JavaScript. What the caller may export is decided by the
// API route (scope → 404), not by this component being shown.
import { type MouseEvent, useState } from 'react';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/components/i18n/use-format';
import { cn } from '@/lib/utils/cn';

export type TEvidenceReportDownloadProps = {
  /** What the report covers: a procedure (id or project number) or a certificate (slug). */
  subject: { procedure: string } | { certificate: string };
  /** Offer the ZIP bundle beside the PDF (default true). */
  showBundle?: boolean;
  className?: string;
};

type TState = { status: 'idle' } | { status: 'working'; format: 'pdf' | 'zip' } | { status: 'error'; message: string };

const LINK_CLASS =
  'inline-flex items-center justify-center rounded-md px-3 py-2 text-sm font-medium transition-colors aria-disabled:cursor-wait aria-disabled:opacity-60';

export function buildEvidenceReportHref(subject: TEvidenceReportDownloadProps['subject'], format: 'pdf' | 'zip'): string {
  const params = new URLSearchParams('procedure' in subject ? { procedure: subject.procedure } : { certificate: subject.certificate });
  params.set('format', format);
  return `/api/v1/evidence-report?${params.toString()}`;
}

/** The file name the server chose (Content-Disposition), else a plain one. */
function fileNameOf(response: Response, format: 'pdf' | 'zip'): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? `evidence-report.${format}`;
}

export function EvidenceReportDownload({ subject, showBundle = true, className }: TEvidenceReportDownloadProps) {
  const t = useTranslations('evidenceReport');
  const formatting = useFormat();
  const [state, setState] = useState<TState>({ status: 'idle' });

  async function download(event: MouseEvent<HTMLAnchorElement>, format: 'pdf' | 'zip') {
    event.preventDefault();
    if (state.status === 'working') return;
    setState({ status: 'working', format });
    try {
      const response = await fetch(buildEvidenceReportHref(subject, format), { credentials: 'same-origin' });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        setState({
          status: 'error',
          message: typeof body?.error === 'string' ? formatting.serverMessage(body.error) : t('failed', { status: response.status }),
        });
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = fileNameOf(response, format);
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      // Revoked later: some browsers read the object URL after click() has returned.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ status: 'idle' });
    } catch {
      setState({ status: 'error', message: t('networkError') });
    }
  }

  const isWorking = state.status === 'working';
  return (
    <div className={cn('flex flex-col items-start gap-1', className)} data-testid="evidence-report-download">
      <div className="flex flex-wrap gap-2">
        <a
          href={buildEvidenceReportHref(subject, 'pdf')}
          onClick={(event) => download(event, 'pdf')}
          aria-disabled={isWorking}
          className={cn(LINK_CLASS, 'bg-blue-700 text-white hover:bg-blue-800')}
        >
          {t('pdf')}
        </a>
        {showBundle ? (
          <a
            href={buildEvidenceReportHref(subject, 'zip')}
            onClick={(event) => download(event, 'zip')}
            aria-disabled={isWorking}
            className={cn(LINK_CLASS, 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-100')}
          >
            {t('zip')}
          </a>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className={cn('text-xs', state.status === 'error' ? 'text-red-700' : 'text-slate-600')}>
        {state.status === 'working' ? t(state.format === 'pdf' ? 'preparingReport' : 'preparingBundle') : state.status === 'error' ? state.message : null}
      </p>
    </div>
  );
}
