import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { requireActor } from '@/lib/auth/session';
import { listCertificates } from '@/lib/certificates/queries';
import { formatHours, formatNumber } from '@/lib/utils/format';

export const metadata: Metadata = { title: 'Certificates' };

export default async function CertificatesPage() {
  const actor = await requireActor();
  const certificates = await listCertificates(actor);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Certificates</h1>
      <Card>
        <CardHeader
          title={`${certificates.length} certificate${certificates.length === 1 ? '' : 's'} in your scope`}
          description="Estimated hours as stated per course, and the ECTS ledger at 25 h per credit."
        />
        {certificates.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">No certificates are visible to your account.</p>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>Certificate</Th>
                <Th>Content partner</Th>
                <Th className="text-right">Courses</Th>
                <Th className="text-right">Hours</Th>
                <Th className="text-right">Exact credits</Th>
                <Th className="text-right">Stated credits</Th>
                <Th className="text-right">h per credit</Th>
                <Th>Flags</Th>
              </tr>
            </thead>
            <tbody>
              {certificates.map((certificate) => (
                <tr key={certificate.id}>
                  <Td>
                    <Link href={`/certificates/${certificate.slug}`} className="font-medium text-blue-700 hover:underline">
                      {certificate.name}
                    </Link>
                  </Td>
                  <Td>{certificate.contentPartnerName}</Td>
                  <Td className="text-right tabular-nums">{certificate.courseCount}</Td>
                  <Td className="text-right tabular-nums">{formatHours(certificate.ledger.totalHours)}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(certificate.ledger.exactCredits, 2)}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(certificate.ledger.statedCredits, 1)}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(certificate.ledger.impliedHoursPerCredit, 1)}</Td>
                  <Td>
                    {certificate.ledger.flags.length === 0 ? (
                      <Badge tone="good">No flags</Badge>
                    ) : (
                      <Badge tone="bad">
                        {certificate.ledger.flags.length} flag{certificate.ledger.flags.length === 1 ? '' : 's'}
                      </Badge>
                    )}
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
