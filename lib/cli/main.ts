// `npm run certqa -- <command>`: the command line drives the same lib code as the web app.

import { toSafeLogLine } from '@/lib/safe-log';
import { CliError } from './cli-error';
import { auditCommand } from './commands/audit';
import { demoCommand } from './commands/demo';
import { demoExportCommand } from './commands/demo-export';
import { evidenceCommand } from './commands/evidence';
import { importCommand } from './commands/import';
import { metricsCommand } from './commands/metrics';
import { migrateCommand } from './commands/migrate';
import { notifyCommand } from './commands/notify';
import { retentionCommand } from './commands/retention';
import { tokensCommand } from './commands/tokens';
import { usersCommand } from './commands/users';

const COMMANDS: Record<string, { run: (args: string[]) => Promise<void>; summary: string }> = {
  audit: { run: auditCommand, summary: 'audit verify: check that no audit-log entry was changed or removed' },
  metrics: { run: metricsCommand, summary: 'metrics <certificate-slug> [--json] [--as <email>]: the figures of a certificate' },
  migrate: { run: migrateCommand, summary: 'apply pending database migrations' },
  evidence: {
    run: evidenceCommand,
    summary:
      'evidence <procedure id | project number | certificate slug> --out report.pdf [--bundle bundle.zip] [--as <email>] | evidence verify <bundle.zip> [--as <email>] [--json]',
  },
  import: { run: importCommand, summary: 'import <file.zip|folder> [--json] [--as <email>]: load a Coursera research export' },
  demo: { run: demoCommand, summary: 'load the demo (FIBAA 23/016 facts, demo users, a generated export through the importer) [--if-empty] [--learners N]' },
  'demo-export': { run: demoExportCommand, summary: 'demo-export --learners N --out x.zip [--seed S] [--isolated]: write the deterministic demo export' },
  notify: { run: notifyCommand, summary: 'notify [--json]: create due-date notifications (and .eml files when CERTQA_MAIL_OUTBOX_DIR is set); for cron' },
  retention: {
    run: retentionCommand,
    summary:
      "retention --import <id> | --superseded | --older-than <days> [--force] [--dry-run] [--json]: delete imports' raw export rows, keep summaries and provenance",
  },
  tokens: { run: tokensCommand, summary: 'tokens create --user E --name N [--days D] | tokens list | tokens revoke <id>: API tokens' },
  users: { run: usersCommand, summary: 'users create --email E --name N --role R --organisation SLUG [--password P] | users list' },
};

function printHelp() {
  console.log('usage: npm run certqa -- <command> [options]\n');
  for (const [name, command] of Object.entries(COMMANDS)) console.log(`  ${name.padEnd(10)} ${command.summary}`);
  console.log('\nThe database is DATABASE_URL (default: SQLite file data/certqa.db).');
}

async function main() {
  const [name, ...args] = process.argv.slice(2);
  if (!name || name === 'help' || name === '--help') {
    printHelp();
    return;
  }
  const command = COMMANDS[name];
  if (!command) throw new CliError(`unknown command "${name}" (try: npm run certqa -- help)`, 2);
  await command.run(args);
}

main()
  .then(async () => {
    const { disconnectDb } = await import('@/lib/db/client');
    await disconnectDb();
    // Benchmarks read the peak resident set size of the whole command from here.
    if (process.env.CERTQA_REPORT_MAX_RSS) console.error(`certqa-max-rss-kib ${process.resourceUsage().maxRSS}`);
  })
  .catch((error: unknown) => {
    if (error instanceof CliError) {
      console.error(`certqa: ${error.message}`);
      process.exit(error.exitCode);
    }
    // The operator's terminal, but still no learner data: driver errors may quote row values.
    console.error(`certqa: unexpected error ${toSafeLogLine(error)}`);
    process.exit(1);
  });
