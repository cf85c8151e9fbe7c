import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { orNotFound } from '@/lib/auth/or-not-found';
import { requireActor } from '@/lib/auth/session';
import { getFormat, getT } from '@/lib/i18n/server';
import { listOrganisations } from '@/lib/organisations/queries';
import { listUsers } from '@/lib/users/queries';
import { AdminHeader } from '../_components/admin-header';
import { CreateUserForm } from '../_components/create-user-form';
import { toOrganisationOptions } from '../_components/organisation-options';
import { UserStatusBadge } from '../_components/status-badges';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('admin'))('users.metaTitle') };
}

export default async function AdminUsersPage() {
  const actor = await requireActor();
  const [users, organisations] = await orNotFound(Promise.all([listUsers(actor), listOrganisations(actor)]));
  const [t, format] = await Promise.all([getT('admin'), getFormat()]);
  return (
    <div className="flex flex-col gap-4">
      <AdminHeader current="/admin/users" title={t('users.title')} description={t('users.description')} />
      <Card>
        <CardHeader title={t('users.newUser')} />
        <CardBody>
          <CreateUserForm organisationOptions={toOrganisationOptions(organisations, t)} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t('users.count', { count: users.length })} />
        <Table>
          <thead>
            <tr>
              <Th>{t('users.email')}</Th>
              <Th>{t('users.name')}</Th>
              <Th>{t('users.role')}</Th>
              <Th>{t('users.organisation')}</Th>
              <Th>{t('users.status')}</Th>
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
                <Td>{format.enumValue(user.role)}</Td>
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
