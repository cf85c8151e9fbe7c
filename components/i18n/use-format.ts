'use client';

// Client components' formatters, in the language the IntlProvider was given.
import { useMemo } from 'react';
import { useLocale } from 'use-intl';
import { makeFormat } from '@/lib/i18n/format';

export function useFormat() {
  const locale = useLocale();
  return useMemo(() => makeFormat(locale), [locale]);
}
