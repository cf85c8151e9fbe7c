import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { orNotFound } from '@/lib/auth/or-not-found';
import { requireActor } from '@/lib/auth/session';
import { listOrganisations } from '@/lib/organisations/queries';
import { getUser } from '@/lib/users/queries';
import { formatDate, formatEnum } from '@/lib/utils/format';
import { ActionButton } from '../../_components/action-button';
import { AdminHeader } from '../../_components/admin-header';
import { toOrganisationOptions } from '../../_components/organisation-options';
import { ResetPasswordForm } from '../../_components/reset-password-form';
import { UserStatusBadge } from '../../_components/status-badges';
import { UpdateUserForm } from '../../_components/update-user-form';
import { disableUserAction, enableUserAction, unlockUserAction } from '../../actions';

export const metadata: Metadata = { title: 'User · Administration' };

export default async function AdminUserPage({ params }: { params: Promise<{ userId: string }> }) {
  const actor = await requireActor();
  const { userId } = await params;
  const [user, organisations] = await orNotFound(Promise.all([getUser(actor, userId), listOrganisations(actor)]));
  const isLocked = user.failedSignIns > 0 || user.lockedUntil !== null;
  return (
    <div className="flex flex-col gap-4">
      <AdminHeader
        current="/admin/users"
        title={user.name}
        description={`${user.email} · ${formatEnum(user.role)} · ${user.organisation.name} · since ${formatDate(user.createdAt)}`}
      />
      <p className="text-sm">
        <Link href="/admin/users" className="text-blue-700 hover:underline">
          ← All users
        </Link>
      </p>
      <Card>
        <CardHeader title="Role and organisation" />
        <CardBody>
          <UpdateUserForm
            userId={user.id}
            role={user.role}
            organisationSlug={user.organisation.slug}
            organisationOptions={toOrganisationOptions(organisations)}
            isSelf={user.isSelf}
          />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Access" description="Disabling ends the user's sessions and API tokens at once; enabling lets them sign in again." />
        <CardBody className="flex flex-col gap-3 text-sm">
          <p data-testid="user-status">
            Status: <UserStatusBadge status={user.status} />
            {user.failedSignIns > 0 ? ` · ${user.failedSignIns} failed sign-in(s) in a row` : ''}
          </p>
          <div className="flex flex-wrap gap-3">
            {user.isSelf ? (
              <p className="text-slate-600">You cannot disable your own account; ask another administrator.</p>
            ) : user.status.kind === 'DISABLED' ? (
              <ActionButton action={enableUserAction} input={{ userId: user.id }} label="Enable account" pendingLabel="Enabling…" />
            ) : (
              <ActionButton
                action={disableUserAction}
                input={{ userId: user.id }}
                label="Disable account"
                pendingLabel="Disabling…"
                variant="danger"
                confirmation={`Disable ${user.email}? Their sessions and API tokens stop working at once.`}
              />
            )}
            {isLocked ? <ActionButton action={unlockUserAction} input={{ userId: user.id }} label="Unlock" pendingLabel="Unlocking…" /> : null}
          </div>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Password" />
        <CardBody>
          {user.isSelf ? (
            <p className="text-sm text-slate-600">
              Change your own password on{' '}
              <Link href="/account" className="text-blue-700 hover:underline">
                your account page
              </Link>
              , where the current one is asked.
            </p>
          ) : (
            <ResetPasswordForm userId={user.id} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
