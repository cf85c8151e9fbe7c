import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { getDb } from '@/lib/db/client';
import { CliError } from '../cli-error';

/** `audit verify`: walks the hash chain; exit code 1 and the first broken entry when it does not hold. */
export async function auditCommand(args: string[]): Promise<void> {
  if (args[0] !== 'verify') throw new CliError('usage: audit verify', 2);
  const result = await verifyAuditChain(getDb());
  if (!result.ok) throw new CliError(`audit log BROKEN at entry ${result.sequence}: ${result.problem} (${result.entries} entries before it verified)`, 1);
  console.log(`audit log intact: ${result.entries} entries, head ${result.headHash}`);
}
