// Targets that turn key figures into traffic lights on the overview. Defaults follow the FIBAA
// report 23/016 (overall completion 1.3–10.7 %, paid completion 55–75 %); each can be set in the
// environment. A light is always shown with its words, never by colour alone.
import { z } from 'zod';

const ZTargets = z.object({
  CERTQA_TARGET_COMPLETION_GREEN: z.coerce.number().min(0).max(1).default(0.1),
  CERTQA_TARGET_COMPLETION_AMBER: z.coerce.number().min(0).max(1).default(0.03),
  CERTQA_TARGET_PAID_COMPLETION_GREEN: z.coerce.number().min(0).max(1).default(0.65),
  CERTQA_TARGET_PAID_COMPLETION_AMBER: z.coerce.number().min(0).max(1).default(0.55),
  CERTQA_TARGET_STAR_GREEN: z.coerce.number().min(1).max(5).default(4.5),
  CERTQA_TARGET_STAR_AMBER: z.coerce.number().min(1).max(5).default(4),
});

export type TLight = 'on-target' | 'watch' | 'below-target' | 'no-data';

export type TTarget = { green: number; amber: number };

export function getTargets() {
  const values = ZTargets.parse(process.env);
  return {
    completionRate: { green: values.CERTQA_TARGET_COMPLETION_GREEN, amber: values.CERTQA_TARGET_COMPLETION_AMBER },
    paidCompletionRate: { green: values.CERTQA_TARGET_PAID_COMPLETION_GREEN, amber: values.CERTQA_TARGET_PAID_COMPLETION_AMBER },
    starMean: { green: values.CERTQA_TARGET_STAR_GREEN, amber: values.CERTQA_TARGET_STAR_AMBER },
  };
}

/** Higher is better for every figure here. */
export function computeLight(value: number | null, target: TTarget): TLight {
  if (value === null) return 'no-data';
  if (value >= target.green) return 'on-target';
  if (value >= target.amber) return 'watch';
  return 'below-target';
}
