import { Badge, type TBadgeTone } from '@/components/ui/badge';
import type { TApiTokenState } from '@/lib/auth/api-tokens';
import type { TGrantState } from '@/lib/grants/grant-state';
import type { TUserStatus } from '@/lib/users/queries';
import { formatDate } from '@/lib/utils/format';
import { formatInstant } from './format-instant';

export function UserStatusBadge({ status }: { status: TUserStatus }) {
  if (status.kind === 'DISABLED') return <Badge tone="bad">Disabled since {formatDate(status.since)}</Badge>;
  if (status.kind === 'LOCKED') return <Badge tone="warning">Locked until {formatInstant(status.until)}</Badge>;
  return <Badge tone="good">Active</Badge>;
}

const GRANT_STATES: Record<TGrantState, { label: string; tone: TBadgeTone }> = {
  PENDING: { label: 'Pending', tone: 'info' },
  ACTIVE: { label: 'Active', tone: 'good' },
  EXPIRED: { label: 'Expired', tone: 'neutral' },
  REVOKED: { label: 'Revoked', tone: 'bad' },
};

export function GrantStateBadge({ state }: { state: TGrantState }) {
  return <Badge tone={GRANT_STATES[state].tone}>{GRANT_STATES[state].label}</Badge>;
}

const TOKEN_STATES: Record<TApiTokenState, { label: string; tone: TBadgeTone }> = {
  ACTIVE: { label: 'Active', tone: 'good' },
  EXPIRED: { label: 'Expired', tone: 'neutral' },
  REVOKED: { label: 'Revoked', tone: 'bad' },
};

export function TokenStateBadge({ state }: { state: TApiTokenState }) {
  return <Badge tone={TOKEN_STATES[state].tone}>{TOKEN_STATES[state].label}</Badge>;
}
