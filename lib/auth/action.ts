// The one way to write a server action: authenticate, validate with the shared Z… schema, call
// one lib mutation with the actor, translate domain errors. Returns { data } | { error, fieldErrors }.
// Messages come back in the user's language: lib writes English (the message id, see
// lib/i18n/translate-server-message.ts), zod's own messages come from its German locale.
import 'server-only';
import { z } from 'zod';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import type { TLocale } from '@/lib/i18n/locales';
import { getLocale } from '@/lib/i18n/server';
import { translateFieldErrors, translateServerMessage } from '@/lib/i18n/translate-server-message';
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
    const locale = await getLocale();
    const refuse = (error: string, fieldErrors?: Record<string, string[]>): TActionResult<TResult> => ({
      error: translateServerMessage(error, locale),
      ...(fieldErrors ? { fieldErrors: translateFieldErrors(fieldErrors, locale) } : {}),
    });
    const actor = await getActor();
    if (!actor) return refuse('Your session has ended. Please sign in again.');
    const parsed = schema.safeParse(rawInput, { error: ZOD_LOCALE_ERRORS[locale] });
    if (!parsed.success) return refuse('Some fields are not valid; nothing was changed.', toFieldErrors(parsed.error.issues));
    try {
      return { data: await handler(actor, parsed.data) };
    } catch (error) {
      if (error instanceof NotFoundError || error instanceof ForbiddenError) return refuse(error.message);
      if (error instanceof ValidationError) return refuse(error.message, error.fieldErrors);
      throw error;
    }
  };
}

/** zod's built-in messages per language; a schema's own message (English) wins and is translated by the catalogue. */
const ZOD_LOCALE_ERRORS: Readonly<Record<TLocale, z.core.$ZodErrorMap | undefined>> = { en: undefined, de: z.locales.de().localeError };

/**
 * The one way to write a server action for a visitor who is not signed in (the language of the
 * login page, the first-run setup): validate, call the handler, translate domain errors. The
 * handler gets no actor, so it must decide on its own whether the visitor may act at all.
 */
export function publicAction<TSchema extends z.ZodType, TResult>(schema: TSchema, handler: (input: z.output<TSchema>) => Promise<TResult>) {
  return async (rawInput: unknown): Promise<TActionResult<TResult>> => {
    const locale = await getLocale();
    const parsed = schema.safeParse(rawInput, { error: ZOD_LOCALE_ERRORS[locale] });
    if (!parsed.success) {
      return {
        error: translateServerMessage('Some fields are not valid; nothing was changed.', locale),
        fieldErrors: translateFieldErrors(toFieldErrors(parsed.error.issues), locale),
      };
    }
    try {
      return { data: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ValidationError) {
        return { error: translateServerMessage(error.message, locale), fieldErrors: translateFieldErrors(error.fieldErrors, locale) };
      }
      if (error instanceof NotFoundError || error instanceof ForbiddenError) return { error: translateServerMessage(error.message, locale) };
      throw error;
    }
  };
}
