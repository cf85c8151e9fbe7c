// Everything due that the actor may see: checklist items (through checklistItemScope) and the
// measures of control loops (through controlLoopScope), with their effective due date, days left
// and state, filtered by certificate, organisation and state, soonest first.
import type { TActor } from '@/lib/auth/actor';
import { certificateScope, checklistItemScope, controlLoopScope } from '@/lib/auth/scope';
import { getNow } from '@/lib/clock';
import { getEffectiveDueOn } from '@/lib/conditions/queries';
import { getDb } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { formatEnum } from '@/lib/utils/format';
import { checklistItemHref, isChecklistItemOpen, isMeasureOpen, measureHref, type TSubjectType } from './due-subjects';
import { computeDaysLeft } from './due-warning';
import type { TDueFilters } from './schemas';

export type TDueState = 'open' | 'overdue' | 'done';

export type TDueRow = {
  subjectType: TSubjectType;
  id: string;
  title: string;
  /** Where it comes from: "FIBAA 23/016 · condition 6" or "Control loop: …". */
  context: string;
  /** Null for a whole-condition item, which concerns every certificate of its procedure. */
  certificate: { slug: string; name: string } | null;
  organisation: { slug: string; name: string };
  assigneeName: string | null;
  dueOn: Date | null;
  /** Calendar days (UTC) until the due date; negative when overdue; null without a due date. */
  daysLeft: number | null;
  state: TDueState;
  statusLabel: string;
  href: string;
};

function computeState(isOpen: boolean, daysLeft: number | null): TDueState {
  if (!isOpen) return 'done';
  return daysLeft !== null && daysLeft < 0 ? 'overdue' : 'open';
}

function matchesStatus(row: TDueRow, status: TDueFilters['status']): boolean {
  if (status === 'all') return true;
  if (status === 'open') return row.state !== 'done';
  return row.state === status;
}

/** Soonest first; rows without a due date last; then by title for a stable order. */
function compareRows(a: TDueRow, b: TDueRow): number {
  const byDue = (a.dueOn?.getTime() ?? Number.POSITIVE_INFINITY) - (b.dueOn?.getTime() ?? Number.POSITIVE_INFINITY);
  return byDue !== 0 && !Number.isNaN(byDue) ? byDue : a.title.localeCompare(b.title);
}

async function listDueChecklistItems(actor: TActor, filters: TDueFilters, now: Date): Promise<TDueRow[]> {
  const where: Prisma.ChecklistItemWhereInput[] = [checklistItemScope(actor, now)];
  if (filters.certificate) {
    const slug = filters.certificate;
    // A whole-condition item has no certificate of its own; it concerns every certificate its procedure covers.
    where.push({ OR: [{ certificate: { slug } }, { certificateId: null, condition: { procedure: { certificates: { some: { certificate: { slug } } } } } }] });
  }
  if (filters.organisation) where.push({ assigneeOrganisation: { slug: filters.organisation } });
  const items = await getDb().checklistItem.findMany({
    where: { AND: where },
    include: {
      certificate: { select: { slug: true, name: true } },
      assigneeOrganisation: { select: { slug: true, name: true } },
      assigneeUser: { select: { name: true } },
      condition: { include: { procedure: { include: { agency: { select: { name: true } } } } } },
    },
  });
  return items.map((item) => {
    const { condition } = item;
    const dueOn = getEffectiveDueOn(item, condition, condition.procedure);
    const daysLeft = dueOn ? computeDaysLeft(dueOn, now) : null;
    const isOpen = isChecklistItemOpen(item.status, condition.status);
    return {
      subjectType: 'checklist-item',
      id: item.id,
      title: item.title,
      context: `${condition.procedure.agency.name} ${condition.procedure.projectNumber} · condition ${condition.number}`,
      certificate: item.certificate,
      organisation: item.assigneeOrganisation,
      assigneeName: item.assigneeUser?.name ?? null,
      dueOn,
      daysLeft,
      state: computeState(isOpen, daysLeft),
      statusLabel: isOpen || item.status === 'DONE' ? formatEnum(item.status) : `Closed (condition ${formatEnum(condition.status).toLowerCase()})`,
      href: checklistItemHref(condition.procedureId, item.id),
    };
  });
}

async function listDueMeasures(actor: TActor, filters: TDueFilters, now: Date): Promise<TDueRow[]> {
  const measures = await getDb().measure.findMany({
    where: {
      loop: { AND: [controlLoopScope(actor, now), filters.certificate ? { certificate: { slug: filters.certificate } } : {}] },
      ...(filters.organisation ? { ownerOrganisation: { slug: filters.organisation } } : {}),
    },
    include: {
      ownerOrganisation: { select: { slug: true, name: true } },
      ownerUser: { select: { name: true } },
      loop: { include: { certificate: { select: { slug: true, name: true } } } },
    },
  });
  return measures.map((measure) => {
    const daysLeft = computeDaysLeft(measure.dueOn, now);
    return {
      subjectType: 'measure',
      id: measure.id,
      title: measure.title,
      context: `Control loop: ${measure.loop.title}`,
      certificate: measure.loop.certificate,
      organisation: measure.ownerOrganisation,
      assigneeName: measure.ownerUser?.name ?? null,
      dueOn: measure.dueOn,
      daysLeft,
      state: computeState(isMeasureOpen(measure.status), daysLeft),
      statusLabel: formatEnum(measure.status),
      href: measureHref(measure.loop.certificate.slug, measure.loopId),
    };
  });
}

export async function listDue(actor: TActor, filters: TDueFilters, now: Date = getNow()): Promise<TDueRow[]> {
  const [items, measures] = await Promise.all([listDueChecklistItems(actor, filters, now), listDueMeasures(actor, filters, now)]);
  return [...items, ...measures].filter((row) => matchesStatus(row, filters.status)).sort(compareRows);
}

/** The choices of the filter form: the certificates in scope, and the organisations that hold work the actor sees. */
export async function listDueFilterOptions(actor: TActor, now: Date = getNow()) {
  const db = getDb();
  const [certificates, organisations] = await Promise.all([
    db.certificate.findMany({ where: certificateScope(actor, now), select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
    db.organisation.findMany({
      where: {
        OR: [{ assignedChecklistItems: { some: checklistItemScope(actor, now) } }, { ownedMeasures: { some: { loop: controlLoopScope(actor, now) } } }],
      },
      select: { slug: true, name: true },
      orderBy: { name: 'asc' },
    }),
  ]);
  return { certificates, organisations };
}
