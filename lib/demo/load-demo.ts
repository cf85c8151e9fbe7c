// The whole demo: the FIBAA facts and demo users, then a generated Coursera export for the six
// IBM certificates loaded through the real importer, as the demo quality manager.
import { join } from 'node:path';
import { loadActor } from '@/lib/auth/authenticate';
import { getDb } from '@/lib/db/client';
import { getDataDir } from '@/lib/env';
import { importExport, type TImportSummary } from '@/lib/import/import-export';
import { generateDemoExport } from './export/generate-demo-export';
import { seedDemoFacts, type TDemoFactsResult } from './seed-demo-facts';

export const DEMO_LEARNERS = 3000;

export async function loadDemo(
  options: { learners?: number; onStep?: (step: string) => void } = {},
): Promise<{ facts: TDemoFactsResult; import: TImportSummary | null }> {
  const db = getDb();
  const facts = await seedDemoFacts(db);
  if (!facts.created) return { facts, import: null };
  const learners = options.learners ?? DEMO_LEARNERS;
  options.onStep?.(`generating a Coursera export for ${learners.toLocaleString('en')} learners`);
  const out = join(getDataDir(), `demo-export-${learners}.zip`);
  await generateDemoExport({ learners, seed: 1, out });
  const quality = await db.user.findUniqueOrThrow({ where: { email: 'quality@coursera.demo' } });
  const actor = await loadActor(db, quality.id);
  if (!actor) throw new Error('demo quality manager missing');
  options.onStep?.('importing it through the importer');
  return { facts, import: await importExport(actor, { sourcePath: out, sourceName: `demo-export-${learners}.zip` }) };
}
