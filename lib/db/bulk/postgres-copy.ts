// PostgreSQL bulk path: COPY … FROM STDIN in text format over one connection and transaction.
// Rows are serialised in Node (already validated) and streamed with back-pressure; COPY is the
// ceiling measured on this kind of machine (≈520k rows/s into a plain table).
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { TColumnType } from '@/lib/import/coursera/header-map';
import type { TCell } from '@/lib/import/coursera/row-plan';
import type { TBulkSession, TTableWriter } from './bulk-session';

const FLUSH_BYTES = 1024 * 1024;

/** COPY text format: tab-separated, `\N` for NULL, backslash escapes for \\, tab, newline, CR. */
export function encodeCopyValue(value: TCell): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  // Fast path: most values need no escaping.
  if (!/[\\\t\n\r]/.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (char) => (char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r'));
}

// Timestamps are stored as UTC wall time (TIMESTAMP without zone, as Prisma does): read them as
// UTC and write Dates as UTC, whatever the server process's time zone.
const TIMESTAMP_OID = 1114;
const utcTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMP_OID ? (value: string) => new Date(`${value.replace(' ', 'T')}Z`) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

function toParam(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

export async function openPostgresBulkSession(databaseUrl: string): Promise<TBulkSession> {
  const client = new pg.Client({ connectionString: databaseUrl, types: utcTypes });
  await client.connect();
  await client.query('BEGIN');
  // Indexes are rebuilt after big loads; give that sort more memory than the 64 MB default.
  await client.query("SET LOCAL maintenance_work_mem = '256MB'");

  const openTableWriter = (table: string, columns: readonly string[], _types: readonly TColumnType[]): TTableWriter => {
    const columnList = columns.map((column) => `"${column}"`).join(', ');
    const stream = client.query(copyFrom(`COPY "${table}" (${columnList}) FROM STDIN`));
    let failure: Error | null = null;
    stream.on('error', (error: Error) => {
      failure = error;
    });
    let buffer = '';
    const flush = async () => {
      if (failure) throw failure;
      if (buffer.length === 0) return;
      const ok = stream.write(buffer);
      buffer = '';
      if (!ok) await new Promise<void>((resolve, reject) => {
        stream.once('drain', resolve);
        stream.once('error', reject);
      });
    };
    return {
      write: async (rows) => {
        for (const row of rows) {
          let line = '';
          for (let index = 0; index < row.length; index += 1) {
            if (index > 0) line += '\t';
            line += encodeCopyValue(row[index] ?? null);
          }
          buffer += `${line}\n`;
        }
        if (buffer.length >= FLUSH_BYTES) await flush();
      },
      end: async () => {
        await flush();
        await new Promise<void>((resolve, reject) => {
          stream.once('finish', resolve);
          stream.once('error', reject);
          stream.end();
        });
        if (failure) throw failure;
      },
      abort: async () => {
        // Destroying a COPY FROM stream sends CopyFail; the server ends the COPY with an error and the
        // connection accepts the ROLLBACK. Without it the ROLLBACK would queue behind an endless COPY.
        if (stream.destroyed) return;
        await new Promise<void>((resolve) => {
          stream.once('close', resolve);
          stream.once('error', () => resolve());
          stream.destroy(new Error('import aborted'));
        });
      },
    };
  };

  return {
    dialect: 'postgres',
    execute: async (sql, params = []) => (await client.query(sql, params.map(toParam))).rowCount ?? 0,
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, params.map(toParam))).rows as T[],
    openTableWriter,
    commit: async () => {
      await client.query('COMMIT');
    },
    rollback: async () => {
      await client.query('ROLLBACK').catch(() => undefined);
    },
    close: async () => {
      await client.end();
    },
  };
}
