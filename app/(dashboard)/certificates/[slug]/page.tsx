import type { Metadata } from 'next';
import Link from 'next/link';
import { EvidenceReportDownload } from '@/components/evidence-report/evidence-report-download';
import { ExportLinks } from '@/components/exports/export-links';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { orNotFound } from '@/lib/auth/or-not-found';
import { canEditCertificateDefinitions, canExportEvidenceReport } from '@/lib/auth/policies';
import { requireActor } from '@/lib/auth/session';
import { getCertificateBySlug } from '@/lib/certificates/queries';
import { getFormat, getT } from '@/lib/i18n/server';
import { CourseTable } from './_components/course-table';
import { EctsLedgerCard } from './_components/ects-ledger-card';

type TProps = { params: Promise<{ slug: string }> };

async function loadCertificate(slug: string) {
  const actor = await requireActor();
  return { actor, certificate: await orNotFound(getCertificateBySlug(actor, slug)) };
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { certificate } = await loadCertificate((await params).slug);
  return { title: certificate.name };
}

export default async function CertificatePage({ params }: TProps) {
  const { actor, certificate } = await loadCertificate((await params).slug);
  const [t, format] = await Promise.all([getT('certificates'), getFormat()]);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600">
            <Link href="/certificates" className="hover:underline">
              {t('list.title')}
            </Link>{' '}
            / {certificate.contentPartnerName}
          </p>
          <h1 className="text-2xl font-semibold">{certificate.name}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {t('detail.summary', { platform: certificate.platformName, count: certificate.courseCount, hours: format.hours(certificate.ledger.totalHours) })}
            {certificate.initialStart ? ` · ${t('detail.firstOffered', { date: certificate.initialStart })}` : ''}
          </p>
        </div>
        <div className="flex gap-2">
          <Link
            href={`/certificates/${certificate.slug}/dashboard`}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100"
          >
            {t('detail.dashboard')}
          </Link>
          <Link
            href={`/certificates/${certificate.slug}/loops`}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100"
          >
            {t('detail.controlLoops')}
          </Link>
          {canExportEvidenceReport(actor) ? <EvidenceReportDownload subject={{ certificate: certificate.slug }} showBundle={false} /> : null}
          {canEditCertificateDefinitions(actor) ? (
            <Link href={`/certificates/${certificate.slug}/edit`} className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
              {t('detail.editDefinition')}
            </Link>
          ) : null}
        </div>
      </div>

      <EctsLedgerCard certificate={certificate} />

      <Card>
        <CardHeader
          title={t('detail.courses.title')}
          description={t('detail.courses.description')}
          actions={<ExportLinks dataset="certificate-courses" subject="certificate" value={certificate.slug} />}
        />
        <CourseTable certificate={certificate} />
      </Card>

      <Card>
        <CardHeader title={t('detail.procedures.title')} />
        <CardBody>
          {certificate.procedures.length === 0 ? (
            <p className="text-sm text-slate-600">{t('detail.procedures.none')}</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {certificate.procedures.map((procedure) => (
                <li key={procedure.id}>
                  <Link href={`/procedures/${procedure.id}`} className="text-blue-700 underline">
                    {procedure.label}
                  </Link>
                  {procedure.decision ? ` — ${procedure.decision}` : ''}
                  {procedure.certificationUntil ? `, ${t('detail.procedures.certifiedUntil', { date: format.date(procedure.certificationUntil) })}` : ''}
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
