#!/usr/bin/env node
// Proves that the isolation suite guards every scope check: for each call of a scope function
// (certificateScope, procedureScope, courseScope, checklistItemScope, controlLoopScope) in lib/,
// replace that one call with `{}` (no restriction), run the isolation suite, and expect it to fail.
// A mutant that survives names a scope check no test would miss. Restores every file afterwards.
//   node scripts/check-scope-mutations.mjs [path-fragment]   (e.g. lib/evidence-report to check one module)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const SCOPE_CALL = /\b(certificateScope|procedureScope|courseScope|checklistItemScope|controlLoopScope)\(actor(?:, [a-zA-Z]+)?\)/g;
const SUITE = 'lib/auth/isolation.integration.test.ts';
const only = process.argv[2];

function listSources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' || name === 'testing' ? [] : listSources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !path.endsWith('lib/auth/scope.ts') ? [path] : [];
  });
}

const mutants = [];
const redundant = [];
for (const file of listSources(join(root, 'lib')).filter((path) => !only || path.includes(only))) {
  const source = readFileSync(file, 'utf8');
  const lines = source.split('\n');
  for (const match of source.matchAll(SCOPE_CALL)) {
    const line = source.slice(0, match.index).split('\n').length;
    const mutant = { file, index: match.index, text: match[0], line };
    // A second check of what an enclosing, already scoped lookup guarantees cannot change any
    // outcome; it is marked in the code with its reason and listed here instead of being mutated.
    if (/scope-redundant:/.test(`${lines[line - 2] ?? ''}${lines[line - 1] ?? ''}`)) redundant.push(mutant);
    else mutants.push(mutant);
  }
}
for (const mutant of redundant) console.log(`redundant by design (marked): ${relative(root, mutant.file)}:${mutant.line} ${mutant.text}`);
console.log(`${mutants.length} scope checks found; running the isolation suite once per removed check …`);
const survivors = [];
for (const [number, mutant] of mutants.entries()) {
  const original = readFileSync(mutant.file, 'utf8');
  writeFileSync(mutant.file, `${original.slice(0, mutant.index)}{}${original.slice(mutant.index + mutant.text.length)}`);
  try {
    const run = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'integration', SUITE], {
      cwd: root,
      env: { ...process.env, CERTQA_TEST_DIALECT: 'sqlite' },
      encoding: 'utf8',
    });
    const caught = run.status !== 0;
    const where = `${relative(root, mutant.file)}:${mutant.line} ${mutant.text}`;
    console.log(`${String(number + 1).padStart(3)}. ${caught ? 'caught  ' : 'SURVIVED'} ${where}`);
    if (!caught) survivors.push(where);
  } finally {
    writeFileSync(mutant.file, original);
  }
}
console.log(`\n${mutants.length - survivors.length} of ${mutants.length} removed scope checks made the isolation suite fail.`);
if (survivors.length) {
  console.log(`Not caught:\n${survivors.map((where) => `  ${where}`).join('\n')}`);
  process.exit(1);
}
