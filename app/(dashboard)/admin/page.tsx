import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Card, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { canAdministerInstallation } from '@/lib/auth/policies';
import { requireActor } from '@/lib/auth/session';
import { listOrganisations, listUsers } from '@/lib/users/queries';
import { formatDate, formatEnum } from '@/lib/utils/format';

export const metadata: Metadata = { title: 'Administration' };

export default async function AdminPage() {
  const actor = await requireActor();
  if (!canAdministerInstallation(actor)) notFound();
  const [users, organisations] = await Promise.all([listUsers(actor), listOrganisations(actor)]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Administration</h1>
      <Card>
        <CardHeader title="Users" description="New users: npm run certqa -- users create --email … --name … --role … --organisation …" />
        <Table>
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>E-mail</Th>
              <Th>Role</Th>
              <Th>Organisation</Th>
              <Th>Auditor grants</Th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <Td>{user.name}</Td>
                <Td>{user.email}</Td>
                <Td>{formatEnum(user.role)}</Td>
                <Td>{user.organisation.name}</Td>
                <Td>
                  {user.auditorGrants.length === 0
                    ? '—'
                    : user.auditorGrants.map((grant) => (
                        <div key={grant.id}>
                          {grant.procedure.projectNumber}: {formatDate(grant.validFrom)} – {formatDate(grant.validUntil)}
                          {grant.revokedAt ? ' (revoked)' : ''}
                        </div>
                      ))}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      <Card>
        <CardHeader title="Organisations" />
        <Table>
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Kind</Th>
              <Th className="text-right">Users</Th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.id}>
                <Td>{organisation.name}</Td>
                <Td>{formatEnum(organisation.kind)}</Td>
                <Td className="text-right tabular-nums">{organisation._count.users}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
