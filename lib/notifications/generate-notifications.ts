// Turns today's due-date warnings into Notification rows. Idempotent: a row is keyed by
// (user, subject, kind, due date), so generating twice adds nothing, while a changed due date is a
// new key and warns again. Runs from `certqa notify` (cron) and lazily from the dashboard layout.
//
// Rows that already exist are read first and skipped; a row inserted meanwhile by a concurrent run
// (another process, another request) hits the unique key and is skipped too. Both dialects report
// that as Prisma's P2002, so no dialect-specific "ON CONFLICT" is needed.
import { getNow } from '@/lib/clock';
import { getDb, type TDb } from '@/lib/db/client';
import type { NotificationKind } from '@/lib/db/generated/sqlite/enums';
import { env } from '@/lib/env';
import { collectDueSubjects } from './collect-due-subjects';
import type { TSubjectType } from './due-subjects';
import { writeNotificationsToMailOutbox } from './mail-outbox';
import { resolveRecipients, type TRecipient } from './resolve-recipients';

export type TGenerateNotificationsOptions = {
  db?: TDb;
  now?: Date;
  /** Pickup directory for .eml copies of new notifications; null writes none. Default: CERTQA_MAIL_OUTBOX_DIR. */
  mailOutboxDir?: string | null;
  /** Public URL for the links in e-mails. Default: NEXTAUTH_URL. */
  baseUrl?: string;
};

export type TCreatedNotification = {
  id: string;
  kind: NotificationKind;
  subjectType: TSubjectType;
  subjectId: string;
  title: string;
  href: string;
  dueOn: Date;
  recipient: TRecipient;
};

export type TGenerateNotificationsResult = {
  /** Open subjects a warning applies to today. */
  subjects: number;
  created: TCreatedNotification[];
  mailFiles: string[];
};

const keyOf = (row: { userId: string; subjectType: string; subjectId: string; kind: string; dueOn: Date }) =>
  `${row.userId}|${row.subjectType}|${row.subjectId}|${row.kind}|${row.dueOn.getTime()}`;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

export async function generateDueNotifications(options: TGenerateNotificationsOptions = {}): Promise<TGenerateNotificationsResult> {
  const db = options.db ?? getDb();
  const now = options.now ?? getNow();
  const subjects = await collectDueSubjects(db, now);
  const recipients = await resolveRecipients(db, subjects, now);

  const existing = subjects.length
    ? await db.notification.findMany({
        where: { subjectId: { in: subjects.map((subject) => subject.subjectId) } },
        select: { userId: true, subjectType: true, subjectId: true, kind: true, dueOn: true },
      })
    : [];
  const known = new Set(existing.map(keyOf));

  const created: TCreatedNotification[] = [];
  for (const [index, subject] of subjects.entries()) {
    for (const recipient of recipients[index] ?? []) {
      const data = {
        userId: recipient.userId,
        kind: subject.kind,
        subjectType: subject.subjectType,
        subjectId: subject.subjectId,
        title: subject.title,
        href: subject.href,
        dueOn: subject.dueOn,
      };
      if (known.has(keyOf(data))) continue;
      try {
        const row = await db.notification.create({ data, select: { id: true } });
        created.push({
          id: row.id,
          kind: data.kind,
          subjectType: data.subjectType,
          subjectId: data.subjectId,
          title: data.title,
          href: data.href,
          dueOn: data.dueOn,
          recipient,
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      known.add(keyOf(data));
    }
  }

  const mailOutboxDir = options.mailOutboxDir === undefined ? env.CERTQA_MAIL_OUTBOX_DIR : options.mailOutboxDir;
  const mailFiles = mailOutboxDir
    ? writeNotificationsToMailOutbox(created, { directory: mailOutboxDir, baseUrl: options.baseUrl ?? process.env.NEXTAUTH_URL, now })
    : [];
  return { subjects: subjects.length, created, mailFiles };
}
