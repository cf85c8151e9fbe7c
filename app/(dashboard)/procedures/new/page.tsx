import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { canManageProcedures } from '@/lib/auth/policies';
import { requireActor } from '@/lib/auth/session';
import { listCertificateChoices } from '@/lib/certificates/queries';
import { getT } from '@/lib/i18n/server';
import { listAgencies } from '@/lib/procedures/queries';
import { NewProcedureForm } from './_components/new-procedure-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('procedures'))('new.title') };
}

export default async function NewProcedurePage() {
  const actor = await requireActor();
  if (!canManageProcedures(actor)) notFound();
  const [agencies, certificates] = await Promise.all([listAgencies(), listCertificateChoices(actor)]);
  const t = await getT('procedures');
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">
        <Link href="/procedures" className="hover:underline">
          {t('breadcrumb')}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t('new.heading')}</h1>
      <Card>
        <CardHeader title={t('new.cardTitle')} description={t('new.cardDescription')} />
        <CardBody>
          <NewProcedureForm agencies={agencies} certificates={certificates} />
        </CardBody>
      </Card>
    </div>
  );
}
