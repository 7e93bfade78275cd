// Lists every function, method and arrow function in packages/*/src (tests left out) that spans
// more than MAX_LINES lines, and exits 1 when there is one that the allow-list does not name.
// Long functions hide their steps; give each step a name instead. Run by `pnpm lint`.
// A function's lines run from its first token (JSDoc excluded) to its closing brace, nested
// functions included: a closure does not make its parent shorter.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const MAX_LINES = 80;
/**
 * `file:function` pairs allowed to be longer. Only the PDF operator interpreter: one switch over
 * PDF.js operators whose cases share the graphics state; its steps are named where they can be.
 */
const ALLOWED = new Set(["packages/pdf/src/internal/operators.ts:readOperatorList"]);
/**
 * Functions split on branches not merged yet: reported, not failed on, until those land. Remove
 * each entry then. None now (the PDF reader's browser entry, issue 20, split the last two).
 */
const PENDING = new Set([]);

// The repository checked: this one, or the folder given as the first argument.
const root = process.argv[2] ?? new URL("../", import.meta.url).pathname;

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(path);
    const source = /\.(?:ts|tsx|mts|js|mjs)$/u.test(entry.name) && !/\.d\.ts$/u.test(entry.name);
    return source && !/\.test\.[a-z]+$/u.test(entry.name) ? [path] : [];
  });
}

/** The name a reader would search for: the declaration's own, or what it is assigned to. */
function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name) {
    return parent.name.getText();
  }
  if (ts.isConstructorDeclaration(node)) return "constructor";
  return "(anonymous)";
}

function longFunctions(file) {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > MAX_LINES) found.push({ name: nameOf(node), line: first + 1, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const packages = join(root, "packages");
const offenders = [];
const pending = [];
for (const pkg of readdirSync(packages, { withFileTypes: true })) {
  if (!pkg.isDirectory()) continue;
  const src = join(packages, pkg.name, "src");
  let files;
  try {
    files = sourceFiles(src);
  } catch {
    continue; // a package without src/
  }
  for (const file of files) {
    const path = relative(root, file);
    for (const fn of longFunctions(file)) {
      const key = `${path}:${fn.name}`;
      if (PENDING.has(key)) pending.push(`${path}:${fn.line} ${fn.name} (${fn.lines} lines)`);
      else if (!ALLOWED.has(key)) offenders.push(`${path}:${fn.line} ${fn.name} (${fn.lines} lines)`);
    }
  }
}
if (pending.length > 0) {
  console.error(`Longer than ${MAX_LINES} lines, split on a branch not merged yet: ${pending.join(", ")}`);
}
if (offenders.length > 0) {
  console.error(`Functions longer than ${MAX_LINES} lines (split them into named steps):`);
  for (const offender of offenders) console.error(`  ${offender}`);
  process.exit(1);
}
