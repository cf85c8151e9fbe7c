// Keeps messages/de/server.json complete: every English message lib/ can show a person (domain
// errors and their field errors, zod's custom messages, importer and survey reasons, workflow
// refusals, suppression reasons) must have a German entry. The messages are read from the source
// with the TypeScript parser, so a new `throw new ValidationError('…')` without a translation fails
// here rather than showing English in the German interface.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import serverDe from '@/messages/de/server.json';
import { translateServerMessage } from './translate-server-message';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Folders whose texts never reach the interface: the CLI, the English evidence PDF, demo data, test helpers. */
const EXCLUDED_DIRS = ['lib/db/generated', 'lib/cli', 'lib/evidence-report', 'lib/demo', 'lib/testing'];

/** Errors whose first argument is shown to the person (EvidenceFileRefusedError is a ValidationError). */
const MESSAGE_ERRORS = new Set(['ValidationError', 'ForbiddenError', 'NotFoundError', 'EvidenceFileRefusedError']);
/** Errors whose message becomes the reason of an EvidenceFileRefusedError ("… was refused: it is <reason>."). */
const REASON_ERRORS = new Set(['ZipReadError', 'Ole2ReadError']);

/** Where `reason` properties carry texts that end up in a message: importer, surveys, workflows, file sniffing. */
const REASON_FILES = [
  /^lib\/import\//,
  /^lib\/surveys\//,
  /^lib\/conditions\/workflow\.ts$/,
  /^lib\/control-loops\/workflow\.ts$/,
  /^lib\/evidence\/sniff-media-type\.ts$/,
];
/** Where `suppressed` properties carry the reason a figure is withheld. */
const SUPPRESSION_FILES = [/^lib\/metrics\/stats\/suppress-small-n\.ts$/];

/** zod checks whose first argument is a value and whose second is the message. */
const ZOD_VALUE_FIRST = new Set([
  'min',
  'max',
  'length',
  'gt',
  'gte',
  'lt',
  'lte',
  'multipleOf',
  'step',
  'regex',
  'startsWith',
  'endsWith',
  'includes',
  'refine',
]);
/** zod checks whose only argument is the message. */
const ZOD_MESSAGE_FIRST = new Set(['int', 'positive', 'negative', 'nonnegative', 'nonpositive', 'finite', 'safe', 'email', 'url', 'uuid', 'nonempty', 'trim']);

/**
 * Messages the scan cannot read because they are built elsewhere and passed in a variable. Each
 * names where its texts are read instead. Keyed by file and expression; the test fails when one
 * disappears (then remove it here) or a new one appears (then make it readable or add it here).
 */
const UNREADABLE_ALLOWLIST: Readonly<Record<string, string>> = {
  'lib/conditions/mutations.ts: check.reason': 'a refusal of lib/conditions/workflow.ts; its texts are scanned as `reason` properties there',
  'lib/control-loops/mutations.ts: check.reason': 'a refusal of lib/control-loops/workflow.ts; its texts are scanned as `reason` properties there',
  'lib/import/coursera/row-plan.ts: result.reason': 'a reason of lib/import/coursera/parse-values.ts; scanned as `reason` properties there',
};

const MARK = '{*}';

type TSite = { file: string; line: number };
type TFound = { messages: Map<string, TSite[]>; unreadable: { key: string; site: TSite }[] };

function listSourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!EXCLUDED_DIRS.includes(path)) files.push(...listSourceFiles(path));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) {
      files.push(path);
    }
  }
  return files;
}

function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isNonNullExpression(current)) {
    current = current.expression;
  }
  return current;
}

/** "a {x} b {y}" and "a ${…} b ${…}" both become "a {*} b {*}"; adjacent wildcards count as one. */
function normalise(text: string): string {
  return collapse(text.replace(/\{\w+\}/g, MARK));
}

function collapse(text: string): string {
  let result = text;
  while (result.includes(`${MARK}${MARK}`)) result = result.replaceAll(`${MARK}${MARK}`, MARK);
  return result;
}

type TFunctionLike = ts.FunctionDeclaration | ts.MethodDeclaration | ts.ArrowFunction | ts.FunctionExpression;

