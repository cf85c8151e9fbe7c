'use server';

// The login page's language switch: a visitor's choice, kept in a cookie only.
import { z } from 'zod';
import { publicAction } from '@/lib/auth/action';
import { rememberLocale } from '@/lib/i18n/locale-cookie';
import { LOCALES } from '@/lib/i18n/locales';

export const setVisitorLocaleAction = publicAction(z.object({ locale: z.enum(LOCALES) }).strict(), async ({ locale }) => {
  await rememberLocale(locale);
  return { locale };
});
