// `npm run bench -- <name> [options]`: benchmarks measured side by side in one run.
import { dashboardBenchmark } from './dashboard-benchmark';
import { importBenchmark } from './import-benchmark';

const BENCHMARKS: Record<string, (args: string[]) => Promise<void>> = {
  import: importBenchmark,
  dashboard: dashboardBenchmark,
};

const [name, ...args] = process.argv.slice(2);
const benchmark = name ? BENCHMARKS[name] : undefined;
if (!benchmark) {
  console.error(`usage: npm run bench -- <${Object.keys(BENCHMARKS).join('|')}> [options]`);
  process.exit(2);
}
benchmark(args).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
