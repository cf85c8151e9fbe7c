// Dashboard benchmark: server time of the certificate dashboard and of the metrics JSON with a
// small and a large import side by side, measured with a load tool (autocannon) on loopback.
// Pages read only summary tables, so the large/small ratio should stay near 1 (target ≤ 1.5).
//   npm run bench -- dashboard [--small 200] [--large 20000] [--seconds 15]
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const root = resolve(__dirname, '..');
const workDir = join(root, '.tmp', 'bench-dashboard');
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
const next = join(root, 'node_modules/next/dist/bin/next');

function prepare(learners: number): { dataDir: string; progressRows: number } {
  const dataDir = join(workDir, `learners-${learners}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, CERTQA_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, [tsx, 'lib/cli/main.ts', 'demo', '--learners', String(learners)], { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  const rows = /imported ([\d,]+) rows/.exec(result.stdout);
  const count = spawnSync('sqlite3', [join(dataDir, 'certqa.db'), 'SELECT COUNT(*) FROM export_course_progress'], { encoding: 'utf8' });
  return { dataDir, progressRows: Number(count.stdout.trim() || (rows?.[1] ?? '0').replaceAll(',', '')) };
}

async function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, CERTQA_DATA_DIR: dataDir, NEXTAUTH_URL: `http://localhost:${port}` };
  delete env.DATABASE_URL;
  const server = spawn(process.execPath, [next, 'start', '-p', String(port)], { cwd: root, env, stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`http://localhost:${port}/login`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error('server did not start');
}

/** Signs in through next-auth's credentials endpoint and returns the session cookie. */
async function signIn(port: number): Promise<string> {
  const base = `http://localhost:${port}`;
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
    body: new URLSearchParams({ csrfToken, email: 'quality@coursera.demo', password: 'certqa-demo-2026', json: 'true' }),
  });
  const session = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).find((cookie) => cookie?.startsWith('next-auth.session-token='));
  if (!session) throw new Error('sign-in failed');
  return session;
}

async function measure(url: string, cookie: string, seconds: number): Promise<{ p50: number; p95: number; requests: number; errors: number }> {
  const result = await autocannon({ url, connections: 4, duration: seconds, headers: { cookie } });
  return { p50: result.latency.p50, p95: result.latency.p97_5 ?? result.latency.p99, requests: result.requests.total, errors: result.errors + result.non2xx };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

type TMeasure = Awaited<ReturnType<typeof measure>>;

export async function dashboardBenchmark(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { small: { type: 'string', default: '200' }, large: { type: 'string', default: '20000' }, seconds: { type: 'string', default: '5' }, rounds: { type: 'string', default: '5' } },
  });
  const seconds = Number(values.seconds);
  const rounds = Number(values.rounds);
  const spawnBuild = spawnSync(process.execPath, [next, 'build'], { cwd: root, stdio: 'inherit' });
  if (spawnBuild.status !== 0) throw new Error('build failed');
  const sides = [
    { label: 'small', learners: Number(values.small), port: 3301 },
    { label: 'large', learners: Number(values.large), port: 3302 },
  ] as const;
  const prepared = sides.map((side) => {
    console.log(`Preparing the ${side.label} database (${side.learners} learners) …`);
    return { ...side, ...prepare(side.learners) };
  });
  // Both servers run side by side; measurements alternate small/large in rounds, so that noise from
  // a shared machine falls on both sides alike instead of on whichever ran second.
  const servers: ChildProcess[] = [];
  try {
    const running = [];
    for (const side of prepared) {
      servers.push(await startServer(side.dataDir, side.port));
      running.push({ ...side, base: `http://localhost:${side.port}`, cookie: await signIn(side.port), page: [] as TMeasure[], json: [] as TMeasure[] });
    }
    for (const side of running) await measure(`${side.base}/certificates/ibm-data-science/dashboard`, side.cookie, 3); // warm-up
    for (let round = 1; round <= rounds; round += 1) {
      for (const side of running) side.page.push(await measure(`${side.base}/certificates/ibm-data-science/dashboard`, side.cookie, seconds));
      for (const side of running) side.json.push(await measure(`${side.base}/api/v1/certificates/ibm-data-science/metrics`, side.cookie, seconds));
      console.log(`round ${round}/${rounds}: page p50 ${running.map((side) => side.page.at(-1)?.p50).join(' / ')} ms, JSON p50 ${running.map((side) => side.json.at(-1)?.p50).join(' / ')} ms (small / large)`);
    }
    const summary = (list: TMeasure[]) => ({ p50: median(list.map((entry) => entry.p50)), p95: median(list.map((entry) => entry.p95)), requests: list.reduce((sum, entry) => sum + entry.requests, 0), errors: list.reduce((sum, entry) => sum + entry.errors, 0) });
    const results = running.map((side) => ({ label: side.label, progressRows: side.progressRows, page: summary(side.page), json: summary(side.json) }));
    const [small, large] = results;
    if (!small || !large) return;
    console.log(`\nMedians over ${rounds} alternating rounds of ${seconds} s each, 4 connections.\n`);
    console.log('| endpoint | course_progress rows | p50 ms | p97.5 ms | requests | errors |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const result of results) {
      console.log(`| dashboard page (${result.label}) | ${result.progressRows.toLocaleString('en-GB')} | ${result.page.p50} | ${result.page.p95} | ${result.page.requests} | ${result.page.errors} |`);
      console.log(`| metrics JSON (${result.label}) | ${result.progressRows.toLocaleString('en-GB')} | ${result.json.p50} | ${result.json.p95} | ${result.json.requests} | ${result.json.errors} |`);
    }
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    console.log(`\nlarge/small p50: page ${ratio(large.page.p50, small.page.p50)}, JSON ${ratio(large.json.p50, small.json.p50)}; p97.5: page ${ratio(large.page.p95, small.page.p95)}, JSON ${ratio(large.json.p95, small.json.p95)}`);
  } finally {
    for (const server of servers) server.kill();
  }
}
