import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cliPath, repoRoot as root } from "@lianzheng/test-support";
import { transformSync } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

// A developer's first hour: every package packed as npm would publish it, installed with npm into a
// new project outside the workspace (its dependencies from the registry, or npm's cache), and every
// TypeScript example of every package README run there, from ESM and from CommonJS. A README line
// `expression; // value` is checked when the value is a plain JS literal.
// Every published package (the private test-support package is not one).
const packages = readdirSync(join(root, "packages")).filter((name) => {
  if (!readdirSync(join(root, "packages", name)).includes("package.json")) return false;
  return !JSON.parse(readFileSync(join(root, "packages", name, "package.json"), "utf8")).private;
});

// What the examples take as given, as a reader would have it at hand.
const source = `{ path: "plan.txt", format: "text", sha256: "${"0".repeat(64)}", bytes: 1 }`;
const givens: Record<string, string> = {
  model: `const text = readFileSync("plan.json", "utf8");`,
  layout: `const text = readFileSync("seeds/001.txt", "utf8");`,
  "action-plan": `const chineseText = readFileSync("seeds/001.txt", "utf8");
    const englishText = readFileSync("seeds/000.txt", "utf8");
    const source = ${source}; const englishSource = ${source};`,
  text: `const bytes = readFileSync("seeds/001.txt");`,
  "trip-report": `const text = readFileSync("seeds/002.txt", "utf8");
    const id = "trip-report.zh-hant.0"; const source = ${source};
    const plan = JSON.parse(readFileSync("plan.json", "utf8"));`,
  narrative: `const text = readFileSync("seeds/004.txt", "utf8");
    const id = "narrative.en.0"; const source = ${source};`,
  parse: `const bytes = readFileSync("seeds/001.txt");`,
  dataset: `const documents = [JSON.parse(readFileSync("plan.json", "utf8"))];`,
  "execution-report": `const text = readFileSync("seeds/003.txt", "utf8");
    const planText = readFileSync("seeds/001.txt", "utf8");
    const source = ${source}; const planSource = ${source};`,
};

/** The ```ts blocks of a README. */
function examplesOf(readme: string): string[] {
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
}

const balanced = (text: string) => text.split("(").length === text.split(")").length;

/**
 * `expr; // value` lines, and `expr;` lines followed by `// value` lines, become checks when the
 * value is a literal the checker can read.
 */
function withChecks(code: string): string {
  const lines = code.split("\n");
  return lines
    .map((line, i) => {
      if (/^(const|let|import|if|await|try|\}|\/\/)/.test(line) || line.includes("console.")) return line;
      let match = /^([A-Za-z_$[][^;]*?);\s*\/\/\s*(.+)$/.exec(line);
      if (!match && /^[A-Za-z_$[][^;]*;$/.test(line)) {
        const comment: string[] = [];
        for (let j = i + 1; j < lines.length && lines[j]?.startsWith("//"); j++) {
          comment.push((lines[j] as string).replace(/^\/\/\s?/, ""));
        }
        if (comment.length > 0)
          match = [line, line.slice(0, -1), comment.join("\n")] as unknown as RegExpExecArray;
      }
      if (!match || !balanced(match[1] as string)) return line;
      const [, expression, comment] = match as unknown as [string, string, string];
      return `__check(${JSON.stringify(expression)}, () => (${expression}), ${JSON.stringify(comment)});`;
    })
    .join("\n");
}

/** What `console.log(…); // text` lines say they print (unless elided with …). */
function printedOf(example: string): string[] {
  return [...example.matchAll(/console\.\w+\(.*\n?\s*\/\/ (.+)/g)]
    .map((match) => match[1] as string)
    .filter((text) => !text.includes("…"));
}

const checker = `
  const __check = (expression, actual, comment) => {
    let expected;
    try { if (comment.includes("…")) return; expected = (0, eval)("(" + comment + ")"); } catch { return; }
    const value = actual();
    const fits = (a, e) => e !== null && typeof e === "object"
      ? a !== null && typeof a === "object" && (!Array.isArray(e) || (Array.isArray(a) && a.length === e.length)) && Object.keys(e).every((k) => fits(a[k], e[k]))
      : Object.is(a, e);
    if (!fits(value, expected)) throw new Error("README says " + expression + " is " + comment + ", got " + JSON.stringify(value));
    __checked++;
  };
  let __checked = 0;
`;

/** An example as an ES module: TypeScript stripped, checks added, the givens first. */
function asModule(example: string, given: string): string {
  const js = transformSync(withChecks(example), { loader: "ts", format: "esm" }).code;
  const imports = js.match(/^import .*;$/gm) ?? [];
  const body = js.replace(/^import .*;$/gm, "");
  return [
    `import { readFileSync } from "node:fs";`,
    ...imports,
    checker,
    given,
    body,
    `console.log("checked " + __checked);`,
  ].join("\n");
}

/** The same example as CommonJS: imports become require(), the body an async function. */
function asCommonJs(module: string): string {
  const requires = (module.match(/^import .*;$/gm) ?? []).map((line) =>
    line.replace(
      /^import \{([^}]*)\} from ("[^"]+");$/,
      (_, names: string, from: string) => `const {${names.replace(/ as /g, ": ")}} = require(${from});`,
    ),
  );
  const body = module.replace(/^import .*;$/gm, "");
  return `${requires.join("\n")}\n(async () => {\n${body}\n})().catch((error) => { console.error(error); process.exit(1); });`;
}

let project: string;

function node(file: string) {
  const result = spawnSync(process.execPath, [file], {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, NODE_PATH: "", NODE_OPTIONS: "--no-warnings" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), "lianzheng-consumer-"));
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs);
  for (const name of packages) {
    execFileSync("pnpm", ["pack", "--pack-destination", tarballs], {
      cwd: join(root, "packages", name),
      stdio: "pipe",
    });
  }
  project = join(work, "project");
  mkdirSync(join(project, "seeds"), { recursive: true });
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  execFileSync(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      ...readdirSync(tarballs).map((file) => join(tarballs, file)),
    ],
    { cwd: project, stdio: "pipe" },
  );
  for (const [seed, name] of [
    ["000_b54d29a4c767afd7.txt", "000.txt"],
    ["001_6bac756fe4f12e99.txt", "001.txt"],
    ["003_2d62c1db8ab3e0f0.txt", "003.txt"],
    ["002_9a82e845d717d122.txt", "002.txt"],
    ["004_313756eaa13413cd.txt", "004.txt"],
  ] as const) {
    copyFileSync(join(root, "seeds", seed), join(project, "seeds", name));
  }
  copyFileSync(join(root, "fixtures/pdf/plan-2023-zh.pdf"), join(project, "plan.pdf"));
  const plan = spawnSync(process.execPath, [cliPath, "parse", "seeds/001_6bac756fe4f12e99.txt"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  writeFileSync(join(project, "plan.json"), plan.stdout);
}, 600_000);

