// The German interface texts must match the English ones: the same namespaces, the same nested
// keys, no empty texts, and the same ICU arguments ({name}, {count, plural, …}) and rich-text tags
// (<b>…</b>), because t('…') is typed and called against the English files only. messages/de/server.json
// is not a namespace: it is the catalogue of lib/'s English messages (see translate-server-message.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { MESSAGES } from './messages';

const MESSAGES_DIR = fileURLToPath(new URL('../../messages', import.meta.url));
const NOT_NAMESPACES = new Set(['server.json']);

type TTree = { [key: string]: string | TTree };

function namespaces(locale: string): string[] {
  return readdirSync(join(MESSAGES_DIR, locale))
    .filter((name) => name.endsWith('.json') && !NOT_NAMESPACES.has(name))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

function readNamespace(locale: string, namespace: string): TTree {
  return JSON.parse(readFileSync(join(MESSAGES_DIR, locale, `${namespace}.json`), 'utf8')) as TTree;
}

/** Every leaf as its dotted path; a leaf that is not a string is reported through its value. */
function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) {
    leaves.set(prefix, tree);
    return leaves;
  }
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const [leaf, text] of flatten(value, path)) leaves.set(leaf, text);
    else leaves.set(path, value);
  }
  return leaves;
}

type TParsed = { names: Set<string>; tags: Set<string> };

/**
 * The argument names and tag names of an ICU message. Follows ICU's quoting ('' is an apostrophe,
 * '{…}' is literal text) and descends into plural/select options; throws on unbalanced braces.
 */
function parseIcu(message: string): TParsed {
  const parsed: TParsed = { names: new Set(), tags: new Set() };
  let i = 0;

  const fail = (why: string): never => {
    throw new Error(`${why} at ${i} in ${JSON.stringify(message)}`);
  };

  const skipSpace = () => {
    while (i < message.length && /\s/.test(message[i] as string)) i++;
  };

  const readToken = (stops: string): string => {
    const start = i;
    while (i < message.length && !stops.includes(message[i] as string)) i++;
    return message.slice(start, i).trim();
  };

  /** Text up to the `}` that closes it (nested) or the end (top level). */
  const parseText = (nested: boolean, inPlural: boolean): void => {
    while (i < message.length) {
      const character = message[i];
      if (character === "'") {
        const next = message[i + 1];
        if (next === "'") i += 2;
        else if (next === '{' || next === '}' || next === '<' || (inPlural && next === '#')) {
          const end = message.indexOf("'", i + 1);
          i = end === -1 ? message.length : end + 1;
        } else i++;
      } else if (character === '{') {
        i++;
        parseArgument(inPlural);
      } else if (character === '}') {
        if (!nested) fail('unmatched }');
        return;
      } else if (character === '<') {
        const tag = /^<\/?([a-zA-Z][\w-]*)>/.exec(message.slice(i));
        if (tag?.[1]) parsed.tags.add(tag[1]);
        i += tag ? tag[0].length : 1;
      } else i++;
    }
    if (nested) fail('unclosed {');
  };

  const parseArgument = (inPlural: boolean): void => {
    const name = readToken(',}');
    if (!/^\w+$/.test(name)) fail(`bad argument name ${JSON.stringify(name)}`);
    parsed.names.add(name);
    if (message[i] === '}') {
      i++;
      return;
    }
    i++; // ','
    const type = readToken(',}');
    if (message[i] === '}') {
      i++;
      return;
    }
    i++; // ','
    if (type === 'plural' || type === 'selectordinal' || type === 'select') {
      for (;;) {
        skipSpace();
        if (i >= message.length) fail('unclosed options');
        if (message[i] === '}') {
          i++;
          return;
        }
        const selector = readToken('{}');
        if (!selector || message[i] !== '{') fail('option without a message');
        i++;
        parseText(true, type !== 'select' || inPlural);
        i++; // the option's '}'
      }
    }
    // number, date, time with a style or skeleton: up to the closing brace.
    readToken('}');
    if (message[i] !== '}') fail('unclosed argument');
    i++;
  };

  parseText(false, false);
  return parsed;
}

const sorted = (values: Set<string>) => [...values].sort().join(', ');

describe('messages/<locale>/*.json', () => {
  test('the ICU reader finds arguments, plural options and tags', () => {
    const parsed = parseIcu("{count, plural, one {# item of {name}} other {# items of '{'{name}'}'}} for <b>{who}</b> at {when, date, short}, it''s done");
    expect([...parsed.names].sort()).toEqual(['count', 'name', 'when', 'who']);
    expect([...parsed.tags]).toEqual(['b']);
    expect(() => parseIcu('{name')).toThrow();
  });

  test('German has exactly the namespaces of English, and lib/i18n/messages.ts loads them all', () => {
    expect(namespaces('de')).toEqual(namespaces('en'));
    expect(Object.keys(MESSAGES.en).sort()).toEqual(namespaces('en'));
    expect(Object.keys(MESSAGES.de).sort()).toEqual(namespaces('en'));
  });

  test.each(namespaces('en'))('%s: same keys, no empty texts, same arguments and tags', (namespace) => {
    const english = flatten(readNamespace('en', namespace));
    const german = namespaces('de').includes(namespace) ? flatten(readNamespace('de', namespace)) : new Map<string, unknown>();
    const problems: string[] = [];
    for (const path of english.keys()) if (!german.has(path)) problems.push(`missing in German: ${namespace}.${path}`);
    for (const path of german.keys()) if (!english.has(path)) problems.push(`only in German: ${namespace}.${path}`);
    for (const [locale, leaves] of [
      ['en', english],
      ['de', german],
    ] as const) {
      for (const [path, text] of leaves) {
        if (typeof text !== 'string') problems.push(`not a text (${locale}): ${namespace}.${path}`);
        else if (text.trim() === '') problems.push(`empty (${locale}): ${namespace}.${path}`);
      }
    }
    for (const [path, englishText] of english) {
      const germanText = german.get(path);
      if (typeof englishText !== 'string' || typeof germanText !== 'string' || germanText.trim() === '') continue;
      let source: TParsed;
      let target: TParsed;
      try {
        source = parseIcu(englishText);
        target = parseIcu(germanText);
      } catch (error) {
        problems.push(`not a valid ICU message: ${namespace}.${path}: ${(error as Error).message}`);
        continue;
      }
      if (sorted(source.names) !== sorted(target.names))
        problems.push(`arguments differ: ${namespace}.${path}: English {${sorted(source.names)}}, German {${sorted(target.names)}}`);
      if (sorted(source.tags) !== sorted(target.tags))
        problems.push(`tags differ: ${namespace}.${path}: English <${sorted(source.tags)}>, German <${sorted(target.tags)}>`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
