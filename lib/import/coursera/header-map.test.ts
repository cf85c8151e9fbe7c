import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { TABLE_SPECS } from './header-map';

// The Prisma schema is the one description of the database; the header map must agree with it.
const schema = readFileSync(join(__dirname, '../../../prisma/schema.prisma'), 'utf8');
const PRISMA_TYPE = { text: 'String', int: 'Int', float: 'Float', bool: 'Boolean', timestamp: 'DateTime', date: 'DateTime' } as const;

function modelFor(table: string): string {
  const match = new RegExp(`model \\w+ \\{([^}]*)@@map\\("${table}"\\)`, 's').exec(schema);
  if (!match?.[1]) throw new Error(`no model maps to ${table}`);
  return match[1];
}

test.each(TABLE_SPECS.map((spec) => [spec.table, spec] as const))('%s: every mapped column exists in the Prisma model with its type', (_table, spec) => {
  const model = modelFor(spec.target);
  for (const column of spec.columns) {
    const optional = column.isRequired ? '' : '\\?';
    expect(model, `${spec.target}.${column.column}`).toMatch(new RegExp(`\\n\\s+${column.column}\\s+${PRISMA_TYPE[column.type]}${optional}\\s`));
  }
  for (const column of ['import_id', 'line']) expect(model).toMatch(new RegExp(`\\n\\s+${column}\\s`));
});

test('course- and branch-scoped tables carry a course id, so a newer export can replace their snapshot', () => {
  for (const spec of TABLE_SPECS.filter((entry) => entry.snapshot === 'course' || entry.snapshot === 'branch')) {
    expect(modelFor(spec.target), spec.target).toMatch(/\n\s+course_id\s+String\s/);
  }
});

test('every header name is used by one column of a table only', () => {
  for (const spec of TABLE_SPECS) {
    const headers = spec.columns.flatMap((column) => column.headers);
    expect(new Set(headers).size, spec.table).toBe(headers.length);
  }
});