describe("the packed packages, installed with npm outside the workspace", () => {
  it("installed every package from its tarball, each with its LICENSE", () => {
    for (const name of packages) {
      const installed = join(project, "node_modules/@lianzheng", name);
      expect(readdirSync(installed)).toEqual(
        expect.arrayContaining(["LICENSE", "README.md", "package.json"]),
      );
    }
  });

  const examples = packages.flatMap((name) =>
    examplesOf(readFileSync(join(root, "packages", name, "README.md"), "utf8")).map(
      (example, index) => [name, index + 1, example] as const,
    ),
  );

  it.each(examples)("%s README example %i runs from ESM and from CommonJS", (name, index, example) => {
    const module = asModule(example, givens[name] ?? "");
    writeFileSync(join(project, `${name}-${index}.mjs`), module);
    writeFileSync(join(project, `${name}-${index}.cjs`), asCommonJs(module));
    const esm = node(`${name}-${index}.mjs`);
    expect(esm.code, esm.stderr).toBe(0);
    const cjs = node(`${name}-${index}.cjs`);
    expect(cjs.code, cjs.stderr).toBe(0);
    expect(cjs.stdout).toBe(esm.stdout);
    // Every example shows something it returns or prints, and it is checked.
    const checked = Number(/checked (\d+)/.exec(esm.stdout)?.[1]);
    const printed = printedOf(example);
    for (const text of printed) expect(esm.stdout + esm.stderr).toContain(text);
    expect(checked + printed.length).toBeGreaterThan(0);
  });

  it("a CommonJS consumer recognises a ParseError thrown by the ESM-only pdf package", () => {
    writeFileSync(
      join(project, "parse-error.cjs"),
      `const { isParseError, ParseError } = require("@lianzheng/model");
       import("@lianzheng/pdf").then(({ readPdf }) => readPdf(new TextEncoder().encode("hello"), { file: "notes.pdf" }))
         .then(() => console.log("no error"), (error) => console.log(isParseError(error), error instanceof ParseError, error.code));`,
    );
    expect(node("parse-error.cjs").stdout.trim()).toBe("true true not_a_pdf");
  });

  it("the installed lianzheng command runs", () => {
    const bin = join(project, "node_modules/.bin/lianzheng");
    const help = spawnSync(bin, ["parse", "--help"], { cwd: project, encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("lianzheng parse <file>");
    const parsed = spawnSync(bin, ["parse", "seeds/003.txt", "--compact"], {
      cwd: project,
      encoding: "utf8",
    });
    expect(parsed.status, parsed.stderr).toBe(0);
    expect(JSON.parse(parsed.stdout)).toMatchObject({ kind: "execution-report", rocYear: 107 });
  });
});
