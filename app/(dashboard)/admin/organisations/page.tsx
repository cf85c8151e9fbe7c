import type { Metadata } from 'next';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { orNotFound } from '@/lib/auth/or-not-found';
import { requireActor } from '@/lib/auth/session';
import { getFormat, getT } from '@/lib/i18n/server';
import { listOrganisations } from '@/lib/organisations/queries';
import { AdminHeader } from '../_components/admin-header';
import { CreateOrganisationForm } from '../_components/create-organisation-form';
import { RenameOrganisationForm } from '../_components/rename-organisation-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('admin'))('organisations.metaTitle') };
}

export default async function AdminOrganisationsPage() {
  const actor = await requireActor();
  const organisations = await orNotFound(listOrganisations(actor));
  const [t, format] = await Promise.all([getT('admin'), getFormat()]);
  return (
    <div className="flex flex-col gap-4">
      <AdminHeader current="/admin/organisations" title={t('organisations.title')} description={t('organisations.description')} />
      <Card>
        <CardHeader title={t('organisations.newOrganisation')} />
        <CardBody>
          <CreateOrganisationForm />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t('organisations.count', { count: organisations.length })} />
        <Table>
          <thead>
            <tr>
              <Th>{t('organisations.name')}</Th>
              <Th>{t('organisations.slug')}</Th>
              <Th>{t('organisations.kind')}</Th>
              <Th className="text-right">{t('organisations.users')}</Th>
              <Th>{t('organisations.rename')}</Th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.id} data-testid="organisation-row">
                <Td className="font-medium">{organisation.name}</Td>
                <Td>
                  <code className="text-xs">{organisation.slug}</code>
                </Td>
                <Td>{format.enumValue(organisation.kind)}</Td>
                <Td className="text-right tabular-nums">
                  {organisation.userCount} ({organisation.activeUserCount})
                </Td>
                <Td className="min-w-64">
                  <RenameOrganisationForm organisationId={organisation.id} name={organisation.name} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
