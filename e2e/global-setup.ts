// Before a run: start the accessibility report (test-results/axe-report.jsonl) afresh, so it lists
// this run's pages only.
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export default function globalSetup() {
  rmSync(join(__dirname, '..', 'test-results', 'axe-report.jsonl'), { force: true });
}
