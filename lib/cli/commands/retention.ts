import { parseArgs } from 'node:util';
import { SYSTEM_ACTOR } from '@/lib/auth/system-actor';
import { getNow } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import { getDatabaseUrl } from '@/lib/env';
import { NotFoundError } from '@/lib/errors';
import { ImportBusyError } from '@/lib/import/import-busy-error';
import { countRawRows, deleteImportRawRows, RetentionRefusedError, type TRawRowsDeletion } from '@/lib/retention/delete-raw-rows';
import { findRetentionCandidates, type TRetentionCandidate } from '@/lib/retention/find-candidates';
import { describeCurrentImportRisk, needsForce } from '@/lib/retention/retention-rule';
import { CliError } from '../cli-error';

const USAGE = 'usage: retention (--import <id> | --superseded | --older-than <days>) [--force] [--dry-run] [--json]';

type TOutcome =
  | { importId: string; status: 'deleted'; deletion: TRawRowsDeletion }
  | { importId: string; status: 'would-delete'; rowsByTable: Record<string, number>; totalRows: number; warning: string | null }
  | { importId: string; status: 'skipped'; reason: string };

function printTable(rowsByTable: Record<string, number>) {
  for (const [table, rows] of Object.entries(rowsByTable)) if (rows > 0) console.log(`  ${table.padEnd(32)} ${rows.toLocaleString('en').padStart(12)} rows`);
}

function printOutcome(outcome: TOutcome, candidate: TRetentionCandidate) {
  const label = `import ${outcome.importId} (${candidate.sourceName}, imported ${candidate.finishedAt.toISOString().slice(0, 10)})`;
  if (outcome.status === 'skipped') {
    console.log(`Skipped ${label}: ${outcome.reason}`);
    return;
  }
  const rowsByTable = outcome.status === 'deleted' ? outcome.deletion.rowsByTable : outcome.rowsByTable;
  const total = outcome.status === 'deleted' ? outcome.deletion.totalRows : outcome.totalRows;
  const warning = outcome.status === 'deleted' ? outcome.deletion.warning : outcome.warning;
  console.log(`${outcome.status === 'deleted' ? 'Deleted' : 'Would delete'} ${total.toLocaleString('en')} raw rows of ${label}; summaries and provenance kept`);
  printTable(rowsByTable);
  if (warning) console.log(`  warning: ${warning}`);
}

/**
 * `retention`: deletes imports' raw export rows and keeps their summaries and provenance (README:
 * Data retention). A named import that holds current courses is refused without --force; in a
 * batch (--superseded, --older-than) such imports are skipped and listed.
 */
export async function retentionCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      import: { type: 'string' },
      superseded: { type: 'boolean', default: false },
      'older-than': { type: 'string' },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const days = values['older-than'] === undefined ? null : Number(values['older-than']);
  if (days !== null && (!Number.isFinite(days) || days < 0)) throw new CliError('--older-than must be a number of days (0 or more)', 2);
  if (!values.import && !values.superseded && days === null) throw new CliError(USAGE, 2);

  await migrateDatabase(getDatabaseUrl());
  const db = getDb();
  const candidates = await findRetentionCandidates(db, {
    importId: values.import,
    superseded: values.superseded,
    finishedBefore: days === null ? undefined : new Date(getNow().getTime() - days * 86_400_000),
  });
  if (values.import && candidates.length === 0)
    throw new CliError(`no import ${values.import}${values.superseded || days !== null ? ' matching the other conditions' : ''}`, 2);

  const outcomes: TOutcome[] = [];
  for (const candidate of candidates) {
    const { importId } = candidate;
    let outcome: TOutcome;
    if (candidate.rawRowsDeletedAt) {
      outcome = { importId, status: 'skipped', reason: `raw rows already deleted on ${candidate.rawRowsDeletedAt.toISOString()}` };
    } else if (needsForce(candidate) && !values.force) {
      if (values.import) throw new CliError(`refused: ${describeCurrentImportRisk(candidate)}. Run again with --force to delete them anyway.`);
      outcome = { importId, status: 'skipped', reason: 'holds the current snapshot of some courses (see --force)' };
    } else if (values['dry-run']) {
      const rowsByTable = await countRawRows(db, importId);
      const totalRows = Object.values(rowsByTable).reduce((sum, rows) => sum + rows, 0);
      outcome = { importId, status: 'would-delete', rowsByTable, totalRows, warning: needsForce(candidate) ? describeCurrentImportRisk(candidate) : null };
    } else {
      try {
        outcome = { importId, status: 'deleted', deletion: await deleteImportRawRows(SYSTEM_ACTOR, importId, { force: values.force }) };
      } catch (error) {
        if (error instanceof RetentionRefusedError || error instanceof ImportBusyError || error instanceof NotFoundError) throw new CliError(error.message);
        throw error;
      }
    }
    outcomes.push(outcome);
    if (!values.json) printOutcome(outcome, candidate);
  }
  if (values.json) console.log(JSON.stringify(outcomes, null, 2));
  else if (candidates.length === 0) console.log('No import matches; nothing deleted.');
}
