import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { listAllApiTokens } from '@/lib/auth/api-tokens';
import { orNotFound } from '@/lib/auth/or-not-found';
import { requireActor } from '@/lib/auth/session';
import { formatDate } from '@/lib/utils/format';
import { ActionButton } from '../_components/action-button';
import { AdminHeader } from '../_components/admin-header';
import { formatInstant } from '../_components/format-instant';
import { TokenStateBadge } from '../_components/status-badges';
import { revokeApiTokenAction } from '../actions';

export const metadata: Metadata = { title: 'API tokens · Administration' };

export default async function AdminTokensPage() {
  const actor = await requireActor();
  const tokens = await orNotFound(listAllApiTokens(actor));
  return (
    <div className="flex flex-col gap-4">
      <AdminHeader
        current="/admin/tokens"
        title="API tokens"
        description={
          <>
            A token acts as its owner, with the owner’s role and scope. Owners create their tokens on{' '}
            <Link href="/account" className="text-blue-700 underline">
              their account page
            </Link>
            ; only a hash is stored. Revoking stops a token with its next request.
          </>
        }
      />
      <Card>
        <CardHeader title={`${tokens.length} tokens`} />
        {tokens.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">No API tokens have been created.</p>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>Owner</Th>
                <Th>Name</Th>
                <Th>Starts with</Th>
                <Th>Created</Th>
                <Th>Last used</Th>
                <Th>Expires</Th>
                <Th>State</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} data-testid="token-row">
                  <Td>
                    <div className="font-medium">{token.owner?.email ?? 'deleted user'}</div>
                    {token.owner?.disabledAt ? <div className="text-xs text-slate-600">account disabled: the token gives no access</div> : null}
                  </Td>
                  <Td>{token.name}</Td>
                  <Td>
                    <code className="text-xs">{token.prefix}…</code>
                  </Td>
                  <Td>{formatDate(token.createdAt)}</Td>
                  <Td>{formatInstant(token.lastUsedAt)}</Td>
                  <Td>{token.expiresAt ? formatDate(token.expiresAt) : 'never'}</Td>
                  <Td>
                    <TokenStateBadge state={token.state} />
                    {token.revokedAt ? <div className="text-xs text-slate-600">on {formatDate(token.revokedAt)}</div> : null}
                  </Td>
                  <Td>
                    {token.state === 'ACTIVE' ? (
                      <ActionButton
                        action={revokeApiTokenAction}
                        input={{ tokenId: token.id }}
                        label="Revoke"
                        pendingLabel="Revoking…"
                        variant="danger"
                        ariaLabel={`Revoke token ${token.name} of ${token.owner?.email ?? 'a deleted user'}`}
                        confirmation={`Revoke the token "${token.name}"? It stops working at once.`}
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
