// Messages written by lib/ (domain errors, validation rules, suppression reasons) are English:
// they also serve the CLI, the JSON API and the logs. As in gettext, the English text is the
// message id; the interface translates it at the boundary (action results, upload answers,
// figures' footnotes) through messages/de/server.json. Entries may hold {placeholders} for the
// parts a message interpolates: "Line {line} of {file}: …" matches any line of any file and the
// captured parts are put into the German text. A unit test keeps the catalogue complete.
import serverDe from '@/messages/de/server.json';
import type { TLocale } from './locales';

type TCatalogue = Readonly<Record<string, string>>;

type TPattern = { regex: RegExp; names: string[]; target: string };

const PLACEHOLDER = /\{(\w+)\}/g;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
}

/** Compiles the catalogue's entries with placeholders once; plain entries are looked up directly. */
export function compileCatalogue(catalogue: TCatalogue): { exact: Map<string, string>; patterns: TPattern[] } {
  const exact = new Map<string, string>();
  const patterns: TPattern[] = [];
  for (const [source, target] of Object.entries(catalogue)) {
    const names = [...source.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
    if (names.length === 0) {
      exact.set(source, target);
      continue;
    }
    const body = source
      .split(PLACEHOLDER)
      .map((part, index) => (index % 2 === 1 ? '([\\s\\S]+?)' : escapeRegex(part)))
      .join('');
    patterns.push({ regex: new RegExp(`^${body}$`), names, target });
  }
  // Longer templates first: the more literal text an entry has, the more specific its match.
  patterns.sort((a, b) => b.regex.source.length - a.regex.source.length);
  return { exact, patterns };
}

const LIST_SEPARATOR = '; ';
const LOCATION_SEPARATOR = ': ';

export function translateWith(compiled: ReturnType<typeof compileCatalogue>, message: string): string {
  const exact = compiled.exact.get(message);
  if (exact !== undefined) return exact;
  const list = translateList(compiled, message);
  if (list !== null) return list;
  for (const pattern of compiled.patterns) {
    const match = pattern.regex.exec(message);
    if (!match) continue;
    const values = new Map(pattern.names.map((name, index) => [name, match[index + 1] as string]));
    // A captured part may itself be a message ("…: Due date is required."), so it is translated too.
    return pattern.target.replace(PLACEHOLDER, (_, name: string) => translateWith(compiled, values.get(name) ?? ''));
  }
  // "<location>: <message>" where the location is data (a file name, a slug): no entry can hold it,
  // since an entry of placeholders alone would match everything, so the message after it is translated.
  const colon = message.indexOf(LOCATION_SEPARATOR);
  if (colon > 0) {
    const tail = message.slice(colon + LOCATION_SEPARATOR.length);
    const translated = translateWith(compiled, tail);
    if (translated !== tail) return `${message.slice(0, colon)}${LOCATION_SEPARATOR}${translated}`;
  }
  return message;
}

/**
 * Several messages joined by "; " (the problems of a configuration): each translated, but only when
 * every one of them is known, so that no text comes out half German. Tried before the patterns,
 * whose placeholders would otherwise swallow the later messages of the list.
 */
function translateList(compiled: ReturnType<typeof compileCatalogue>, message: string): string | null {
  if (!message.includes(LIST_SEPARATOR)) return null;
  const parts = message.split(LIST_SEPARATOR);
  const translated: string[] = [];
  for (const part of parts) {
    const german = translateWith(compiled, part);
    if (german === part) return null;
    translated.push(german);
  }
  return translated.join(LIST_SEPARATOR);
}

const COMPILED: Partial<Record<TLocale, ReturnType<typeof compileCatalogue>>> = { de: compileCatalogue(serverDe) };

/** The message in the interface language; English, and anything the catalogue lacks, stays as written. */
export function translateServerMessage(message: string, locale: TLocale): string {
  const compiled = COMPILED[locale];
  return compiled ? translateWith(compiled, message) : message;
}

export function translateFieldErrors(fieldErrors: Record<string, string[]>, locale: TLocale): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([key, messages]) => [key, messages.map((m) => translateServerMessage(m, locale))]));
}