class MessageScanner {
  private readonly sources = new Map<string, ts.SourceFile>();
  /** Top-level constants of every scanned file, for `PASSWORD_MESSAGES.tooShort` across files. */
  private readonly constants = new Map<string, { file: string; initializer: ts.Expression }[]>();
  readonly found: TFound = { messages: new Map(), unreadable: [] };

  constructor(files: readonly string[]) {
    for (const file of files) {
      const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
      this.sources.set(file, source);
      for (const statement of source.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.initializer) {
            const list = this.constants.get(declaration.name.text) ?? [];
            list.push({ file, initializer: declaration.initializer });
            this.constants.set(declaration.name.text, list);
          }
        }
      }
    }
  }

  scan(): TFound {
    for (const [file, source] of this.sources) {
      const importsZod = source.statements.some(
        (statement) => ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text === 'zod',
      );
      const scansReasons = REASON_FILES.some((pattern) => pattern.test(file));
      const scansSuppressions = SUPPRESSION_FILES.some((pattern) => pattern.test(file));
      const visit = (node: ts.Node): void => {
        if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) this.scanNew(node, node.expression.text);
        if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) this.scanFieldErrorAssignment(node);
        if (importsZod && ts.isCallExpression(node)) this.scanZodCall(node);
        if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
          const name = node.name.getText();
          if ((scansReasons && name === 'reason') || (scansSuppressions && name === 'suppressed')) this.record(this.texts(this.valueOf(node)), 'secondary');
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    return this.found;
  }

  private valueOf(node: ts.PropertyAssignment | ts.ShorthandPropertyAssignment): ts.Expression {
    return ts.isPropertyAssignment(node) ? node.initializer : node.name;
  }

  private scanNew(node: ts.NewExpression, name: string): void {
    const [first, second] = node.arguments ?? [];
    if (MESSAGE_ERRORS.has(name) || REASON_ERRORS.has(name)) {
      if (first) this.record(this.texts(first));
      if (name === 'ValidationError' && second) this.record(this.fieldErrorTexts(second));
    } else if (name === 'ImportError' && first) {
      const details = unwrap(first);
      if (!ts.isObjectLiteralExpression(details)) {
        this.record(this.unreadable(first));
        return;
      }
      const reason = details.properties.find(
        (property): property is ts.PropertyAssignment | ts.ShorthandPropertyAssignment =>
          (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) && property.name.getText() === 'reason',
      );
      this.record(reason ? this.texts(this.valueOf(reason)) : this.unreadable(details));
    }
  }

  /** `fieldErrors.auditorId = ['…']`, `fieldErrors[key] = ['…']`. */
  private scanFieldErrorAssignment(node: ts.BinaryExpression): void {
    const left = node.left;
    if (!(ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left))) return;
    if (!ts.isIdentifier(left.expression) || left.expression.text !== 'fieldErrors') return;
    this.record(this.listTexts(node.right));
  }

  private scanZodCall(node: ts.CallExpression): void {
    const callee = node.expression;
    if (!ts.isPropertyAccessExpression(callee)) return;
    const method = callee.name.text;
    if (method === 'addIssue') {
      for (const argument of node.arguments) this.record(this.objectMessages(argument));
      return;
    }
    const root = chainRoot(callee);
    if (root !== 'z' && !/^Z[A-Z]/.test(root)) return;
    for (const [index, argument] of node.arguments.entries()) {
      const value = unwrap(argument);
      if (ts.isArrowFunction(value) || ts.isFunctionExpression(value) || ts.isRegularExpressionLiteral(value) || ts.isNumericLiteral(value)) continue;
      if (ts.isObjectLiteralExpression(value)) {
        this.record(this.objectMessages(value));
        continue;
      }
      const isMessagePosition = (ZOD_VALUE_FIRST.has(method) && index === 1) || (ZOD_MESSAGE_FIRST.has(method) && index === 0);
      if (isMessagePosition) {
        const asObject = this.resolveObject(value);
        this.record(asObject ? this.objectMessages(asObject) : this.texts(value));
      }
    }
  }

  /** The `message` / `error` of a zod options object (functions, the dynamic form, are left out). */
  private objectMessages(node: ts.Expression): TFound {
    const result = emptyFound();
    const object = this.resolveObject(node);
    if (!object) return result;
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const name = property.name.getText();
      const value = unwrap(property.initializer);
      if ((name !== 'message' && name !== 'error') || ts.isArrowFunction(value) || ts.isFunctionExpression(value) || ts.isCallExpression(value)) continue;
      merge(result, this.texts(value));
    }
    return result;
  }

  private resolveObject(node: ts.Expression): ts.ObjectLiteralExpression | null {
    const value = unwrap(node);
    if (ts.isObjectLiteralExpression(value)) return value;
    if (ts.isIdentifier(value)) {
      const declared = this.declarationOf(value);
      if (declared && 'initializer' in declared) return this.resolveObject(declared.initializer);
    }
    return null;
  }

  /** The values of a fieldErrors object: `{ role: ['…'] }`, a helper that returns one, or a variable filled by assignments. */
  private fieldErrorTexts(node: ts.Expression, depth = 0): TFound {
    const value = unwrap(node);
    const result = emptyFound();
    if (depth > 6) return this.unreadable(value);
    if (ts.isObjectLiteralExpression(value)) {
      for (const property of value.properties) {
        merge(result, ts.isPropertyAssignment(property) ? this.listTexts(property.initializer) : this.unreadable(property));
      }
      return result;
    }
    if (ts.isIdentifier(value)) {
      const declared = this.declarationOf(value);
      if (declared && 'initializer' in declared) return this.fieldErrorTexts(declared.initializer, depth + 1);
    }
    if (ts.isCallExpression(value) && ts.isIdentifier(value.expression)) {
      const fn = this.localFunction(value.expression);
      if (fn) {
        for (const returned of returnedExpressions(fn)) merge(result, this.fieldErrorTexts(returned, depth + 1));
        return result;
      }
    }
    return this.unreadable(value);
  }

  /** The messages of one field: `['…', '…']` or `problems.map((problem) => \`…\`)`. */
  private listTexts(node: ts.Expression): TFound {
    const value = unwrap(node);
    if (ts.isArrayLiteralExpression(value)) {
      const result = emptyFound();
      for (const element of value.elements) merge(result, this.texts(element));
      return result;
    }
    if (ts.isCallExpression(value) && ts.isPropertyAccessExpression(value.expression) && value.expression.name.text === 'map') {
      const callback = value.arguments[0];
      if (callback && ts.isArrowFunction(callback) && !ts.isBlock(callback.body)) return this.texts(callback.body);
    }
    return this.unreadable(value);
  }

  /** Every text an expression can have, `${…}` as wildcards; what cannot be read is reported. */
  texts(node: ts.Expression, depth = 0): TFound {
    const value = unwrap(node);
    const result = emptyFound();
    if (depth > 8) return this.unreadable(value);
    if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return this.foundText(value.text, value);
    if (ts.isTemplateExpression(value)) {
      let variants = [value.head.text];
      for (const span of value.templateSpans) {
        // A choice between literals (`problem${n === 1 ? '' : 's'}`) gives one message per literal; anything else is a wildcard.
        const choices = literalChoices(span.expression);
        const parts = choices ?? [MARK];
        variants = variants.flatMap((variant) => parts.map((part) => variant + part + span.literal.text));
      }
      for (const variant of variants) merge(result, this.foundText(collapse(variant), value));
      return result;
    }
    if (ts.isConditionalExpression(value)) {
      merge(result, this.texts(value.whenTrue, depth + 1));
      merge(result, this.texts(value.whenFalse, depth + 1));
      return result;
    }
    if (
      ts.isBinaryExpression(value) &&
      (value.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || value.operatorToken.kind === ts.SyntaxKind.BarBarToken)
    ) {
      merge(result, this.texts(value.left, depth + 1));
      merge(result, this.texts(value.right, depth + 1));
      return result;
    }
    if (value.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(value) && value.text === 'undefined')) return result;
    if (ts.isIdentifier(value)) {
      const declared = this.declarationOf(value);
      if (!declared) return this.unreadable(value);
      if ('initializer' in declared) return this.texts(declared.initializer, depth + 1);
      // A parameter: what the function's callers in the same file pass.
      const { fn, index, fallback } = declared;
      const calls = this.callsOf(fn);
      if (calls.length === 0) return this.unreadable(value);
      for (const call of calls) {
        const argument = call.arguments[index];
        if (argument) merge(result, this.texts(argument, depth + 1));
        else if (fallback) merge(result, this.texts(fallback, depth + 1));
      }
      return result;
    }
    if (ts.isPropertyAccessExpression(value) && ts.isIdentifier(value.expression)) {
      const object = this.resolveObject(value.expression) ?? this.constantObject(value.expression.text, value.name.text);
      const property = object?.properties.find((entry) => ts.isPropertyAssignment(entry) && entry.name.getText() === value.name.text);
      if (property && ts.isPropertyAssignment(property)) return this.texts(property.initializer, depth + 1);
      return this.unreadable(value);
    }
    if (ts.isCallExpression(value) && ts.isIdentifier(value.expression)) {
      const fn = this.localFunction(value.expression);
      if (fn) {
        for (const returned of returnedExpressions(fn)) merge(result, this.texts(returned, depth + 1));
        return result;
      }
    }
    return this.unreadable(value);
  }

  private foundText(text: string, node: ts.Node): TFound {
    const result = emptyFound();
    result.messages.set(text, [siteOf(node)]);
    return result;
  }

  private unreadable(node: ts.Node): TFound {
    const site = siteOf(node);
    return { messages: new Map(), unreadable: [{ key: `${site.file}: ${node.getText().replace(/\s+/g, ' ')}`, site }] };
  }

  /** Adds texts to the findings; in secondary scans (values that flow into messages) pass-through values are not reported. */
  private record(found: TFound, kind: 'primary' | 'secondary' = 'primary'): void {
    for (const [text, sites] of found.messages) this.found.messages.set(text, [...(this.found.messages.get(text) ?? []), ...sites]);
    if (kind === 'primary') this.found.unreadable.push(...found.unreadable);
  }

  private constantObject(name: string, key: string): ts.ObjectLiteralExpression | null {
    for (const { initializer } of this.constants.get(name) ?? []) {
      const object = this.resolveObject(initializer);
      if (object?.properties.some((entry) => ts.isPropertyAssignment(entry) && entry.name.getText() === key)) return object;
    }
    return null;
  }

  /** A variable's initializer, or the function a parameter belongs to; searched from the use outwards, then in other files. */
  private declarationOf(
    identifier: ts.Identifier,
  ): { initializer: ts.Expression } | { fn: TFunctionLike; index: number; fallback: ts.Expression | undefined } | null {
    const name = identifier.text;
    for (let scope: ts.Node | undefined = identifier.parent; scope; scope = scope.parent) {
      if (isFunctionLike(scope)) {
        const index = scope.parameters.findIndex((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === name);
        const parameter = scope.parameters[index];
        if (parameter) return { fn: scope, index, fallback: parameter.initializer };
      }
      if (ts.isBlock(scope) || ts.isSourceFile(scope)) {
        const declared = findVariable(scope, name);
        if (declared) return { initializer: declared };
      }
    }
    const elsewhere = this.constants.get(name);
    return elsewhere?.length === 1 && elsewhere[0] ? { initializer: elsewhere[0].initializer } : null;
  }

  /** A function declared in the same file under this name (`function fail`, `const malformed = () => …`). */
  private localFunction(identifier: ts.Identifier): TFunctionLike | null {
    const declared = this.declarationOf(identifier);
    if (declared && 'initializer' in declared) {
      const value = unwrap(declared.initializer);
      return ts.isArrowFunction(value) || ts.isFunctionExpression(value) ? value : null;
    }
    let found: TFunctionLike | null = null;
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionDeclaration(node) && node.name?.text === identifier.text) found = node;
      if (!found) ts.forEachChild(node, visit);
    };
    visit(identifier.getSourceFile());
    return found;
  }

  /** The calls of a function in its own file: `fail(…)`, `this.throwError(…)`, `assertManager(…)`. */
  private callsOf(fn: TFunctionLike): ts.CallExpression[] {
    const name = functionName(fn);
    if (!name) return [];
    const calls: ts.CallExpression[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        if ((ts.isIdentifier(callee) && callee.text === name) || (ts.isPropertyAccessExpression(callee) && callee.name.text === name)) calls.push(node);
      }
      ts.forEachChild(node, visit);
    };
    visit(fn.getSourceFile());
    return calls;
  }
}

