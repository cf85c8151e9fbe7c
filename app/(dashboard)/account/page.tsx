import type { Metadata } from 'next';
import { LanguageSwitch } from '@/components/i18n/language-switch';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { listOwnApiTokens } from '@/lib/auth/api-tokens';
import { requireActor } from '@/lib/auth/session';
import { getFormat, getT } from '@/lib/i18n/server';
import { ChangePasswordForm } from './_components/change-password-form';
import { CreateTokenForm } from './_components/create-token-form';
import { RevokeTokenButton } from './_components/revoke-token-button';
import { SignOutEverywhereButton } from './_components/sign-out-everywhere-button';
import { setOwnLocaleAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('account'))('title') };
}

const STATE_TONES = { ACTIVE: 'good', EXPIRED: 'neutral', REVOKED: 'bad' } as const;

/** The signed-in user's own page: every role has one, and it shows nothing but the user's own data. */
export default async function AccountPage() {
  const actor = await requireActor();
  const tokens = await listOwnApiTokens(actor);
  const [t, tCommon, format] = await Promise.all([getT('account'), getT('common'), getFormat()]);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {actor.name} · {actor.email} · {format.enumValue(actor.role)}
        </p>
      </div>
      <Card>
        <CardHeader title={t('language.title')} description={t('language.description')} />
        <CardBody>
          <LanguageSwitch action={setOwnLocaleAction} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t('sessions.title')} description={t('sessions.description')} />
        <CardBody>
          <SignOutEverywhereButton />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t('password.title')} description={t('password.description')} />
        <CardBody>
          <ChangePasswordForm />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t('tokens.title')} description={t('tokens.description')} />
        <CardBody>
          <CreateTokenForm />
        </CardBody>
        {tokens.length === 0 ? (
          <p className="px-4 pb-4 text-sm text-slate-600">{t('tokens.none')}</p>
        ) : (
          <Table>
            <thead>
              <tr>
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
                <tr key={token.id} data-testid="own-token-row">
                  <Td className="font-medium">{token.name}</Td>
                  <Td>
                    <code className="text-xs">{token.prefix}…</code>
                  </Td>
                  <Td>{format.date(token.createdAt)}</Td>
                  <Td>{format.date(token.lastUsedAt)}</Td>
                  <Td>{token.expiresAt ? format.date(token.expiresAt) : t('tokens.never')}</Td>
                  <Td>
                    <Badge tone={STATE_TONES[token.state]}>{format.enumValue(token.state)}</Badge>
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
