import type { Metadata } from 'next';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { listOwnApiTokens } from '@/lib/auth/api-tokens';
import { requireActor } from '@/lib/auth/session';
import { formatDate, formatEnum } from '@/lib/utils/format';
import { ChangePasswordForm } from './_components/change-password-form';
import { CreateTokenForm } from './_components/create-token-form';
import { RevokeTokenButton } from './_components/revoke-token-button';
import { SignOutEverywhereButton } from './_components/sign-out-everywhere-button';

export const metadata: Metadata = { title: 'Your account' };

const STATE_TONES = { ACTIVE: 'good', EXPIRED: 'neutral', REVOKED: 'bad' } as const;

/** The signed-in user's own page: every role has one, and it shows nothing but the user's own data. */
export default async function AccountPage() {
  const actor = await requireActor();
  const tokens = await listOwnApiTokens(actor);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">Your account</h1>
        <p className="mt-1 text-sm text-slate-600">
          {actor.name} · {actor.email} · {formatEnum(actor.role)}
        </p>
      </div>
      <Card>
        <CardHeader title="Sessions" description="Signs this account out in every browser and device at once, this one included." />
        <CardBody>
          <SignOutEverywhereButton />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Password" description="Changing it signs you out everywhere, here too; then sign in with the new one." />
        <CardBody>
          <ChangePasswordForm />
        </CardBody>
      </Card>
      <Card>
        <CardHeader
          title="API tokens"
          description="A token reads the JSON API as you, with your role and scope (Authorization: Bearer …). Only a hash is stored; revoking stops it at once."
        />
        <CardBody>
          <CreateTokenForm />
        </CardBody>
        {tokens.length === 0 ? (
          <p className="px-4 pb-4 text-sm text-slate-600">You have no API tokens.</p>
        ) : (
          <Table>
            <thead>
              <tr>
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
                <tr key={token.id} data-testid="own-token-row">
                  <Td className="font-medium">{token.name}</Td>
                  <Td>
                    <code className="text-xs">{token.prefix}…</code>
                  </Td>
                  <Td>{formatDate(token.createdAt)}</Td>
                  <Td>{formatDate(token.lastUsedAt)}</Td>
                  <Td>{token.expiresAt ? formatDate(token.expiresAt) : 'never'}</Td>
                  <Td>
                    <Badge tone={STATE_TONES[token.state]}>{formatEnum(token.state)}</Badge>
                  </Td>
                  <Td>{token.state === 'ACTIVE' ? <RevokeTokenButton tokenId={token.id} name={token.name} /> : null}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