function isFunctionLike(node: ts.Node): node is TFunctionLike {
  return ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}

function functionName(fn: TFunctionLike): string | null {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name) return fn.name.getText();
  if (ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return fn.parent.name.text;
  return null;
}

function findVariable(scope: ts.Block | ts.SourceFile, name: string): ts.Expression | null {
  for (const statement of scope.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer) return declaration.initializer;
    }
  }
  return null;
}

function returnedExpressions(fn: TFunctionLike): ts.Expression[] {
  if (!fn.body) return [];
  if (!ts.isBlock(fn.body)) return [fn.body];
  const returned: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node) && node.expression) returned.push(node.expression);
    // Returns of nested functions belong to them.
    if (!isFunctionLike(node)) ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return returned;
}

/** `cond ? '' : 's'` → ['', 's']; null when a branch is not a literal. */
function literalChoices(node: ts.Expression): string[] | null {
  const value = unwrap(node);
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return [value.text];
  if (ts.isConditionalExpression(value)) {
    const whenTrue = literalChoices(value.whenTrue);
    const whenFalse = literalChoices(value.whenFalse);
    return whenTrue && whenFalse ? [...whenTrue, ...whenFalse] : null;
  }
  return null;
}

function chainRoot(node: ts.Expression): string {
  let current: ts.Expression = node;
  while (ts.isPropertyAccessExpression(current) || ts.isCallExpression(current) || ts.isElementAccessExpression(current) || ts.isNonNullExpression(current)) {
    current = current.expression;
  }
  return ts.isIdentifier(current) ? current.text : '';
}

