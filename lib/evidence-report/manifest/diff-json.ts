// Names where two JSON values differ, as readable paths ("certificates[ibm-data-science].ledger
// .totalHours: bundle 141, database 142"), for verification reports. List entries are named by
// their id, slug, number or path when they have one, so an inserted entry does not read as every
// later entry having changed.
import type { TJsonValue } from '../canonical-json';

type TDifference = { path: string; bundle: string; database: string };

const LABEL_KEYS = ['slug', 'id', 'bundlePath', 'criterionCode', 'number', 'position', 'fileName', 'courseId'] as const;

function labelOf(value: TJsonValue): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  for (const key of LABEL_KEYS) {
    const label = value[key];
    if (typeof label === 'string' || typeof label === 'number') return String(label);
  }
  return null;
}

function show(value: TJsonValue | undefined): string {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function walk(bundle: TJsonValue | undefined, database: TJsonValue | undefined, path: string, out: TDifference[]): void {
  if (JSON.stringify(bundle) === JSON.stringify(database)) return;
  if (Array.isArray(bundle) && Array.isArray(database)) {
    const bundleLabels = bundle.map(labelOf);
    const databaseLabels = database.map(labelOf);
    if (bundleLabels.every((label) => label !== null) && databaseLabels.every((label) => label !== null)) {
      for (const label of new Set([...bundleLabels, ...databaseLabels] as string[])) {
        walk(bundle[bundleLabels.indexOf(label)], database[databaseLabels.indexOf(label)], `${path}[${label}]`, out);
      }
      return;
    }
    for (let index = 0; index < Math.max(bundle.length, database.length); index += 1) walk(bundle[index], database[index], `${path}[${index}]`, out);
    return;
  }
  const isObject = (value: TJsonValue | undefined): value is { [key: string]: TJsonValue } =>
    value !== null && typeof value === 'object' && !Array.isArray(value);
  if (isObject(bundle) && isObject(database)) {
    for (const key of [...new Set([...Object.keys(bundle), ...Object.keys(database)])].sort())
      walk(bundle[key], database[key], path ? `${path}.${key}` : key, out);
    return;
  }
  out.push({ path: path || '(root)', bundle: show(bundle), database: show(database) });
}

export function listJsonDifferences(bundle: TJsonValue, database: TJsonValue, prefix = ''): string[] {
  const out: TDifference[] = [];
  walk(bundle, database, prefix, out);
  return out.map((difference) => `${difference.path}: bundle ${difference.bundle}, database ${difference.database}`);
}
