'use client';

// Gives client components the request's language and messages (useTranslations, useFormat).
// The root layout renders it with the locale the server resolved, so both sides always agree.
import type { ReactNode } from 'react';
import { IntlProvider as UseIntlProvider } from 'use-intl';
import type { TLocale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

export function IntlProvider({ locale, children }: { locale: TLocale; children: ReactNode }) {
  return (
    <UseIntlProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      {children}
    </UseIntlProvider>
  );
}