function siteOf(node: ts.Node): TSite {
  const source = node.getSourceFile();
  return { file: relative(ROOT, join(ROOT, source.fileName)), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 };
}

function emptyFound(): TFound {
  return { messages: new Map(), unreadable: [] };
}

function merge(target: TFound, source: TFound): void {
  for (const [text, sites] of source.messages) target.messages.set(text, [...(target.messages.get(text) ?? []), ...sites]);
  target.unreadable.push(...source.unreadable);
}

const CATALOGUE: Readonly<Record<string, string>> = serverDe;
const PLACEHOLDER = /\{(\w+)\}/g;
const placeholdersOf = (text: string) => [...text.matchAll(PLACEHOLDER)].map((match) => match[1]).sort();
/** An instance of an entry: each placeholder filled with a value no entry translates. */
const sample = (text: string) => text.replace(PLACEHOLDER, (_, name: string) => `‹${name}›`);
/** Importer and survey reasons: they follow a location, so they start in lower case (or with the offending value). */
const isReason = (english: string) => /^([a-z"]|\{value\})/.test(english) && !english.startsWith('line ');

describe('messages/de/server.json', () => {
  const found = new MessageScanner(listSourceFiles('lib')).scan();

  test('has an entry for every message lib/ can show', () => {
    const entries = new Set(Object.keys(CATALOGUE).map(normalise));
    const missing = [...found.messages]
      .filter(([text]) => !entries.has(normalise(text)))
      .map(([text, sites]) => `${JSON.stringify(text)}  (${sites.map((site) => `${site.file}:${site.line}`).join(', ')})`)
      .sort();
    expect(found.messages.size).toBeGreaterThan(200);
    expect(missing, `${missing.length} message(s) without a German entry ({*} marks an interpolated part):\n${missing.join('\n')}`).toEqual([]);
  });

  test('lists every message the scan cannot read, with a reason', () => {
    const unreadable = [...new Set(found.unreadable.map((entry) => entry.key))].sort();
    const unexpected = found.unreadable
      .filter((entry) => !(entry.key in UNREADABLE_ALLOWLIST))
      .map((entry) => `${entry.site.file}:${entry.site.line}: ${entry.key}`);
    expect(unexpected, `messages the scan cannot read; make them literal or add them to UNREADABLE_ALLOWLIST:\n${unexpected.join('\n')}`).toEqual([]);
    expect(unreadable, 'UNREADABLE_ALLOWLIST holds entries the scan no longer meets').toEqual(Object.keys(UNREADABLE_ALLOWLIST).sort());
  });

  test('has no entry that is only placeholders and punctuation, and keeps every placeholder', () => {
    const problems: string[] = [];
    for (const [source, target] of Object.entries(CATALOGUE)) {
      if (!/[\p{L}\p{N}]/u.test(source.replace(PLACEHOLDER, ''))) problems.push(`placeholders only (would match everything): ${JSON.stringify(source)}`);
      if (target.trim() === '') problems.push(`empty translation: ${JSON.stringify(source)}`);
      if (placeholdersOf(source).join() !== placeholdersOf(target).join())
        problems.push(`placeholders differ: ${JSON.stringify(source)} → ${JSON.stringify(target)}`);
      if (new Set(placeholdersOf(source)).size !== placeholdersOf(source).length) problems.push(`placeholder used twice: ${JSON.stringify(source)}`);
    }
    expect(problems).toEqual([]);
  });

  test('translates each entry to its own German, whatever its placeholders hold', () => {
    const shadowed = Object.entries(CATALOGUE)
      .filter(([english, german]) => translateServerMessage(sample(english), 'de') !== sample(german))
      .map(([english]) => `${JSON.stringify(english)} → ${JSON.stringify(translateServerMessage(sample(english), 'de'))}`);
    expect(shadowed, 'entries another entry captures first').toEqual([]);
  });

  test('composes with the messages that wrap another message', () => {
    // A refusal of attachLoopToCondition ("<reason> Nothing was changed.") and the location an ImportError or a survey
    // problem puts before its reason: the inner message must come out whole, not cut by a wrapper's placeholder.
    const wrappers: [wrapper: string, isInner: (english: string) => boolean][] = [
      ['{reason} Nothing was changed.', (english) => english.endsWith('.') && !/nothing was|nothing changed/i.test(english)],
      ['{file}, line {line}, column {column}: {reason}', isReason],
      ['{file}, line {line}: {reason}', isReason],
      ['{file}, column {column}: {reason}', isReason],
      ['line {line}, column {column}: {reason}', isReason],
      ['line {line}: {reason}', isReason],
    ];
    const broken: string[] = [];
    for (const [wrapper, isInner] of wrappers) {
      const germanWrapper = CATALOGUE[wrapper] as string;
      for (const [english, german] of Object.entries(CATALOGUE).filter(([entry]) => isInner(entry))) {
        const message = sample(wrapper).replace('‹reason›', sample(english));
        const expected = sample(germanWrapper).replace('‹reason›', sample(german));
        if (translateServerMessage(message, 'de') !== expected) broken.push(`${message} → ${translateServerMessage(message, 'de')}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('translateServerMessage', () => {
  test.each([
    ['Certificate not found', 'Zertifikat nicht gefunden'],
    ['Some fields are not valid; nothing was changed.', 'Einige Felder sind ungültig; es wurde nichts geändert.'],
    ['Passwords need at least 12 characters', 'Passwörter müssen mindestens 12 Zeichen lang sein'],
    ['fewer than 5 respondents (n = 3)', 'weniger als 5 Befragte (n = 3)'],
    ['no data', 'keine Daten'],
  ])('%s', (english, german) => {
    expect(translateServerMessage(english, 'de')).toBe(german);
  });

  test('translates the parts a message interpolates, recursively', () => {
    // An ImportError's message: location, then a reason that is itself a template.
    expect(translateServerMessage('course_memberships.csv, line 17, column enrolled_at: expected a date like 2016-04-27, found "2016-4-1"', 'de')).toBe(
      'course_memberships.csv, Zeile 17, Spalte enrolled_at: erwartet wurde ein Datum wie 2016-04-27, gefunden wurde "2016-4-1"',
    );
    // A workflow refusal wrapped by the control-loop actions.
    expect(translateServerMessage('This checklist item is for another certificate; choose the item of Data Science. Nothing was changed.', 'de')).toBe(
      'Dieser Checklistenpunkt gehört zu einem anderen Zertifikat; wählen Sie den Punkt von Data Science. Es wurde nichts geändert.',
    );
    expect(translateServerMessage('Only quality managers start control loops', 'de')).toBe('Nur das Qualitätsmanagement kann Regelkreise starten');
  });

  test('leaves English and unknown messages as they are', () => {
    expect(translateServerMessage('Certificate not found', 'en')).toBe('Certificate not found');
    expect(translateServerMessage('fewer than 5 respondents (n = 3)', 'en')).toBe('fewer than 5 respondents (n = 3)');
    expect(translateServerMessage('A message nobody wrote', 'de')).toBe('A message nobody wrote');
  });
});
