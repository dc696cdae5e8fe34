// The layer rules of docs/architecture.md, checked on the source (TypeScript's own parser, so
// comments, strings and Cypher text never count):
//   (a) lib/domain/** imports nothing from graph/, seed/, Next, React or server-only (type
//       imports included: a record type the domain needs lives in the domain);
//   (b) nothing the app runs (app/, components/, lib/, graph/) imports seed/ code; the one reader
//       of the report's data files (seed/data/*.json) is lib/reference/; the demo loader's
//       repository is the only exception;
//   (c) at most MAX_CASTS `as` casts in graph/ (`as const` is no cast);
//   (d) graph/ imports nothing of lib/ but the domain (record types, errors, vocabularies).
//   (e) lib/use-cases imports nothing of lib/edge or Next: use cases take the acting user from their caller.
// The map model (lib/domain/map/**: elements, node specs, labels, layouts, SVG) is part of the
// domain and held to rule (a) like the rest.
// Exits 1 when a rule is broken. `--list` prints every cast and every (d) import with its place.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const MAX_CASTS = 5;
const CODE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
/** The repository that writes the generated demo: run by seed scripts and tests, never by a request. */
const DEMO_LOADER_FILES = new Set(['graph/repositories/demo.ts']);
/** Where the app reads the report's data files; today's readers still live in seed/. */
const REFERENCE_DIR = 'lib/reference/';
/** The domain's folder (the map model included: lib/domain/map). */
const DOMAIN_DIRS = ['lib/domain/'];
const inDomain = (target) => DOMAIN_DIRS.some((dir) => target.startsWith(dir));
const FORBIDDEN_IN_DOMAIN = [
  { name: 'graph/', test: (target) => target.startsWith('graph/') },
  { name: 'seed/', test: (target) => target.startsWith('seed/') },
  { name: 'next', test: (_, spec) => spec === 'next' || spec.startsWith('next/') || spec.startsWith('@next/') },
  { name: 'react', test: (_, spec) => /^react(-dom)?(\/|$)/.test(spec) },
  { name: 'server-only', test: (_, spec) => spec === 'server-only' || spec === 'client-only' },
  // Use cases, edge glue and repositories sit above the domain: it may not reach up to them.
  { name: 'lib/ outside lib/domain', test: (target) => target.startsWith('lib/') && !inDomain(target) },
];

function sourceFiles(dir) {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && CODE.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(root, path.join(e.parentPath ?? e.path, e.name)))
    .filter((file) => !file.split(path.sep).some((part) => part === 'node_modules' || part === 'target'))
    .sort();
}

function parse(file) {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

/** The repository path a specifier points at (`@/x`, `./x`, `../x`), or null for a package. */
function targetOf(file, spec) {
  if (spec.startsWith('@/')) return path.normalize(spec.slice(2));
  if (spec.startsWith('.')) return path.relative(root, path.resolve(root, path.dirname(file), spec));
  return null;
}

/** Every import of a file: static, re-export, dynamic `import()` and `require()`. */
function importsOf(source) {
  const found = [];
  const add = (node, spec, typeOnly) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ spec, typeOnly, line: line + 1 });
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : null;
      const typeOnly = Boolean(clause && (clause.isTypeOnly || (!clause.name && named && named.length > 0 && named.every((e) => e.isTypeOnly))));
      add(node, node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : null;
      add(node, node.moduleSpecifier.text, node.isTypeOnly || Boolean(named && named.length > 0 && named.every((e) => e.isTypeOnly)));
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      add(node, node.moduleReference.expression.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0])) {
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (isImport || isRequire) add(node, node.arguments[0].text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node, node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `x as T` and `<T>x`; `as const` is a literal's narrowing, not a cast. */
function castsOf(source) {
  const found = [];
  const visit = (node) => {
    const isAs = ts.isAsExpression(node) && !(ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(source) === 'const');
    if (isAs || ts.isTypeAssertionExpression(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push({ line: line + 1, text: node.getText(source).replace(/\s+/g, ' ') });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const domainViolations = [];
for (const file of DOMAIN_DIRS.flatMap((dir) => sourceFiles(dir.slice(0, -1)))) {
  for (const imp of importsOf(parse(file))) {
    const target = targetOf(file, imp.spec);
    const rule = FORBIDDEN_IN_DOMAIN.find((r) => r.test(target ?? '', imp.spec));
    if (rule) domainViolations.push(`${file}:${imp.line} imports ${imp.spec} (${rule.name})`);
  }
}

const seedViolations = [];
const seedTypeImports = [];
for (const file of ['app', 'components', 'lib', 'graph'].flatMap(sourceFiles)) {
  if (DEMO_LOADER_FILES.has(file)) continue;
  for (const imp of importsOf(parse(file))) {
    const target = targetOf(file, imp.spec);
    if (!target?.startsWith('seed/')) continue;
    const dataFileFromReference = target.startsWith('seed/data/') && target.endsWith('.json') && file.startsWith(REFERENCE_DIR);
    if (dataFileFromReference) continue;
    (imp.typeOnly ? seedTypeImports : seedViolations).push(`${file}:${imp.line} imports ${imp.spec}`);
  }
}

// graph/ knows only the domain's types and errors.
const graphUpward = [];
for (const file of sourceFiles('graph')) {
  for (const imp of importsOf(parse(file))) {
    const target = targetOf(file, imp.spec);
    if (target?.startsWith('lib/') && !inDomain(target)) graphUpward.push(`${file}:${imp.line} imports ${imp.spec}`);
  }
}

// Use cases take the acting user from their caller: they know no request, so nothing of lib/edge or Next.
const useCaseUpward = [];
for (const file of sourceFiles('lib/use-cases')) {
  for (const imp of importsOf(parse(file))) {
    const target = targetOf(file, imp.spec);
    if (target?.startsWith('lib/edge/') || imp.spec === 'next' || imp.spec.startsWith('next/')) useCaseUpward.push(`${file}:${imp.line} imports ${imp.spec}`);
  }
}

const casts = sourceFiles('graph').flatMap((file) => castsOf(parse(file)).map((c) => ({ file, ...c })));

const report = (title, lines) => {
  console.log(`${title}: ${lines.length}`);
  for (const line of lines) console.log(`  ${line}`);
};
report('(a) lib/domain imports of graph/, seed/, Next, React, server-only or lib/ outside the domain', domainViolations);
report('(b) run-time imports of seed/ from app/, components/, lib/, graph/', seedViolations);
if (seedTypeImports.length > 0) report('    (type-only imports of seed/, allowed but a sign a record type lives in the wrong place)', seedTypeImports);
const perFile = new Map();
for (const c of casts) perFile.set(c.file, (perFile.get(c.file) ?? 0) + 1);
const byFile = [...perFile].map(([file, count]) => `${file}: ${count}`);
console.log(`(c) \`as\` casts in graph/ (at most ${MAX_CASTS}): ${casts.length}`);
for (const line of byFile) console.log(`  ${line}`);
if (process.argv.includes('--list')) for (const c of casts) console.log(`    ${c.file}:${c.line}  ${c.text.slice(0, 140)}`);

report('(d) graph/ imports of lib/ outside lib/domain', graphUpward);
report('(e) lib/use-cases imports of lib/edge or Next', useCaseUpward);

const failed = domainViolations.length > 0 || seedViolations.length > 0 || casts.length > MAX_CASTS || graphUpward.length > 0 || useCaseUpward.length > 0;
console.log(failed ? 'Architecture check: FAILED' : 'Architecture check: passed');
process.exitCode = failed ? 1 : 0;
