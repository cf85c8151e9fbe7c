import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { listAllApiTokens } from '@/lib/auth/api-tokens';
import { orNotFound } from '@/lib/auth/or-not-found';
import { requireActor } from '@/lib/auth/session';
import { getFormat, getT } from '@/lib/i18n/server';
import { ActionButton } from '../_components/action-button';
import { AdminHeader } from '../_components/admin-header';
import { formatInstant } from '../_components/format-instant';
import { TokenStateBadge } from '../_components/status-badges';
import { revokeApiTokenAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('admin'))('tokens.metaTitle') };
}

export default async function AdminTokensPage() {
  const actor = await requireActor();
  const tokens = await orNotFound(listAllApiTokens(actor));
  const [t, tCommon, format] = await Promise.all([getT('admin'), getT('common'), getFormat()]);
  return (
    <div className="flex flex-col gap-4">
      <AdminHeader
        current="/admin/tokens"
        title={t('tokens.title')}
        description={t.rich('tokens.description', {
          link: (chunks) => (
            <Link href="/account" className="text-blue-700 underline">
              {chunks}
            </Link>
          ),
        })}
      />
      <Card>
        <CardHeader title={t('tokens.count', { count: tokens.length })} />
        {tokens.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">{t('tokens.none')}</p>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t('tokens.owner')}</Th>
                <Th>{t('tokens.name')}</Th>
                <Th>{t('tokens.startsWith')}</Th>
                <Th>{t('tokens.created')}</Th>
                <Th>{t('tokens.lastUsed')}</Th>
                <Th>{t('tokens.expires')}</Th>
                <Th>{t('tokens.state')}</Th>
                <Th>
                  <span className="sr-only">{tCommon('actions')}</span>
                </Th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} data-testid="token-row">
                  <Td>
                    <div className="font-medium">{token.owner?.email ?? t('tokens.deletedUser')}</div>
                    {token.owner?.disabledAt ? <div className="text-xs text-slate-600">{t('tokens.ownerDisabled')}</div> : null}
                  </Td>
                  <Td>{token.name}</Td>
                  <Td>
                    <code className="text-xs">{token.prefix}…</code>
                  </Td>
                  <Td>{format.date(token.createdAt)}</Td>
                  <Td>{formatInstant(token.lastUsedAt, format.locale)}</Td>
                  <Td>{token.expiresAt ? format.date(token.expiresAt) : t('tokens.never')}</Td>
                  <Td>
                    <TokenStateBadge state={token.state} />
                    {token.revokedAt ? <div className="text-xs text-slate-600">{t('tokens.revokedOn', { date: format.date(token.revokedAt) })}</div> : null}
                  </Td>
                  <Td>
                    {token.state === 'ACTIVE' ? (
                      <ActionButton
                        action={revokeApiTokenAction}
                        input={{ tokenId: token.id }}
                        label={t('tokens.revoke')}
                        pendingLabel={t('tokens.revoking')}
                        variant="danger"
                        ariaLabel={t('tokens.revokeLabel', { name: token.name, owner: token.owner?.email ?? t('tokens.aDeletedUser') })}
                        confirmation={t('tokens.revokeConfirm', { name: token.name })}
                      />
                    ) : null}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
