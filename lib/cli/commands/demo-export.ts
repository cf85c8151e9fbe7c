import { parseArgs } from 'node:util';
import { generateDemoExport } from '@/lib/demo/export/generate-demo-export';
import { CliError } from '../cli-error';

/** `demo-export --learners N --out x.zip [--seed S] [--isolated]`: writes the deterministic demo export. */
export async function demoExportCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      learners: { type: 'string', default: '2000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      isolated: { type: 'boolean', default: false },
    },
  });
  const learners = Number(values.learners);
  const seed = Number(values.seed);
  if (!values.out) throw new CliError('usage: demo-export --learners N --out export.zip [--seed S] [--isolated]', 2);
  if (!Number.isInteger(learners) || learners < 1 || learners > 10_000_000) throw new CliError('--learners must be a whole number from 1 to 10,000,000', 2);
  if (!Number.isInteger(seed)) throw new CliError('--seed must be a whole number', 2);
  const started = Date.now();
  const result = await generateDemoExport({ learners, seed, out: values.out, anonymity: values.isolated ? 'isolated' : 'linked' });
  console.log(`Wrote ${result.out} (${(result.bytes / 1024 / 1024).toFixed(1)} MiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const [table, rows] of Object.entries(result.tables)) console.log(`  ${table.padEnd(48)} ${rows.toLocaleString('en').padStart(12)} rows`);
}
