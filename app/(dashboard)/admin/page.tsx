import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { listAllApiTokens } from '@/lib/auth/api-tokens';
import { orNotFound } from '@/lib/auth/or-not-found';
import { requireActor } from '@/lib/auth/session';
import { listGrants } from '@/lib/grants/queries';
import { getFormat, getT } from '@/lib/i18n/server';
import { listOrganisations } from '@/lib/organisations/queries';
import { listUsers } from '@/lib/users/queries';
import { AdminHeader } from './_components/admin-header';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('admin'))('title') };
}

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
  const [t, format] = await Promise.all([getT('admin'), getFormat()]);
  const counts = [
    { href: '/admin/organisations', label: t('overview.organisations'), value: organisations.length, detail: null },
    {
      href: '/admin/users',
      label: t('overview.users'),
      value: users.length,
      detail: t('overview.usersDetail', {
        disabled: users.filter((user) => user.status.kind === 'DISABLED').length,
        locked: users.filter((user) => user.status.kind === 'LOCKED').length,
      }),
    },
    {
      href: '/admin/grants',
      label: t('overview.grantsInForce'),
      value: activeGrants.length,
      detail: t('overview.grantsDetail', { pending: grants.filter((grant) => grant.state === 'PENDING').length }),
    },
    { href: '/admin/tokens', label: t('overview.activeTokens'), value: tokens.filter((token) => token.state === 'ACTIVE').length, detail: null },
  ];
  return (
    <div className="flex flex-col gap-4">
      <AdminHeader current="/admin" title={t('title')} description={t('overview.description')} />
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
        <CardHeader title={t('overview.accessTitle')} description={t('overview.accessDescription')} />
        {auditors.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">{t('overview.noAccess')}</p>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t('overview.auditor')}</Th>
                <Th>{t('overview.name')}</Th>
                <Th>{t('overview.proceduresUntil')}</Th>
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
                        <div key={grant.id}>{t('overview.procedureUntil', { procedure: grant.procedure.label, date: format.date(grant.validUntil) })}</div>
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
