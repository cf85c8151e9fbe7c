import { parseArgs } from 'node:util';
import { generateDueNotifications } from '@/lib/notifications/generate-notifications';
import { CliError } from '../cli-error';

const USAGE = 'usage: notify [--json]';

/**
 * `notify`: creates today's due-date warnings (and, with CERTQA_MAIL_OUTBOX_DIR, their .eml files).
 * Meant for cron, e.g. daily; running it more often, or twice, adds nothing already there.
 */
export async function notifyCommand(args: string[]): Promise<void> {
  let json = false;
  try {
    json = Boolean(parseArgs({ args, options: { json: { type: 'boolean' } } }).values.json);
  } catch {
    throw new CliError(USAGE, 2);
  }
  const result = await generateDueNotifications();
  if (json) {
    console.log(
      JSON.stringify(
        {
          subjects: result.subjects,
          created: result.created.map((notification) => ({ ...notification, dueOn: notification.dueOn.toISOString() })),
          mailFiles: result.mailFiles,
        },
        null,
        2,
      ),
    );
    return;
  }
  console.log(`${result.subjects} open item(s) and measure(s) within a warning period; ${result.created.length} new notification(s).`);
  for (const notification of result.created) console.log(`  ${notification.recipient.email}\t${notification.kind}\t${notification.title}`);
  if (result.mailFiles.length) console.log(`${result.mailFiles.length} e-mail(s) written to ${process.env.CERTQA_MAIL_OUTBOX_DIR}`);
}
