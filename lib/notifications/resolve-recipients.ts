// Who is warned about a subject: the assigned person if there is one, else every active user of the
// assigned (owning) organisation, and always the quality managers of the platform that answers for
// it. A candidate is kept only when the subject lies inside their own scope (the same
// checklistItemScope / controlLoopScope that every page applies), so a notification never points
// to something its recipient would get a 404 for (an admin in the platform organisation, say).
import type { TActor } from '@/lib/auth/actor';
import { checklistItemScope, controlLoopScope } from '@/lib/auth/scope';
import type { TDb } from '@/lib/db/client';
import type { TDueSubject } from './collect-due-subjects';

export type TRecipient = Pick<TActor, 'userId' | 'email' | 'name'>;

function toActor(user: { id: string; role: TActor['role']; organisationId: string; name: string; email: string }): TActor {
  return { userId: user.id, role: user.role, organisationId: user.organisationId, name: user.name, email: user.email };
}

async function listVisibleSubjectIds(db: TDb, actor: TActor, subjects: TDueSubject[], now: Date): Promise<Set<string>> {
  const itemIds = subjects.filter((subject) => subject.subjectType === 'checklist-item').map((subject) => subject.subjectId);
  const measureIds = subjects.filter((subject) => subject.subjectType === 'measure').map((subject) => subject.subjectId);
  const [items, measures] = await Promise.all([
    itemIds.length ? db.checklistItem.findMany({ where: { AND: [{ id: { in: itemIds } }, checklistItemScope(actor, now)] }, select: { id: true } }) : [],
    measureIds.length ? db.measure.findMany({ where: { id: { in: measureIds }, loop: controlLoopScope(actor, now) }, select: { id: true } }) : [],
  ]);
  return new Set([...items, ...measures].map((row) => row.id));
}

/** For each subject (by index), the users to warn, each at most once. */
export async function resolveRecipients(db: TDb, subjects: TDueSubject[], now: Date): Promise<TRecipient[][]> {
  if (subjects.length === 0) return [];
  const users = await db.user.findMany({
    where: {
      disabledAt: null,
      OR: [
        { id: { in: subjects.flatMap((subject) => (subject.assigneeUserId ? [subject.assigneeUserId] : [])) } },
        { organisationId: { in: subjects.filter((subject) => !subject.assigneeUserId).map((subject) => subject.organisationId) } },
        { role: 'QUALITY_MANAGER', organisationId: { in: subjects.map((subject) => subject.platformOrganisationId) } },
      ],
    },
    select: { id: true, role: true, organisationId: true, name: true, email: true },
  });
  const candidates = subjects.map((subject) => {
    const responsible = subject.assigneeUserId
      ? users.filter((user) => user.id === subject.assigneeUserId)
      : users.filter((user) => user.organisationId === subject.organisationId);
    const qualityManagers = users.filter((user) => user.role === 'QUALITY_MANAGER' && user.organisationId === subject.platformOrganisationId);
    return [...new Map([...responsible, ...qualityManagers].map((user) => [user.id, user])).values()];
  });

  const visibleTo = new Map<string, Set<string>>();
  for (const user of new Map(candidates.flat().map((user) => [user.id, user])).values()) {
    const theirs = subjects.filter((_, index) => candidates[index]?.some((candidate) => candidate.id === user.id));
    visibleTo.set(user.id, await listVisibleSubjectIds(db, toActor(user), theirs, now));
  }
  return subjects.map((subject, index) =>
    (candidates[index] ?? [])
      .filter((user) => visibleTo.get(user.id)?.has(subject.subjectId))
      .map((user) => ({ userId: user.id, email: user.email, name: user.name })),
  );
}
