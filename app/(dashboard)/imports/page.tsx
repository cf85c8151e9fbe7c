import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { canImportExports } from '@/lib/auth/policies';
import { requireActor } from '@/lib/auth/session';
import { getFormat, getT } from '@/lib/i18n/server';
import { listImports } from '@/lib/imports/queries';
import { SurveyUploadForm } from './_components/survey-upload-form';
import { UploadExportForm } from './_components/upload-export-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('imports'))('title') };
}

export default async function ImportsPage() {
  const actor = await requireActor();
  if (!canImportExports(actor)) notFound();
  const imports = await listImports(actor);
  const [t, format] = await Promise.all([getT('imports'), getFormat()]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <Card>
        <CardHeader title={t('export.title')} description={t('export.description')} />
        <CardBody>
          <UploadExportForm />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t('survey.title')} description={t('survey.description')} />
        <CardBody>
          <SurveyUploadForm />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t('history.title')} description={t('history.description')} />
        {imports.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">{t('history.none')}</p>
        ) : (
          <Table data-testid="import-history">
            <thead>
              <tr>
                <Th>{t('history.export')}</Th>
                <Th>{t('history.snapshot')}</Th>
                <Th>{t('history.imported')}</Th>
                <Th className="text-right">{t('history.rows')}</Th>
                <Th className="text-right">{t('history.courses')}</Th>
                <Th>{t('history.anonymity')}</Th>
                <Th>{t('history.files')}</Th>
              </tr>
            </thead>
            <tbody>
              {imports.map((entry) => (
                <tr key={entry.id}>
                  <Td>
                    <div className="font-medium">{entry.sourceName}</div>
                    <div className="font-mono text-xs text-slate-500" title={t('history.hashTitle')}>
                      {entry.contentSha256.slice(0, 16)}…
                    </div>
                    {entry.supersededAt ? <Badge tone="neutral">{t('history.superseded', { date: format.date(entry.supersededAt) })}</Badge> : null}
                  </Td>
                  <Td>{format.date(entry.snapshotAt)}</Td>
                  <Td>
                    {format.date(entry.finishedAt)}
                    <div className="text-xs text-slate-600">{entry.importedByLabel}</div>
                    <div className="text-xs text-slate-600">{t('history.seconds', { seconds: format.number(entry.durationMs / 1000, 1) })}</div>
                  </Td>
                  <Td className="text-right tabular-nums">{format.number(entry.rowCount)}</Td>
                  <Td className="text-right tabular-nums">
                    {entry.courseCount} ({entry.currentCourseCount})
                  </Td>
                  <Td>
                    <Badge tone={entry.anonymity === 'LINKED' ? 'info' : 'neutral'}>
                      {entry.anonymity === 'LINKED' ? t('history.linked') : t('history.isolated')}
                    </Badge>
                  </Td>
                  <Td>
                    <details>
                      <summary className="cursor-pointer text-sm text-blue-700">{t('history.tables', { count: entry.files.length })}</summary>
                      <ul className="mt-1 text-xs">
                        {entry.files.map((file) => (
                          <li key={file.fileName}>
                            {t('history.fileRows', { file: file.fileName, rows: format.number(file.rowCount) })}
                            <span className="font-mono">{file.sha256.slice(0, 12)}…</span>
                          </li>
                        ))}
                      </ul>
                      {entry.warnings.length > 0 ? (
                        <ul className="mt-1 text-xs text-amber-800">
                          {entry.warnings.map((warning) => (
                            <li key={warning}>{format.serverMessage(warning)}</li>
                          ))}
                        </ul>
                      ) : null}
                    </details>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
