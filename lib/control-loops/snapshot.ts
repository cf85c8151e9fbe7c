// Frozen snapshots: the JSON text a loop stores for an analysis or a comparison, its SHA-256, and
// the checked reading of that text back. The hash is taken over the exact stored text, so anyone
// holding the text can verify it; JSON.stringify(JSON.parse(text)) gives the same text back, which
// is what lets evidence embed the parsed snapshots and still be checked against these hashes.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { TWaveAnalysis } from './analyze-wave';
import type { TWaveComparison } from './compare-waves';

export type TFrozenText = { json: string; sha256: string };

export function freezeSnapshot(value: unknown): TFrozenText {
  const json = JSON.stringify(value);
  return { json, sha256: createHash('sha256').update(json).digest('hex') };
}

const ZShare = z.number().min(0).max(1).nullable();

const ZCourseAnalysis = z.object({
  courseId: z.string(),
  courseraCourseId: z.string().nullable(),
  name: z.string(),
  position: z.number().int(),
  estimatedHours: z.number(),
  n: z.number().int().min(0),
  q1: z.number().nullable(),
  median: z.number().nullable(),
  q3: z.number().nullable(),
  shareHigher: ZShare,
  shareLower: ZShare,
  suppressed: z.string().nullable(),
});

export const ZWaveAnalysis = z.object({
  schemaVersion: z.literal(1),
  certificate: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  wave: z.object({ id: z.string(), name: z.string(), sourceName: z.string(), sha256: z.string(), importedAt: z.string() }),
  minimumGroupSize: z.number().int().min(1),
  responseCount: z.number().int().min(0),
  surveyedFrom: z.string().nullable(),
  surveyedTo: z.string().nullable(),
  courses: z.array(ZCourseAnalysis),
}) satisfies z.ZodType<TWaveAnalysis>;

const ZWaveSide = z.object({
  n: z.number().int().min(0),
  estimatedHours: z.number(),
  median: z.number().nullable(),
  shareHigher: ZShare,
  suppressed: z.string().nullable(),
});

export const ZWaveComparison = z.object({
  schemaVersion: z.literal(1),
  rule: z.string(),
  baselineWaveId: z.string(),
  followUpWaveId: z.string(),
  courses: z.array(
    z.object({
      courseId: z.string(),
      name: z.string(),
      position: z.number().int(),
      baseline: ZWaveSide.nullable(),
      followUp: ZWaveSide.nullable(),
      medianChange: z.number().nullable(),
      shareHigherChange: z.number().nullable(),
      gapChange: z.number().nullable(),
      verdict: z.enum(['IMPROVED', 'UNCHANGED', 'WORSE']).nullable(),
      explanation: z.string(),
    }),
  ),
  counts: z.object({ improved: z.number().int(), unchanged: z.number().int(), worse: z.number().int(), notComparable: z.number().int() }),
}) satisfies z.ZodType<TWaveComparison>;

/** Reads a stored snapshot; a text that does not match its schema is a corrupted record, not user input. */
export function parseSnapshot<T>(schema: z.ZodType<T>, json: string, what: string): T {
  const parsed = schema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`The stored ${what} does not match its format: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
  return parsed.data;
}
