// Types every t('…') call against the English messages: a missing or misspelt key fails `tsc`.
import type { TLocale } from './locales';
import type { TMessages } from './messages';

declare module 'use-intl' {
  interface AppConfig {
    Locale: TLocale;
    Messages: TMessages;
  }
}
