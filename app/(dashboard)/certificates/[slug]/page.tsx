import type { Metadata } from 'next';
import Link from 'next/link';
import { EvidenceReportDownload } from '@/components/evidence-report/evidence-report-download';
import { ExportLinks } from '@/components/exports/export-links';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { orNotFound } from '@/lib/auth/or-not-found';
import { canEditCertificateDefinitions, canExportEvidenceReport } from '@/lib/auth/policies';
import { requireActor } from '@/lib/auth/session';
import { getCertificateBySlug } from '@/lib/certificates/queries';
import { formatDate, formatHours } from '@/lib/utils/format';
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
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600">
            <Link href="/certificates" className="hover:underline">
              Certificates
            </Link>{' '}
            / {certificate.contentPartnerName}
          </p>
          <h1 className="text-2xl font-semibold">{certificate.name}</h1>
          <p className="mt-1 text-sm text-slate-600">
            Platform {certificate.platformName} · {certificate.courseCount} courses · {formatHours(certificate.ledger.totalHours)}
            {certificate.initialStart ? ` · first offered ${certificate.initialStart}` : ''}
          </p>
        </div>
        <div className="flex gap-2">
          <Link
            href={`/certificates/${certificate.slug}/dashboard`}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100"
          >
            Dashboard
          </Link>
          <Link
            href={`/certificates/${certificate.slug}/loops`}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100"
          >
            Control loops
          </Link>
          {canExportEvidenceReport(actor) ? <EvidenceReportDownload subject={{ certificate: certificate.slug }} showBundle={false} /> : null}
          {canEditCertificateDefinitions(actor) ? (
            <Link href={`/certificates/${certificate.slug}/edit`} className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
              Edit definition
            </Link>
          ) : null}
        </div>
      </div>

      <EctsLedgerCard certificate={certificate} />

      <Card>
        <CardHeader
          title="Courses in order"
          description="Estimated hours as stated for this certificate."
          actions={<ExportLinks dataset="certificate-courses" subject="certificate" value={certificate.slug} />}
        />
        <CourseTable certificate={certificate} />
      </Card>

      <Card>
        <CardHeader title="Accreditation procedures" />
        <CardBody>
          {certificate.procedures.length === 0 ? (
            <p className="text-sm text-slate-600">No procedure in your scope covers this certificate.</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {certificate.procedures.map((procedure) => (
                <li key={procedure.id}>
                  <Link href={`/procedures/${procedure.id}`} className="text-blue-700 underline">
                    {procedure.label}
                  </Link>
                  {procedure.decision ? ` — ${procedure.decision}` : ''}
                  {procedure.certificationUntil ? `, certified until ${formatDate(procedure.certificationUntil)}` : ''}
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
