// The ECTS rules a procedure declares, in the shape the ledger computation takes.
import { DEFAULT_ECTS_RULES, type TEctsRules } from '@/lib/certificates/ects-ledger';
import type { AccreditationProcedure } from '@/lib/db/generated/sqlite/client';

export function getEctsRules(procedure: AccreditationProcedure | null | undefined): TEctsRules {
  if (!procedure) return DEFAULT_ECTS_RULES;
  return {
    hoursPerCredit: procedure.hoursPerCredit,
    hoursPerCreditMin: procedure.hoursPerCreditMin,
    hoursPerCreditMax: procedure.hoursPerCreditMax,
    roundingRule: procedure.ectsRoundingRule,
    weeklyWorkloadGuideline: procedure.weeklyWorkloadGuideline,
  };
}
