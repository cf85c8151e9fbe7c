import type { Metadata } from 'next';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { orNotFound } from '@/lib/auth/or-not-found';
import { requireActor } from '@/lib/auth/session';
import { listOrganisations } from '@/lib/organisations/queries';
import { formatEnum } from '@/lib/utils/format';
import { AdminHeader } from '../_components/admin-header';
import { CreateOrganisationForm } from '../_components/create-organisation-form';
import { RenameOrganisationForm } from '../_components/rename-organisation-form';

export const metadata: Metadata = { title: 'Organisations · Administration' };

export default async function AdminOrganisationsPage() {
  const actor = await requireActor();
  const organisations = await orNotFound(listOrganisations(actor));
  return (
    <div className="flex flex-col gap-4">
      <AdminHeader
        current="/admin/organisations"
        title="Organisations"
        description="The kind decides which roles an organisation's users may hold and what they see; it is fixed once created."
      />
      <Card>
        <CardHeader title="New organisation" />
        <CardBody>
          <CreateOrganisationForm />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={`${organisations.length} organisations`} />
        <Table>
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Slug</Th>
              <Th>Kind</Th>
              <Th className="text-right">Users (active)</Th>
              <Th>Rename</Th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.id} data-testid="organisation-row">
                <Td className="font-medium">{organisation.name}</Td>
                <Td>
                  <code className="text-xs">{organisation.slug}</code>
                </Td>
                <Td>{formatEnum(organisation.kind)}</Td>
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
