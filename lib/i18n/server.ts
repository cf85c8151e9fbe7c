// The interface language of the current request (Next.js only), and its translators and formatters.
// Signed in, it is the user's own choice (User.locale); before sign-in, the language cookie the
// login page sets, else the browser's Accept-Language, else English.
import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import type { NamespaceKeys, NestedKeyOf } from 'use-intl/core';
import { createTranslator } from 'use-intl/core';
import { getActor } from '@/lib/auth/session';
import { makeFormat } from './format';
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type TLocale } from './locales';
import { MESSAGES, type TMessages } from './messages';

export const getLocale = cache(async (): Promise<TLocale> => {
  const actor = await getActor();
  if (isLocale(actor?.locale)) return actor.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage((await headers()).get('accept-language'));
});

type TNamespace = NamespaceKeys<TMessages, NestedKeyOf<TMessages>>;

/** `const t = await getT('procedures')` in a server component; `t('title')` is typed against messages/en. */
export async function getT<TNs extends TNamespace>(namespace: TNs) {
  const locale = await getLocale();
  return createTranslator({ locale, messages: MESSAGES[locale], namespace, timeZone: 'UTC' });
}

/** Numbers, dates, rates and enum labels in the request's language. */
export async function getFormat() {
  return makeFormat(await getLocale());
}
