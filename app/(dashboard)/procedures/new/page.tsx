import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { canManageProcedures } from '@/lib/auth/policies';
import { requireActor } from '@/lib/auth/session';
import { listCertificateChoices } from '@/lib/certificates/queries';
import { listAgencies } from '@/lib/procedures/queries';
import { NewProcedureForm } from './_components/new-procedure-form';

export const metadata: Metadata = { title: 'New procedure' };

export default async function NewProcedurePage() {
  const actor = await requireActor();
  if (!canManageProcedures(actor)) notFound();
  const [agencies, certificates] = await Promise.all([listAgencies(), listCertificateChoices(actor)]);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">
        <Link href="/procedures" className="hover:underline">
          Procedures
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">New accreditation procedure</h1>
      <Card>
        <CardHeader
          title="As the agency's decision states it"
          description="Conditions, recommendations and the quality profile are added on the procedure's page."
        />
        <CardBody>
          <NewProcedureForm agencies={agencies} certificates={certificates} />
        </CardBody>
      </Card>
    </div>
  );
}
