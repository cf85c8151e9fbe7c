import { Badge, type TBadgeTone } from '@/components/ui/badge';
import type { TApiTokenState } from '@/lib/auth/api-tokens';
import type { TGrantState } from '@/lib/grants/grant-state';
import { getFormat, getT } from '@/lib/i18n/server';
import type { TUserStatus } from '@/lib/users/queries';
import { formatInstant } from './format-instant';

export async function UserStatusBadge({ status }: { status: TUserStatus }) {
  const [t, format] = await Promise.all([getT('admin.status'), getFormat()]);
  if (status.kind === 'DISABLED') return <Badge tone="bad">{t('disabledSince', { date: format.date(status.since) })}</Badge>;
  if (status.kind === 'LOCKED') return <Badge tone="warning">{t('lockedUntil', { time: formatInstant(status.until, format.locale) })}</Badge>;
  return <Badge tone="good">{t('active')}</Badge>;
}

const GRANT_TONES: Record<TGrantState, TBadgeTone> = { PENDING: 'info', ACTIVE: 'good', EXPIRED: 'neutral', REVOKED: 'bad' };

export async function GrantStateBadge({ state }: { state: TGrantState }) {
  const format = await getFormat();
  return <Badge tone={GRANT_TONES[state]}>{format.enumValue(state)}</Badge>;
}

const TOKEN_TONES: Record<TApiTokenState, TBadgeTone> = { ACTIVE: 'good', EXPIRED: 'neutral', REVOKED: 'bad' };

export async function TokenStateBadge({ state }: { state: TApiTokenState }) {
  const format = await getFormat();
  return <Badge tone={TOKEN_TONES[state]}>{format.enumValue(state)}</Badge>;
}
