import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { canImportExports } from '@/lib/auth/policies';
import { requireActor } from '@/lib/auth/session';
import { listImports } from '@/lib/imports/queries';
import { formatDate, formatNumber } from '@/lib/utils/format';
import { SurveyUploadForm } from './_components/survey-upload-form';
import { UploadExportForm } from './_components/upload-export-form';

export const metadata: Metadata = { title: 'Imports' };

export default async function ImportsPage() {
  const actor = await requireActor();
  if (!canImportExports(actor)) notFound();
  const imports = await listImports(actor);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Imports</h1>
      <Card>
        <CardHeader
          title="Import a Coursera research export"
          description="A .zip as downloaded from Coursera. It replaces the earlier snapshot of the courses it contains; a file that does not pass the checks changes nothing."
        />
        <CardBody>
          <UploadExportForm />
        </CardBody>
      </Card>
      <Card>
        <CardHeader
          title="Import a workload survey"
          description="Reported hours per course, shown beside estimated and observed hours on the certificate dashboards. All rows or none are imported."
        />
        <CardBody>
          <SurveyUploadForm />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Import history" description="Every import with its files' SHA-256, row counts and snapshot date." />
        {imports.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">No export has been imported yet.</p>
        ) : (
          <Table data-testid="import-history">
            <thead>
              <tr>
                <Th>Export</Th>
                <Th>Snapshot</Th>
                <Th>Imported</Th>
                <Th className="text-right">Rows</Th>
                <Th className="text-right">Courses (current)</Th>
                <Th>Anonymity</Th>
                <Th>Files</Th>
              </tr>
            </thead>
            <tbody>
              {imports.map((entry) => (
                <tr key={entry.id}>
                  <Td>
                    <div className="font-medium">{entry.sourceName}</div>
                    <div className="font-mono text-xs text-slate-500" title="SHA-256 of the export's file hashes">
                      {entry.contentSha256.slice(0, 16)}…
                    </div>
                    {entry.supersededAt ? <Badge tone="neutral">superseded {formatDate(entry.supersededAt)}</Badge> : null}
                  </Td>
                  <Td>{formatDate(entry.snapshotAt)}</Td>
                  <Td>
                    {formatDate(entry.finishedAt)}
                    <div className="text-xs text-slate-600">{entry.importedByLabel}</div>
                    <div className="text-xs text-slate-600">{formatNumber(entry.durationMs / 1000, 1)} s</div>
                  </Td>
                  <Td className="text-right tabular-nums">{formatNumber(entry.rowCount)}</Td>
                  <Td className="text-right tabular-nums">
                    {entry.courseCount} ({entry.currentCourseCount})
                  </Td>
                  <Td>
                    <Badge tone={entry.anonymity === 'LINKED' ? 'info' : 'neutral'}>
                      {entry.anonymity === 'LINKED' ? 'Linked ids' : 'Isolated feedback ids'}
                    </Badge>
                  </Td>
                  <Td>
                    <details>
                      <summary className="cursor-pointer text-sm text-blue-700">{entry.files.length} tables</summary>
                      <ul className="mt-1 text-xs">
                        {entry.files.map((file) => (
                          <li key={file.fileName}>
                            {file.fileName}: {formatNumber(file.rowCount)} rows · <span className="font-mono">{file.sha256.slice(0, 12)}…</span>
                          </li>
                        ))}
                      </ul>
                      {entry.warnings.length > 0 ? (
                        <ul className="mt-1 text-xs text-amber-800">
                          {entry.warnings.map((warning) => (
                            <li key={warning}>{warning}</li>
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
