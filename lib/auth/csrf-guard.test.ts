// A guard against a state-changing route handler that forgets its CSRF check. Session cookies ride
// along on cross-site requests, so every POST/PUT/PATCH/DELETE handler under app/api must either
// check the request's origin (lib/auth/same-origin.ts) or accept nothing but a bearer API token,
// which a browser never attaches on its own. A static reading of the source is enough to catch the
// omission when a route is added. Server actions are checked by Next.js (Origin vs Host) instead.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const API_DIR = join(ROOT, 'app', 'api');
const STATE_CHANGING = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Routes with their own CSRF defence, and why. */
const OWN_DEFENCE: Record<string, string> = {
  // next-auth checks its double-submit CSRF token on every POST (sign-in, sign-out).
  'app/api/auth/[...nextauth]/route.ts': 'next-auth CSRF token',
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === 'route.ts' ? [path] : [];
  });
}

/**
 * A top-level declaration from `start` to its closing brace, which Biome puts in column 0 ("}" or
 * "};"). Counting braces would trip over return types such as `Promise<{ ok: true }>`.
 */
function declarationFrom(source: string, start: number): string {
  const end = source.indexOf('\n}', start);
  return end === -1 ? source.slice(start) : source.slice(start, end + 2);
}

/** The source of each exported state-changing handler; a re-export (`export { h as POST }`) means the whole file. */
function stateChangingHandlers(source: string): { method: string; body: string }[] {
  const handlers: { method: string; body: string }[] = [];
  for (const method of STATE_CHANGING) {
    const declared = new RegExp(`export\\s+(?:async\\s+)?function\\s+${method}\\s*\\(|export\\s+const\\s+${method}\\s*=`).exec(source);
    if (declared) handlers.push({ method, body: declarationFrom(source, declared.index) });
    else if (new RegExp(`export\\s*\\{[^}]*\\bas\\s+${method}\\b[^}]*\\}`).test(source)) handlers.push({ method, body: source });
  }
  return handlers;
}

function checksOriginDirectly(body: string): boolean {
  return /\b\w*SameOrigin\s*\(/.test(body);
}

function isTokenOnly(body: string): boolean {
  return /\bauthenticateApiToken\s*\(/.test(body) && !/\b(getActor|getRequestActor|requireActor|getServerSession)\s*\(/.test(body);
}

/** Local names imported from project modules ('@/…' or relative), with the file and exported name. */
function projectImports(source: string, file: string): Map<string, { path: string; name: string }> {
  const imports = new Map<string, { path: string; name: string }>();
  for (const match of source.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    const specifier = match[2] ?? '';
    if (!specifier.startsWith('@/') && !specifier.startsWith('.')) continue;
    const base = specifier.startsWith('@/') ? join(ROOT, specifier.slice(2)) : join(dirname(file), specifier);
    const path = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
    if (!path) continue;
    for (const part of (match[1] ?? '').split(',')) {
      const [name, local] = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/);
      if (name) imports.set((local ?? name).trim(), { path, name: name.trim() });
    }
  }
  return imports;
}

/**
 * Safe when the handler checks the origin, or is token-only, itself or in a project function it
 * calls (a shared upload helper, say), followed up to `depth` calls deep.
 */
function isCsrfSafe(body: string, file: string, depth = 3): boolean {
  if (checksOriginDirectly(body) || isTokenOnly(body)) return true;
  if (depth === 0 || !file) return false;
  const source = readFileSync(file, 'utf8');
  for (const [local, target] of projectImports(source, file)) {
    if (!new RegExp(`\\b${local}\\s*[(<]`).test(body)) continue;
    const targetSource = readFileSync(target.path, 'utf8');
    const declared = new RegExp(`export\\s+(?:async\\s+)?function\\s+${target.name}\\s*[(<]`).exec(targetSource);
    if (declared && isCsrfSafe(declarationFrom(targetSource, declared.index), target.path, depth - 1)) return true;
  }
  return false;
}

test('the reader finds handlers and tells guarded from unguarded ones', () => {
  const guarded = [
    'export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {',
    '  const actor = await getActor();',
    '  if (!isSameOrigin(request)) return deny();',
    '}',
    'export async function DELETE(request: Request) {',
    '  return remove(await getActor(), isSameOriginLater);',
    '}',
  ].join('\n');
  const handlers = stateChangingHandlers(guarded);
  expect(handlers.map((handler) => handler.method)).toEqual(['POST', 'DELETE']);
  expect(handlers.map((handler) => isCsrfSafe(handler.body, ''))).toEqual([true, false]);
  expect(isCsrfSafe('export const PUT = async (request) => { const actor = await authenticateApiToken(request.headers.get("authorization")); }', '')).toBe(
    true,
  );
  expect(stateChangingHandlers('const handler = NextAuth(); export { handler as GET, handler as POST };').map((handler) => handler.method)).toEqual(['POST']);
});

test('every state-changing route handler under app/api checks the origin or accepts only API tokens', () => {
  const files = routeFiles(API_DIR);
  expect(files.length).toBeGreaterThan(0);
  const unguarded: string[] = [];
  for (const file of files) {
    const name = relative(ROOT, file).split('\\').join('/');
    if (OWN_DEFENCE[name]) continue;
    for (const handler of stateChangingHandlers(readFileSync(file, 'utf8'))) {
      if (!isCsrfSafe(handler.body, file)) unguarded.push(`${handler.method} ${name}`);
    }
  }
  expect(unguarded, 'add `if (!isSameOrigin(request)) return 403` (lib/auth/same-origin.ts) to these handlers').toEqual([]);
});

test('the handlers exempted above still exist, so the list does not rot', () => {
  const names = routeFiles(API_DIR).map((file) => relative(ROOT, file).split('\\').join('/'));
  for (const name of Object.keys(OWN_DEFENCE)) expect(names).toContain(name);
});
