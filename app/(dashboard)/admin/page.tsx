import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { listAllApiTokens } from '@/lib/auth/api-tokens';
import { orNotFound } from '@/lib/auth/or-not-found';
import { requireActor } from '@/lib/auth/session';
import { listGrants } from '@/lib/grants/queries';
import { listOrganisations } from '@/lib/organisations/queries';
import { listUsers } from '@/lib/users/queries';
import { formatDate } from '@/lib/utils/format';
import { AdminHeader } from './_components/admin-header';

export const metadata: Metadata = { title: 'Administration' };

export default async function AdminOverviewPage() {
  const actor = await requireActor();
  // The lib reads refuse non-administrators with not-found, which orNotFound turns into a 404.
  const [organisations, users, grants, tokens] = await orNotFound(
    Promise.all([listOrganisations(actor), listUsers(actor), listGrants(actor), listAllApiTokens(actor)]),
  );
  const activeGrants = grants.filter((grant) => grant.state === 'ACTIVE');
  const grantsByAuditor = new Map<string, typeof activeGrants>();
  for (const grant of activeGrants) grantsByAuditor.set(grant.auditor.id, [...(grantsByAuditor.get(grant.auditor.id) ?? []), grant]);
  const auditors = [...grantsByAuditor.values()];
  const counts = [
    { href: '/admin/organisations', label: 'Organisations', value: organisations.length, detail: null },
    {
      href: '/admin/users',
      label: 'Users',
      value: users.length,
      detail: `${users.filter((user) => user.status.kind === 'DISABLED').length} disabled, ${users.filter((user) => user.status.kind === 'LOCKED').length} locked`,
    },
    {
      href: '/admin/grants',
      label: 'Auditor grants in force',
      value: activeGrants.length,
      detail: `${grants.filter((grant) => grant.state === 'PENDING').length} pending`,
    },
    { href: '/admin/tokens', label: 'Active API tokens', value: tokens.filter((token) => token.state === 'ACTIVE').length, detail: null },
  ];
  return (
    <div className="flex flex-col gap-4">
      <AdminHeader current="/admin" title="Administration" description="Organisations, users, auditor grants and API tokens of this installation." />
      <ul className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {counts.map((count) => (
          <li key={count.href}>
            <Link href={count.href} className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-blue-300" data-testid="admin-count">
              <span className="block text-sm text-slate-600">{count.label}</span>
              <span className="block text-2xl font-semibold tabular-nums">{count.value}</span>
              {count.detail ? <span className="block text-xs text-slate-500">{count.detail}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
      <Card>
        <CardHeader title="Auditor access in force" description="Who can read which procedure right now, and until when." />
        {auditors.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">No auditor has access at the moment.</p>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>Auditor</Th>
                <Th>Name</Th>
                <Th>Procedures (until)</Th>
              </tr>
            </thead>
            <tbody>
              {auditors.map((auditorGrants) => {
                const auditor = auditorGrants[0]?.auditor;
                if (!auditor) return null;
                return (
                  <tr key={auditor.id}>
                    <Td>{auditor.email}</Td>
                    <Td>{auditor.name}</Td>
                    <Td>
                      {auditorGrants.map((grant) => (
                        <div key={grant.id}>
                          {grant.procedure.label} (until {formatDate(grant.validUntil)})
                        </div>
                      ))}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
