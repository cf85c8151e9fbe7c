import { parseArgs } from 'node:util';
import type { TActor } from '@/lib/auth/actor';
import { loadActor } from '@/lib/auth/authenticate';
import { SYSTEM_ACTOR } from '@/lib/auth/system-actor';
import { getDb } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import { getDatabaseUrl } from '@/lib/env';
import { ImportError } from '@/lib/import/coursera/import-error';
import { ImportBusyError } from '@/lib/import/import-busy-error';
import { importExport } from '@/lib/import/import-export';
import { CliError } from '../cli-error';

/**
 * `import <file.zip|folder> [--json] [--as <email>] [--organisation <platform-slug>]`
 * Runs as the quality manager named by --as, else as the local operator for the platform
 * organisation named by --organisation (default: the only platform organisation).
 */
export async function importCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, as: { type: 'string' }, organisation: { type: 'string' } },
  });
  const path = positionals[0];
  if (!path) throw new CliError('usage: import <file.zip|folder> [--json] [--as <email>] [--organisation <platform-slug>]', 2);
  await migrateDatabase(getDatabaseUrl());
  const db = getDb();

  let actor: TActor = SYSTEM_ACTOR;
  let platformOrganisationId: string | null = null;
  if (values.as) {
    const user = await db.user.findUnique({ where: { email: values.as.toLowerCase() } });
    const loaded = user ? await loadActor(db, user.id) : null;
    if (!loaded) throw new CliError(`no active user ${values.as}`, 2);
    actor = loaded;
  } else {
    const platforms = await db.organisation.findMany({ where: { kind: 'PLATFORM', ...(values.organisation ? { slug: values.organisation } : {}) } });
    if (platforms.length === 1) platformOrganisationId = platforms[0]?.id ?? null;
    else if (values.organisation) throw new CliError(`no platform organisation "${values.organisation}"`, 2);
  }

  const started = Date.now();
  let lastLine = 0;
  try {
    const summary = await importExport(actor, {
      sourcePath: path,
      platformOrganisationId,
      onProgress: (progress) => {
        if (values.json || Date.now() - lastLine < 1000) return;
        lastLine = Date.now();
        const rate = progress.rowsPerSecond ? `, ${Math.round(progress.rowsPerSecond).toLocaleString('en')} rows/s` : '';
        process.stderr.write(
          `  ${progress.phase}${progress.file ? ` ${progress.file}` : ''}${progress.totalRows ? `: ${progress.totalRows.toLocaleString('en')} rows${rate}` : ''}\n`,
        );
      },
    });
    if (values.json) {
      console.log(JSON.stringify(summary, null, 2));
      return;
    }
    if (summary.status === 'unchanged') {
      console.log(`Unchanged: ${summary.warnings[0] ?? 'identical export already imported'}`);
      return;
    }
    console.log(
      `Imported ${summary.sourceName} (${summary.partnerPrefix}, ${summary.anonymity.toLowerCase()}) as ${summary.importId} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    for (const table of summary.tables) console.log(`  ${table.file.padEnd(48)} ${table.rows.toLocaleString('en').padStart(12)} rows`);
    console.log(
      `  ${summary.rowCount.toLocaleString('en')} rows, ${summary.courseCount} courses; certificates created: ${summary.certificates.created.join(', ') || 'none'}; updated: ${summary.certificates.updated.join(', ') || 'none'}`,
    );
    for (const warning of summary.warnings) console.log(`  warning: ${warning}`);
  } catch (error) {
    if (error instanceof ImportError || error instanceof ImportBusyError) throw new CliError(`import refused, nothing changed: ${error.message}`);
    throw error;
  }
}
