import type { Metadata } from 'next';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { orNotFound } from '@/lib/auth/or-not-found';
import { requireActor } from '@/lib/auth/session';
import { getNow } from '@/lib/clock';
import { isGrantRevocable } from '@/lib/grants/grant-state';
import { listGrantOptions, listGrants } from '@/lib/grants/queries';
import { getFormat, getT } from '@/lib/i18n/server';
import { ActionButton } from '../_components/action-button';
import { AdminHeader } from '../_components/admin-header';
import { CreateGrantForm } from '../_components/create-grant-form';
import { GrantStateBadge } from '../_components/status-badges';
import { revokeGrantAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('admin'))('grants.metaTitle') };
}

export default async function AdminGrantsPage() {
  const actor = await requireActor();
  const [grants, options] = await orNotFound(Promise.all([listGrants(actor), listGrantOptions(actor)]));
  const [t, tCommon, format] = await Promise.all([getT('admin'), getT('common'), getFormat()]);
  return (
    <div className="flex flex-col gap-4">
      <AdminHeader current="/admin/grants" title={t('grants.title')} description={t('grants.description')} />
      <Card>
        <CardHeader title={t('grants.newGrant')} />
        <CardBody>
          <CreateGrantForm
            auditorOptions={options.auditors.map((auditor) => ({ value: auditor.id, label: auditor.label }))}
            procedureOptions={options.procedures.map((procedure) => ({ value: procedure.id, label: procedure.label }))}
            today={getNow().toISOString().slice(0, 10)}
          />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t('grants.count', { count: grants.length })} description={t('grants.listDescription')} />
        <Table>
          <thead>
            <tr>
              <Th>{t('grants.auditor')}</Th>
              <Th>{t('grants.procedure')}</Th>
              <Th>{t('grants.from')}</Th>
              <Th>{t('grants.until')}</Th>
              <Th>{t('grants.state')}</Th>
              <Th>{t('grants.grantedBy')}</Th>
              <Th>
                <span className="sr-only">{tCommon('actions')}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {grants.map((grant) => (
              <tr key={grant.id} data-testid="grant-row">
                <Td>
                  <div className="font-medium">{grant.auditor.email}</div>
                  <div className="text-xs text-slate-600">
                    {grant.auditor.name}
                    {grant.auditor.disabledAt ? ` · ${t('grants.accountDisabled')}` : ''}
                  </div>
                </Td>
                <Td>{grant.procedure.label}</Td>
                <Td>{format.date(grant.validFrom)}</Td>
                <Td>{format.date(grant.validUntil)}</Td>
                <Td>
                  <GrantStateBadge state={grant.state} />
                  {grant.revokedAt ? <div className="text-xs text-slate-600">{t('grants.revokedOn', { date: format.date(grant.revokedAt) })}</div> : null}
                </Td>
                <Td className="text-xs">{grant.createdBy ?? '—'}</Td>
                <Td>
                  {isGrantRevocable(grant.state) ? (
                    <ActionButton
                      action={revokeGrantAction}
                      input={{ grantId: grant.id }}
                      label={t('grants.revoke')}
                      pendingLabel={t('grants.revoking')}
                      variant="danger"
                      ariaLabel={t('grants.revokeLabel', { email: grant.auditor.email, procedure: grant.procedure.label })}
                      confirmation={t('grants.revokeConfirm', { email: grant.auditor.email, procedure: grant.procedure.label })}
                    />
                  ) : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
