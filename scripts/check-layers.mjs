// Checks that nothing imports upward: each package's runtime dependencies on other lianzheng
// packages (package.json `dependencies` and `peerDependencies`, and every `@lianzheng/…` import in
// its src/ outside tests, bundled pages included) lie in a lower layer than the package itself. Tests may use any package
// (devDependencies); the private test helpers are for tests only. Run by `pnpm lint`; exits 1
// naming every offence. A new package is placed in LAYERS before it can pass.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * The data flow read → parse → normalize → model → publish, lowest first: a package may depend
 * only on packages of lower layers (the root README's data-flow line says the same).
 */
const LAYERS = [
  ["model"],
  ["normalize"],
  ["agencies"],
  ["mentions"],
  ["layout"],
  ["text", "pdf", "action-plan", "execution-report", "trip-report", "narrative"],
  ["parse"],
  ["dataset"],
  // The static site of a dataset; its pages may bundle the parse step and the CSV writer.
  ["viewer"],
  ["ingest"],
];
/** Imported by tests only, never by a package's runtime code. */
const TEST_ONLY = new Set(["test-support"]);
const SCOPE = "@lianzheng/";

const root = process.argv[2] ?? new URL("../", import.meta.url).pathname;
const layerOf = new Map(LAYERS.flatMap((names, layer) => names.map((name) => [name, layer])));
const problems = [];

function sourceFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(path);
    const code = /\.(?:[cm]?[jt]sx?)$/u.test(entry.name) && !/\.d\.ts$/u.test(entry.name);
    return code && !/\.test\.[a-z]+$/u.test(entry.name) ? [path] : [];
  });
}

/** The lianzheng packages a source file imports (static, dynamic, re-exports), by short name. */
function importsOf(file) {
  const text = readFileSync(file, "utf8");
  const pattern = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*["']@lianzheng\/([a-z0-9-]+)/gu;
  return [...text.matchAll(pattern)].map((match) => match[1]);
}

function checkDependency(name, dependency, where) {
  if (TEST_ONLY.has(dependency)) {
    problems.push(`${where}: ${SCOPE}${dependency} is for tests only`);
    return;
  }
  const own = layerOf.get(name);
  const theirs = layerOf.get(dependency);
  if (theirs === undefined) return; // reported once as a package missing from LAYERS
  if (theirs >= (own ?? -1)) {
    const relation = theirs === own ? "the same layer" : "a higher layer";
    problems.push(`${where}: ${name} imports ${SCOPE}${dependency}, of ${relation} (nothing imports upward)`);
  }
}

const packages = join(root, "packages");
for (const entry of readdirSync(packages, { withFileTypes: true })) {
  let pkg;
  try {
    pkg = JSON.parse(readFileSync(join(packages, entry.name, "package.json"), "utf8"));
  } catch {
    continue; // not a package
  }
  const name = pkg.name.replace(SCOPE, "");
  if (!layerOf.has(name) && !TEST_ONLY.has(name)) {
    problems.push(
      `packages/${entry.name}: ${pkg.name} has no layer: place it in LAYERS (scripts/check-layers.mjs)`,
    );
    continue;
  }
  if (TEST_ONLY.has(name)) continue;
  const runtime = { ...pkg.dependencies, ...pkg.peerDependencies };
  for (const dependency of Object.keys(runtime).filter((d) => d.startsWith(SCOPE))) {
    checkDependency(name, dependency.replace(SCOPE, ""), `packages/${entry.name}/package.json`);
  }
  for (const file of sourceFiles(join(packages, entry.name, "src"))) {
    for (const dependency of new Set(importsOf(file))) {
      if (dependency === name) continue;
      const where = relative(root, file);
      checkDependency(name, dependency, where);
      // A bundled page (the viewer's) may take a package from devDependencies: it is inlined.
      const declared = { ...runtime, ...pkg.devDependencies };
      if (!TEST_ONLY.has(dependency) && !(`${SCOPE}${dependency}` in declared)) {
        problems.push(`${where}: imports ${SCOPE}${dependency}, which package.json does not list`);
      }
    }
  }
}
if (problems.length > 0) {
  console.error("Package layering (see scripts/check-layers.mjs):");
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
