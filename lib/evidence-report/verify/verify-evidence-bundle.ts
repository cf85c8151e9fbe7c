// `certqa evidence verify`: checks a bundle twice over. Against itself: every file's SHA-256 and size
// against manifest.json, the manifest's inputs against their recorded hash, each evidence file and
// figures file against the hash the inputs record for it. Against the database: the manifest of
// inputs is computed again, as the actor sees the subject now, and every difference is named.
import type { TActor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/errors';
import { type TParsedBundleManifest, ZBundleManifest } from '../bundle/bundle-manifest';
import { buildFiguresPath, INPUTS_PATH, MANIFEST_PATH } from '../bundle/bundle-paths';
import { readBundle, type TReadBundle } from '../bundle/read-bundle';
import { sha256Hex, type TJsonValue, toCanonicalJson, toCanonicalValue } from '../canonical-json';
import { computeReportInputs } from '../generate-evidence-report';
import { listJsonDifferences } from '../manifest/diff-json';
import { computeFiguresJson } from '../manifest/manifest-inputs';
import { getVerificationActor } from './verification-actor';

export type TBundleVerification = {
  ok: boolean;
  /** One line per difference, naming the file or the input that differs. */
  differences: string[];
  checkedFiles: number;
  subject: string | null;
  inputsSha256: string | null;
};

function checkFiles(bundle: TReadBundle, manifest: TParsedBundleManifest): string[] {
  const differences: string[] = [];
  const inBundle = new Map(bundle.entries.map((entry) => [entry.path, entry]));
  const listed = new Set(manifest.files.map((file) => file.path));
  for (const file of manifest.files) {
    const entry = inBundle.get(file.path);
    if (!entry) differences.push(`${file.path}: listed in manifest.json but missing from the bundle`);
    else if (entry.sha256 !== file.sha256)
      differences.push(`${file.path}: SHA-256 ${entry.sha256} in the bundle, ${file.sha256} in manifest.json (the file was changed)`);
    else if (entry.bytes !== file.bytes) differences.push(`${file.path}: ${entry.bytes} bytes in the bundle, ${file.bytes} in manifest.json`);
  }
  for (const entry of bundle.entries) {
    if (entry.path !== MANIFEST_PATH && !listed.has(entry.path)) differences.push(`${entry.path}: in the bundle but not listed in manifest.json`);
  }
  const pdf = inBundle.get(manifest.pdf.path);
  if (pdf && pdf.sha256 !== manifest.pdf.sha256)
    differences.push(`${manifest.pdf.path}: SHA-256 ${pdf.sha256}, but manifest.json records the PDF as ${manifest.pdf.sha256}`);
  return differences;
}

/** The inputs exactly as manifest.json holds them (not as the schema read them), for hashing and comparing. */
type TRawInputs = TJsonValue;

function checkRecordedHashes(bundle: TReadBundle, manifest: TParsedBundleManifest, rawInputs: TRawInputs): string[] {
  const differences: string[] = [];
  const shaOf = new Map(bundle.entries.map((entry) => [entry.path, entry.sha256]));
  const sha256 = sha256Hex(toCanonicalJson(rawInputs));
  if (sha256 !== manifest.inputsSha256)
    differences.push(`${MANIFEST_PATH}: its inputs hash to ${sha256}, not to the recorded inputsSha256 ${manifest.inputsSha256}`);
  const inputsFile = shaOf.get(INPUTS_PATH);
  if (inputsFile !== undefined && inputsFile !== manifest.inputsSha256)
    differences.push(`${INPUTS_PATH}: SHA-256 ${inputsFile}, not the manifest hash ${manifest.inputsSha256}`);
  for (const procedure of manifest.inputs.procedures) {
    for (const evidence of procedure.conditions.flatMap((condition) => condition.checklist.flatMap((item) => item.evidence))) {
      const actual = shaOf.get(evidence.bundlePath);
      if (actual === undefined) differences.push(`${evidence.bundlePath}: evidence "${evidence.title}" is missing from the bundle`);
      else if (actual !== evidence.sha256)
        differences.push(`${evidence.bundlePath}: SHA-256 ${actual}, but evidence "${evidence.title}" was recorded as ${evidence.sha256}`);
    }
  }
  for (const certificate of manifest.inputs.certificates) {
    const path = buildFiguresPath(certificate.slug);
    const actual = shaOf.get(path);
    if (actual === undefined) differences.push(`${path}: the figures of ${certificate.slug} are missing from the bundle`);
    else if (actual !== certificate.figuresSha256) differences.push(`${path}: SHA-256 ${actual}, but the inputs record ${certificate.figuresSha256}`);
  }
  return differences;
}

async function checkAgainstDatabase(actor: TActor, bundle: TReadBundle, manifest: TParsedBundleManifest, rawInputs: TRawInputs): Promise<string[]> {
  const { subject } = manifest.inputs;
  let current: Awaited<ReturnType<typeof computeReportInputs>>;
  try {
    current = await computeReportInputs(
      actor,
      { kind: subject.kind, value: subject.id },
      subject.kind === 'certificate' ? manifest.inputs.procedures.map((procedure) => procedure.id) : undefined,
    );
  } catch (error) {
    if (error instanceof NotFoundError)
      return [`${subject.kind} ${subject.label} (${subject.id}): not found in the database, or outside the scope of ${actor.email}`];
    throw error;
  }
  if (current.sha256 === manifest.inputsSha256) return [];
  const differences = listJsonDifferences(rawInputs, toCanonicalValue(current.inputs), 'inputs');
  // Where the figures differ, name the figures themselves from the JSON the bundle carries.
  for (const certificate of current.data.certificates) {
    const path = buildFiguresPath(certificate.slug);
    const shipped = bundle.texts.get(path);
    const now = computeFiguresJson(certificate.metrics);
    if (shipped === undefined || sha256Hex(shipped) === sha256Hex(now)) continue;
    try {
      differences.push(...listJsonDifferences(JSON.parse(shipped) as TJsonValue, JSON.parse(now) as TJsonValue, path));
    } catch {
      differences.push(`${path}: not valid JSON`);
    }
  }
  return differences.map((difference) => `database: ${difference}`);
}

/**
 * `actor` reads the database for the comparison; null means the local operator reading the view
 * the bundle records (getVerificationActor), which is what the CLI does without --as.
 */
export async function verifyEvidenceBundle(actor: TActor | null, bundlePath: string): Promise<TBundleVerification> {
  const bundle = await readBundle(bundlePath);
  const text = bundle.texts.get(MANIFEST_PATH);
  const result = (differences: string[], manifest: TParsedBundleManifest | null): TBundleVerification => ({
    ok: differences.length === 0,
    differences,
    checkedFiles: bundle.entries.length,
    subject: manifest ? `${manifest.inputs.subject.kind} ${manifest.inputs.subject.label}` : null,
    inputsSha256: manifest?.inputsSha256 ?? null,
  });
  if (text === undefined) return result([`${MANIFEST_PATH}: missing; this is not a CertQA evidence bundle`], null);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return result([`${MANIFEST_PATH}: not valid JSON (${(error as Error).message})`], null);
  }
  const manifest = ZBundleManifest.safeParse(parsed);
  if (!manifest.success) {
    return result(
      manifest.error.issues.slice(0, 20).map((issue) => `${MANIFEST_PATH}: ${issue.path.join('.') || '(root)'}: ${issue.message}`),
      null,
    );
  }
  const rawInputs = toCanonicalValue((parsed as { inputs: unknown }).inputs);
  const differences = [...checkFiles(bundle, manifest.data), ...checkRecordedHashes(bundle, manifest.data, rawInputs)];
  try {
    const reader = actor ?? (await getVerificationActor(manifest.data.inputs));
    differences.push(...(await checkAgainstDatabase(reader, bundle, manifest.data, rawInputs)));
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    differences.push(`database: ${error.message}`);
  }
  return result(differences, manifest.data);
}
