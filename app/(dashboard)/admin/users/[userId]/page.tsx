import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { orNotFound } from '@/lib/auth/or-not-found';
import { requireActor } from '@/lib/auth/session';
import { getFormat, getT } from '@/lib/i18n/server';
import { listOrganisations } from '@/lib/organisations/queries';
import { getUser } from '@/lib/users/queries';
import { ActionButton } from '../../_components/action-button';
import { AdminHeader } from '../../_components/admin-header';
import { toOrganisationOptions } from '../../_components/organisation-options';
import { ResetPasswordForm } from '../../_components/reset-password-form';
import { UserStatusBadge } from '../../_components/status-badges';
import { UpdateUserForm } from '../../_components/update-user-form';
import { disableUserAction, enableUserAction, unlockUserAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('admin'))('user.metaTitle') };
}

export default async function AdminUserPage({ params }: { params: Promise<{ userId: string }> }) {
  const actor = await requireActor();
  const { userId } = await params;
  const [user, organisations] = await orNotFound(Promise.all([getUser(actor, userId), listOrganisations(actor)]));
  const isLocked = user.failedSignIns > 0 || user.lockedUntil !== null;
  const [t, format] = await Promise.all([getT('admin'), getFormat()]);
  return (
    <div className="flex flex-col gap-4">
      <AdminHeader
        current="/admin/users"
        title={user.name}
        description={t('user.description', {
          email: user.email,
          role: format.enumValue(user.role),
          organisation: user.organisation.name,
          date: format.date(user.createdAt),
        })}
      />
      <p className="text-sm">
        <Link href="/admin/users" className="text-blue-700 hover:underline">
          {t('user.allUsers')}
        </Link>
      </p>
      <Card>
        <CardHeader title={t('user.roleAndOrganisation')} />
        <CardBody>
          <UpdateUserForm
            userId={user.id}
            role={user.role}
            organisationSlug={user.organisation.slug}
            organisationOptions={toOrganisationOptions(organisations, t)}
            isSelf={user.isSelf}
          />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t('user.access')} description={t('user.accessDescription')} />
        <CardBody className="flex flex-col gap-3 text-sm">
          <p data-testid="user-status">
            {t('user.status')} <UserStatusBadge status={user.status} />
            {user.failedSignIns > 0 ? ` · ${t('user.failedSignIns', { count: user.failedSignIns })}` : ''}
          </p>
          <div className="flex flex-wrap gap-3">
            {user.isSelf ? (
              <p className="text-slate-600">{t('user.selfDisable')}</p>
            ) : user.status.kind === 'DISABLED' ? (
              <ActionButton action={enableUserAction} input={{ userId: user.id }} label={t('user.enable')} pendingLabel={t('user.enabling')} />
            ) : (
              <ActionButton
                action={disableUserAction}
                input={{ userId: user.id }}
                label={t('user.disable')}
                pendingLabel={t('user.disabling')}
                variant="danger"
                confirmation={t('user.disableConfirm', { email: user.email })}
              />
            )}
            {isLocked ? (
              <ActionButton action={unlockUserAction} input={{ userId: user.id }} label={t('user.unlock')} pendingLabel={t('user.unlocking')} />
            ) : null}
          </div>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t('user.password')} />
        <CardBody>
          {user.isSelf ? (
            <p className="text-sm text-slate-600">
              {t.rich('user.ownPassword', {
                link: (chunks) => (
                  <Link href="/account" className="text-blue-700 hover:underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          ) : (
            <ResetPasswordForm userId={user.id} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
