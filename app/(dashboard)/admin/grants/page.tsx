import type { Metadata } from 'next';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { orNotFound } from '@/lib/auth/or-not-found';
import { requireActor } from '@/lib/auth/session';
import { getNow } from '@/lib/clock';
import { isGrantRevocable } from '@/lib/grants/grant-state';
import { listGrantOptions, listGrants } from '@/lib/grants/queries';
import { formatDate } from '@/lib/utils/format';
import { ActionButton } from '../_components/action-button';
import { AdminHeader } from '../_components/admin-header';
import { CreateGrantForm } from '../_components/create-grant-form';
import { GrantStateBadge } from '../_components/status-badges';
import { revokeGrantAction } from '../actions';

export const metadata: Metadata = { title: 'Auditor grants · Administration' };

export default async function AdminGrantsPage() {
  const actor = await requireActor();
  const [grants, options] = await orNotFound(Promise.all([listGrants(actor), listGrantOptions(actor)]));
  return (
    <div className="flex flex-col gap-4">
      <AdminHeader
        current="/admin/grants"
        title="Auditor grants"
        description="An auditor reads a procedure and its certificates only while a grant is active: from its first day until its end, unless revoked."
      />
      <Card>
        <CardHeader title="New grant" />
        <CardBody>
          <CreateGrantForm
            auditorOptions={options.auditors.map((auditor) => ({ value: auditor.id, label: auditor.label }))}
            procedureOptions={options.procedures.map((procedure) => ({ value: procedure.id, label: procedure.label }))}
            today={getNow().toISOString().slice(0, 10)}
          />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={`${grants.length} grants`} description="Ended and revoked grants stay listed as the record of who could read what, when." />
        <Table>
          <thead>
            <tr>
              <Th>Auditor</Th>
              <Th>Procedure</Th>
              <Th>From</Th>
              <Th>Until</Th>
              <Th>State</Th>
              <Th>Granted by</Th>
              <Th>
                <span className="sr-only">Actions</span>
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
                    {grant.auditor.disabledAt ? ' · account disabled' : ''}
                  </div>
                </Td>
                <Td>{grant.procedure.label}</Td>
                <Td>{formatDate(grant.validFrom)}</Td>
                <Td>{formatDate(grant.validUntil)}</Td>
                <Td>
                  <GrantStateBadge state={grant.state} />
                  {grant.revokedAt ? <div className="text-xs text-slate-600">on {formatDate(grant.revokedAt)}</div> : null}
                </Td>
                <Td className="text-xs">{grant.createdBy ?? '—'}</Td>
                <Td>
                  {isGrantRevocable(grant.state) ? (
                    <ActionButton
                      action={revokeGrantAction}
                      input={{ grantId: grant.id }}
                      label="Revoke"
                      pendingLabel="Revoking…"
                      variant="danger"
                      ariaLabel={`Revoke the grant of ${grant.auditor.email} for ${grant.procedure.label}`}
                      confirmation={`Revoke ${grant.auditor.email}'s access to ${grant.procedure.label}? It ends at once.`}
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
