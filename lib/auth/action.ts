// The one way to write a server action: authenticate, validate with the shared Z… schema, call
// one lib mutation with the actor, translate domain errors. Returns { data } | { error, fieldErrors }.
import 'server-only';
import type { z } from 'zod';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import type { TActor } from './actor';
import { getActor } from './session';

export type TActionResult<T> =
  | { data: T; error?: undefined; fieldErrors?: undefined }
  | { data?: undefined; error: string; fieldErrors?: Record<string, string[]> };

/** Field errors keyed by the dotted path of the input (`courses.2.estimatedHours`). */
export function toFieldErrors(issues: z.core.$ZodIssue[]): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_form';
    fieldErrors[key] ??= [];
    fieldErrors[key].push(issue.message);
  }
  return fieldErrors;
}

export function authenticatedAction<TSchema extends z.ZodType, TResult>(
  schema: TSchema,
  handler: (actor: TActor, input: z.output<TSchema>) => Promise<TResult>,
) {
  return async (rawInput: unknown): Promise<TActionResult<TResult>> => {
    const actor = await getActor();
    if (!actor) return { error: 'Your session has ended. Please sign in again.' };
    const parsed = schema.safeParse(rawInput);
    if (!parsed.success) {
      return { error: 'Some fields are not valid; nothing was changed.', fieldErrors: toFieldErrors(parsed.error.issues) };
    }
    try {
      return { data: await handler(actor, parsed.data) };
    } catch (error) {
      if (error instanceof NotFoundError) return { error: error.message };
      if (error instanceof ForbiddenError) return { error: error.message };
      if (error instanceof ValidationError) return { error: error.message, fieldErrors: error.fieldErrors };
      throw error;
    }
  };
}
