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
import { compareCourse, type TWaveSide } from '@/lib/control-loops/compare-waves';
import { EVIDENCE_MEDIA_TYPES } from '@/lib/evidence/media-types';
import { buildProcedureTimeline } from '@/lib/procedures/timeline';
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

/** Audit actions ("condition.status") are shown in the audit trail's "What" column, so each needs an entry. */
const AUDIT_ACTION = /^[a-z][a-z-]*(\.[a-z][a-z-]*)+$/;
/** Files that write audit entries: through recordAudit, recordAuditorView, recordSignInEvent or a helper of theirs. */
const WRITES_AUDIT = /\brecord\w*(Audit|AuditorView|SignInEvent)\b|AuditAction\b/;

function listAuditSourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (path !== 'lib/db/generated' && entry.name !== 'node_modules') files.push(...listAuditSourceFiles(path));
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      files.push(path);
    }
  }
  return files;
}

/**
 * The action names lib/ and app/ record: literals given as `action: …`, passed to a record…() call
 * (`recordSignInEvent(db, subject, 'auth.sign-in', …)`), listed in an …AuditAction type or held by an …_ACTION constant.
 */
function findAuditActions(): Map<string, string[]> {
  const actions = new Map<string, string[]>();
  for (const file of [...listAuditSourceFiles('lib'), ...listAuditSourceFiles('app')]) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    if (!WRITES_AUDIT.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && AUDIT_ACTION.test(node.text) && isAuditActionSite(node)) {
        actions.set(node.text, [...(actions.get(node.text) ?? []), `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`]);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return actions;
}

function isAuditActionSite(literal: ts.Node): boolean {
  for (let node = literal.parent; node && !ts.isBlock(node) && !ts.isSourceFile(node); node = node.parent) {
    if (ts.isPropertyAssignment(node)) return node.name.getText() === 'action';
    if (ts.isCallExpression(node)) return ts.isIdentifier(node.expression) && /^record[A-Z]\w*$/.test(node.expression.text);
    if (ts.isTypeAliasDeclaration(node)) return node.name.text.endsWith('AuditAction');
    if (ts.isVariableDeclaration(node)) return ts.isIdentifier(node.name) && node.name.text.endsWith('_ACTION');
  }
  return false;
}

const CATALOGUE: Readonly<Record<string, string>> = serverDe;
const PLACEHOLDER = /\{(\w+)\}/g;
const placeholdersOf = (text: string) => [...text.matchAll(PLACEHOLDER)].map((match) => match[1]).sort();
/** An instance of an entry: each placeholder filled with a value no entry translates. */
const sample = (text: string) => text.replace(PLACEHOLDER, (_, name: string) => `‹${name}›`);
/** Importer and survey reasons: they follow a location, so they start in lower case (or with the offending value). */
const isReason = (english: string) => /^([a-z"]|\{value\})/.test(english) && !english.startsWith('line ');
/** A comparison's explanation ("Improved: …; ….") is shown on its own, never inside a refusal. */
const isExplanation = (english: string) => /^(Improved|Worse|Unchanged|Unchanged on balance): \{/.test(english);

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
      ['{reason} Nothing was changed.', (english) => english.endsWith('.') && !/nothing was|nothing changed/i.test(english) && !isExplanation(english)],
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

  test('has an entry for every audit action lib/ and app/ record', () => {
    const actions = findAuditActions();
    const missing = [...actions]
      .filter(([action]) => CATALOGUE[action] === undefined)
      .map(([action, sites]) => `${action}  (${sites.join(', ')})`)
      .sort();
    expect(actions.size).toBeGreaterThan(40);
    expect(missing, `audit action(s) without a German entry:\n${missing.join('\n')}`).toEqual([]);
  });

  test('has an entry for every media type of evidence', () => {
    const missing = Object.values(EVIDENCE_MEDIA_TYPES)
      .map((type) => type.label)
      .filter((label) => CATALOGUE[label] === undefined);
    expect(missing).toEqual([]);
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

  test('translates the message after a location that no entry can hold', () => {
    // An ImportError about a whole file: "<file>: <reason>".
    expect(translateServerMessage('course_grades.csv: the file is empty; expected a header line', 'de')).toBe(
      'course_grades.csv: die Datei ist leer; erwartet wurde eine Kopfzeile',
    );
    expect(translateServerMessage('courses.csv: the zip holds two files of this name in different folders', 'de')).toBe(
      'courses.csv: die ZIP-Datei enthält zwei Dateien dieses Namens in verschiedenen Ordnern',
    );
    expect(translateServerMessage('users.csv: expected an integer, found "x"', 'de')).toBe('users.csv: erwartet wurde eine ganze Zahl, gefunden wurde "x"');
    // Only the first ": " ends the location; an unknown message after it stays as written.
    expect(translateServerMessage('course_grades.csv: a reason nobody wrote', 'de')).toBe('course_grades.csv: a reason nobody wrote');
    expect(translateServerMessage('a: b: no data', 'de')).toBe('a: b: keine Daten');
  });

  test('translates messages joined by "; " only when it knows every one', () => {
    expect(
      translateServerMessage(
        'Single sign-on (OpenID Connect) is not configured correctly: CERTQA_OIDC_ISSUER is missing; CERTQA_OIDC_ROLE_MAP maps "qa" to both ADMIN and AUDITOR; CERTQA_OIDC_SCOPE must include "openid"',
        'de',
      ),
    ).toBe(
      'Single Sign-on (OpenID Connect) ist nicht korrekt konfiguriert: CERTQA_OIDC_ISSUER fehlt; CERTQA_OIDC_ROLE_MAP ordnet „qa“ sowohl ADMIN als auch AUDITOR zu; CERTQA_OIDC_SCOPE muss „openid“ enthalten',
    );
    expect(translateServerMessage('CERTQA_OIDC_ISSUER must be an https:// URL, got "http://idp"; CERTQA_OIDC_SCOPE must include "openid"', 'de')).toBe(
      'CERTQA_OIDC_ISSUER muss eine https://-URL sein, angegeben ist „http://idp“; CERTQA_OIDC_SCOPE muss „openid“ enthalten',
    );
    expect(translateServerMessage('CERTQA_OIDC_ISSUER is missing; a problem nobody wrote', 'de')).toBe('CERTQA_OIDC_ISSUER is missing; a problem nobody wrote');
  });

  test('translates every label of a procedure timeline', () => {
    const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const events = buildProcedureTimeline(
      {
        openedOn: d('2023-02-02'),
        selfAssessmentFiledOn: d('2023-03-28'),
        siteVisitFrom: d('2023-06-27'),
        providerStatementOn: d('2023-09-07'),
        committeeMeetingOn: d('2023-09-20'),
        committeeMeetingNumber: 11,
        decision: 'certification with conditions',
        proofOfConditionsDueOn: d('2024-06-19'),
        certificationFrom: d('2023-09-20'),
        certificationUntil: d('2028-09-19'),
      },
      [
        { conditionNumber: 2, decision: 'FULFILLED', decidedOn: d('2024-09-13') },
        { conditionNumber: 1, decision: 'FULFILLED', decidedOn: d('2024-09-13') },
        { conditionNumber: 3, decision: 'NOT_FULFILLED', decidedOn: d('2025-03-12') },
        { conditionNumber: 4, decision: 'EXTENDED', decidedOn: d('2025-03-12') },
      ],
      d('2026-11-23'),
    );
    expect(events.map((event) => translateServerMessage(event.label, 'de'))).toEqual([
      'Verfahren eröffnet',
      'Selbstbericht eingereicht',
      'Begehung / Online-Begutachtungskonferenz',
      'Stellungnahme des Anbieters zum Gutachten',
      'Kommissionsbeschluss (Sitzung 11): certification with conditions',
      'Nachweis der Auflagenerfüllung fällig',
      'Auflagen 1, 2: erfüllt',
      'Auflage 3: nicht erfüllt',
      'Auflage 4: verlängert',
      'Re-Zertifizierung: Selbstbericht fällig (ein Jahr vor dem Ende)',
      'Ende des Zertifizierungszeitraums',
    ]);
    expect(translateServerMessage('Committee decision', 'de')).toBe('Kommissionsbeschluss');
    expect(translateServerMessage('Committee decision: accredited', 'de')).toBe('Kommissionsbeschluss: accredited');
  });

  test('translates every explanation of a wave comparison', () => {
    const side = (median: number | null, shareHigher: number | null, n = 20, suppressed: string | null = null): TWaveSide => ({
      n,
      estimatedHours: 10,
      median,
      shareHigher,
      suppressed,
    });
    const explain = (baseline: TWaveSide | null, followUp: TWaveSide | null) =>
      translateServerMessage(compareCourse('c', 'Course', 1, baseline, followUp).explanation, 'de');
    expect(explain(side(14, 0.5), side(11, 0.3))).toBe(
      'Verbessert: 20 Prozentpunkte weniger Befragte fanden ihn höher als geschätzt (50 % → 30 %); der Median rückte um 3 h näher an die Schätzung heran (4 h → 1 h Abstand).',
    );
    expect(explain(side(11, 0.3), side(14, 0.31))).toBe(
      'Verschlechtert: der Anteil derer, die ihn höher als geschätzt fanden, blieb innerhalb von 10 Punkten (30 % → 31 %); der Median entfernte sich um 3 h weiter von der Schätzung (1 h → 4 h Abstand).',
    );
    expect(explain(side(14, 0.5), side(14.2, 0.6))).toBe(
      'Verschlechtert: 10 Prozentpunkte mehr Befragte fanden ihn höher als geschätzt (50 % → 60 %); der Median blieb etwa gleich weit von der Schätzung entfernt (4 h → 4.2 h Abstand).',
    );
    expect(explain(side(14, 0.5), side(16, 0.3))).toBe(
      'Unterm Strich unverändert: 20 Prozentpunkte weniger Befragte fanden ihn höher als geschätzt (50 % → 30 %); der Median entfernte sich um 2 h weiter von der Schätzung (4 h → 6 h Abstand).',
    );
    expect(explain(side(14, 0.5), side(14, 0.49))).toBe(
      'Unverändert: der Anteil derer, die ihn höher als geschätzt fanden, blieb innerhalb von 10 Punkten (50 % → 49 %); der Median blieb etwa gleich weit von der Schätzung entfernt (4 h → 4 h Abstand).',
    );
    expect(explain(null, side(14, 0.5))).toBe('Nicht vergleichbar: Der Kurs gehörte zum Zeitpunkt der Ausgangslage nicht zum Zertifikat.');
    expect(explain(side(14, 0.5), null)).toBe('Nicht vergleichbar: Der Kurs gehört zum Zeitpunkt der Nacherhebung nicht mehr zum Zertifikat.');
    expect(explain(side(null, null, 0, 'no data'), side(14, 0.5))).toBe(
      'Nicht vergleichbar: Die Welle der Ausgangslage enthält keine Antworten zu diesem Kurs.',
    );
    expect(explain(side(14, 0.5), side(null, null, 0, 'no data'))).toBe(
      'Nicht vergleichbar: Die Welle der Nacherhebung enthält keine Antworten zu diesem Kurs.',
    );
    expect(explain(side(null, null, 3, 'fewer than 5 respondents (n = 3)'), side(14, 0.5))).toBe(
      'Nicht vergleichbar: Ausgangslage unterdrückt (weniger als 5 Befragte (n = 3)).',
    );
    expect(explain(side(14, 0.5), side(null, null, 3, 'fewer than 5 respondents (n = 3)'))).toBe(
      'Nicht vergleichbar: Nacherhebung unterdrückt (weniger als 5 Befragte (n = 3)).',
    );
  });

  test('translates one percentage point, and the labels of due work', () => {
    expect(translateServerMessage('1 percentage point fewer respondents found it higher than estimated (31 % → 30 %)', 'de')).toBe(
      '1 Prozentpunkt weniger Befragte fanden ihn höher als geschätzt (31 % → 30 %)',
    );
    expect(translateServerMessage('FIBAA 23/016, condition 6: IBM Data Science', 'de')).toBe('FIBAA 23/016, Auflage 6: IBM Data Science');
    expect(translateServerMessage('FIBAA 23/016, condition 6', 'de')).toBe('FIBAA 23/016, Auflage 6');
    expect(translateServerMessage('FIBAA 23/016 · condition 6', 'de')).toBe('FIBAA 23/016 · Auflage 6');
    expect(translateServerMessage('Closed (condition not fulfilled)', 'de')).toBe('Geschlossen (Auflage nicht erfüllt)');
    expect(translateServerMessage('The upload did not complete: larger than 4 GiB', 'de')).toBe('Der Upload wurde nicht abgeschlossen: größer als 4 GiB');
  });
});
