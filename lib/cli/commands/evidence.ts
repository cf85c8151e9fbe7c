import { createWriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type { TActor } from '@/lib/auth/actor';
import { loadActor } from '@/lib/auth/authenticate';
import { SYSTEM_ACTOR } from '@/lib/auth/system-actor';
import { getDb } from '@/lib/db/client';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { buildEvidenceBundle } from '@/lib/evidence-report/bundle/build-evidence-bundle';
import { generateEvidenceReport } from '@/lib/evidence-report/generate-evidence-report';
import { recordEvidenceExport } from '@/lib/evidence-report/record-export';
import { verifyEvidenceBundle } from '@/lib/evidence-report/verify/verify-evidence-bundle';
import { CliError } from '../cli-error';

const USAGE =
  'usage: evidence <procedure id | project number | certificate slug> --out report.pdf [--bundle bundle.zip] [--as <email>]\n' +
  '       evidence verify <bundle.zip> [--as <email>] [--json]';

async function findUserActor(email: string): Promise<TActor> {
  const db = getDb();
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  const actor = user ? await loadActor(db, user.id) : null;
  if (!actor) throw new CliError(`no active user ${email}`, 2);
  return actor;
}

/** The local operator reads as a quality manager of the subject's platform (as `certqa metrics` does). */
async function findOperatorActor(subject: string): Promise<TActor> {
  const db = getDb();
  const certificate = await db.certificate.findUnique({ where: { slug: subject } });
  const procedures = certificate ? [] : await db.accreditationProcedure.findMany({ where: { OR: [{ id: subject }, { projectNumber: subject }] } });
  const platformIds = new Set(certificate ? [certificate.platformOrganisationId] : procedures.map((procedure) => procedure.platformOrganisationId));
  const [platformOrganisationId] = [...platformIds];
  if (!platformOrganisationId) throw new CliError(`no procedure or certificate "${subject}"`, 1);
  if (platformIds.size > 1) throw new CliError(`several procedures have the project number "${subject}"; name one by its id`, 2);
  return { ...SYSTEM_ACTOR, role: 'QUALITY_MANAGER', organisationId: platformOrganisationId };
}

/** Written beside the target first, so a failed run never leaves half a file under the final name. */
async function writeAtomically(path: string, write: (partialPath: string) => Promise<void>): Promise<void> {
  const partial = `${path}.part`;
  try {
    await write(partial);
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

async function generate(subject: string, values: { out?: string; bundle?: string; as?: string }): Promise<void> {
  if (!values.out && !values.bundle) throw new CliError(USAGE, 2);
  const actor = values.as ? await findUserActor(values.as) : await findOperatorActor(subject);
  const started = performance.now();
  const report = await generateEvidenceReport(actor, { kind: 'any', value: subject }, { record: false });
  if (values.out) {
    const out = values.out;
    await writeAtomically(out, (partial) => writeFile(partial, report.pdf));
    console.log(`${out}: ${report.pdf.length.toLocaleString('en-GB')} bytes, SHA-256 ${report.pdfSha256}`);
  }
  if (values.bundle) {
    const bundle = await buildEvidenceBundle(report);
    await writeAtomically(values.bundle, (partial) => pipeline(bundle.stream, createWriteStream(partial)));
    console.log(`${values.bundle}: ${bundle.manifest.files.length + 1} files (report, evidence, figures, inputs, manifest.json)`);
  }
  await recordEvidenceExport(actor, report.data, { format: values.bundle ? 'zip' : 'pdf', inputsSha256: report.inputsSha256, pdfSha256: report.pdfSha256 });
  console.log(`Evidence report for ${report.data.subject.label}: manifest (inputs) SHA-256 ${report.inputsSha256}`);
  console.log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function verify(path: string, values: { as?: string; json?: boolean }): Promise<void> {
  const actor = values.as ? await findUserActor(values.as) : null;
  const result = await verifyEvidenceBundle(actor, path);
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else {
    for (const difference of result.differences) console.log(`DIFFERS  ${difference}`);
    console.log(
      result.ok
        ? `bundle verified: ${result.checkedFiles} files match manifest.json, and the database gives the same inputs (SHA-256 ${result.inputsSha256})`
        : `bundle NOT verified: ${result.differences.length} difference(s)`,
    );
  }
  if (!result.ok) throw new CliError(`${path} does not match${result.subject ? ` the stored data of ${result.subject}` : ' a CertQA evidence bundle'}`, 1);
}

/**
 * `evidence <subject> --out report.pdf [--bundle bundle.zip] [--as <email>]`: the evidence report
 * (and bundle) from the same generator as the web app. `evidence verify <bundle.zip>` re-checks a
 * bundle against itself and the database; exit code 1 when anything differs.
 */
export async function evidenceCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, bundle: { type: 'string' }, as: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  try {
    if (positionals[0] === 'verify') {
      const path = positionals[1];
      if (!path) throw new CliError(USAGE, 2);
      await verify(path, values);
      return;
    }
    const subject = positionals[0];
    if (!subject) throw new CliError(USAGE, 2);
    await generate(subject, values);
  } catch (error) {
    if (error instanceof NotFoundError) throw new CliError(`${error.message} (or outside the scope of the acting user)`, 1);
    if (error instanceof ValidationError) throw new CliError(error.message, 2);
    throw error;
  }
}
