// Administration reads of users, for administrators only. Each user carries a status computed
// from the clock: disabled, locked (until the lock runs out) or active.
import type { TActor } from '@/lib/auth/actor';
import { canAdministerInstallation } from '@/lib/auth/policies';
import { getNow } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';

export type TUserStatus = { kind: 'ACTIVE' } | { kind: 'DISABLED'; since: Date } | { kind: 'LOCKED'; until: Date };

function assertAdministrator(actor: TActor) {
  // Non-administrators learn nothing about the user list, not even that it exists.
  if (!canAdministerInstallation(actor)) throw new NotFoundError();
}

function toUserStatus(user: { disabledAt: Date | null; lockedUntil: Date | null }, now: Date): TUserStatus {
  if (user.disabledAt) return { kind: 'DISABLED', since: user.disabledAt };
  if (user.lockedUntil && user.lockedUntil > now) return { kind: 'LOCKED', until: user.lockedUntil };
  return { kind: 'ACTIVE' };
}

const USER_SELECT = {
  id: true,
  name: true,
  email: true,
  role: true,
  disabledAt: true,
  lockedUntil: true,
  failedSignIns: true,
  createdAt: true,
  organisation: { select: { id: true, slug: true, name: true, kind: true } },
} as const;

export async function listUsers(actor: TActor) {
  assertAdministrator(actor);
  const now = getNow();
  const users = await getDb().user.findMany({ select: USER_SELECT, orderBy: [{ organisation: { name: 'asc' } }, { email: 'asc' }] });
  return users.map((user) => ({ ...user, status: toUserStatus(user, now) }));
}

export type TUserRow = Awaited<ReturnType<typeof listUsers>>[number];

export async function getUser(actor: TActor, userId: string) {
  assertAdministrator(actor);
  const user = await getDb().user.findUnique({ where: { id: userId }, select: USER_SELECT });
  if (!user) throw new NotFoundError('User not found');
  return { ...user, status: toUserStatus(user, getNow()), isSelf: user.id === actor.userId };
}

export type TUserDetail = Awaited<ReturnType<typeof getUser>>;
