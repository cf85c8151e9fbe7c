// The formatters of one interface language. Server components get them from getFormat()
// (lib/i18n/server.ts), client components from useFormat() (components/i18n/use-format.ts).
import { formatBytes } from '@/lib/evidence/format-bytes';
import type { TRate } from '@/lib/metrics/queries';
import { formatDate, formatDateTime, formatEnum, formatHours, formatNumber } from '@/lib/utils/format';
import { formatPercent, formatQuartiles, formatRate } from '@/lib/utils/format-rate';
import type { TLocale } from './locales';
import { MESSAGES } from './messages';
import { translateServerMessage } from './translate-server-message';

type TQuartileFigure = Parameters<typeof formatQuartiles>[0];

export function makeFormat(locale: TLocale) {
  const enumLabels: Readonly<Record<string, string>> = MESSAGES[locale].enums;
  return {
    locale,
    number: (value: number | null | undefined, fractionDigits = 0) => formatNumber(value, fractionDigits, locale),
    hours: (value: number | null | undefined) => formatHours(value, locale),
    date: (value: Date | null | undefined) => formatDate(value, locale),
    dateTime: (value: Date | null | undefined) => formatDateTime(value, locale),
    percent: (value: number | null, digits = 1) => formatPercent(value, digits, locale),
    rate: (rate: TRate) => formatRate(rate, locale),
    quartiles: (figure: TQuartileFigure, unit: string, digits = 1) => formatQuartiles(figure, unit, digits, locale),
    bytes: (bytes: number) => formatBytes(bytes, locale),
    /** An enum value (role, status, rating …) in words of the language. */
    enumValue: (value: string) => enumLabels[value] ?? formatEnum(value),
    /** A message written by lib/ (an error, a suppression reason), translated; see translate-server-message.ts. */
    serverMessage: (message: string) => translateServerMessage(message, locale),
  };
}

export type TFormat = ReturnType<typeof makeFormat>;
