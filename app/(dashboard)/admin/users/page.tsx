import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { orNotFound } from '@/lib/auth/or-not-found';
import { requireActor } from '@/lib/auth/session';
import { listOrganisations } from '@/lib/organisations/queries';
import { listUsers } from '@/lib/users/queries';
import { formatEnum } from '@/lib/utils/format';
import { AdminHeader } from '../_components/admin-header';
import { CreateUserForm } from '../_components/create-user-form';
import { toOrganisationOptions } from '../_components/organisation-options';
import { UserStatusBadge } from '../_components/status-badges';

export const metadata: Metadata = { title: 'Users · Administration' };

export default async function AdminUsersPage() {
  const actor = await requireActor();
  const [users, organisations] = await orNotFound(Promise.all([listUsers(actor), listOrganisations(actor)]));
  return (
    <div className="flex flex-col gap-4">
      <AdminHeader current="/admin/users" title="Users" description="Open a user to change role or organisation, disable, unlock or set a new password." />
      <Card>
        <CardHeader title="New user" />
        <CardBody>
          <CreateUserForm organisationOptions={toOrganisationOptions(organisations)} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={`${users.length} users`} />
        <Table>
          <thead>
            <tr>
              <Th>E-mail</Th>
              <Th>Name</Th>
              <Th>Role</Th>
              <Th>Organisation</Th>
              <Th>Status</Th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} data-testid="user-row">
                <Td>
                  <Link href={`/admin/users/${user.id}`} className="font-medium text-blue-700 hover:underline">
                    {user.email}
                  </Link>
                </Td>
                <Td>{user.name}</Td>
                <Td>{formatEnum(user.role)}</Td>
                <Td>{user.organisation.name}</Td>
                <Td>
                  <UserStatusBadge status={user.status} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
