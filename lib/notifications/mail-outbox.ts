// Optional e-mail delivery without any network: one .eml file per new notification in a pickup
// directory (CERTQA_MAIL_OUTBOX_DIR) from which any MTA can deliver. Each file is written under a
// temporary dot-name and renamed, so a pickup process never reads half a message.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDate } from '@/lib/utils/format';
import { computeDaysLeft, DUE_WARNING_LABELS, describeDaysLeft } from './due-warning';
import type { TCreatedNotification } from './generate-notifications';
import { formatMailMessage } from './mail-message';

export type TMailOutboxOptions = {
  /** The pickup directory; created when missing. */
  directory: string;
  /** Public URL of the app (NEXTAUTH_URL), to turn the notification's path into a link. */
  baseUrl?: string;
  now: Date;
};

function getSenderDomain(baseUrl: string | undefined): string {
  try {
    return baseUrl ? new URL(baseUrl).hostname || 'localhost' : 'localhost';
  } catch {
    return 'localhost';
  }
}

function composeText(notification: TCreatedNotification, link: string, now: Date): string {
  const daysLeft = computeDaysLeft(notification.dueOn, now);
  return [
    `Hello ${notification.recipient.name},`,
    '',
    `${DUE_WARNING_LABELS[notification.kind]}: ${notification.title}`,
    `Due on ${formatDate(notification.dueOn)} (${describeDaysLeft(daysLeft)}).`,
    '',
    `Open it in CertQA: ${link}`,
    '',
    'You receive this because it is assigned to you or your organisation, or because you are a quality manager of its platform.',
  ].join('\n');
}

/** Writes the messages; returns the paths of the files written. */
export function writeNotificationsToMailOutbox(notifications: TCreatedNotification[], options: TMailOutboxOptions): string[] {
  if (notifications.length === 0) return [];
  mkdirSync(options.directory, { recursive: true });
  const baseUrl = options.baseUrl?.replace(/\/+$/, '');
  const domain = getSenderDomain(baseUrl);
  const stamp = options.now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return notifications.map((notification) => {
    const message = formatMailMessage({
      from: { name: 'CertQA', email: `no-reply@${domain}` },
      to: { name: notification.recipient.name, email: notification.recipient.email },
      subject: `CertQA: ${DUE_WARNING_LABELS[notification.kind]}: ${notification.title}`,
      text: composeText(notification, `${baseUrl ?? ''}${notification.href}`, options.now),
      date: options.now,
      messageId: `${notification.id}@${domain}`,
    });
    const name = `${stamp}-${notification.id}.eml`;
    const temporary = join(options.directory, `.${name}.tmp`);
    writeFileSync(temporary, message, 'utf8');
    const path = join(options.directory, name);
    renameSync(temporary, path);
    return path;
  });
}
