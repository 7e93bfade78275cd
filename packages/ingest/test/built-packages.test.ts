import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// The built packages as a consumer loads them: `import` for every package, `require` for those
// that ship CJS. (normalize's CJS build once crashed on opencc's dictionaries, unseen by tests
// that run against source.)
const packageDir = new URL("..", import.meta.url).pathname;

function run(code: string, type: "module" | "commonjs") {
  const result = spawnSync(process.execPath, [`--input-type=${type}`, "-e", code], {
    cwd: packageDir,
    encoding: "utf8",
  });
  return { code: result.status, out: result.stdout.trim(), err: result.stderr };
}

const smoke = `
  const model = M("@lianzheng/model");
  const normalize = M("@lianzheng/normalize");
  const out = [
    typeof model.Document.parse,
    normalize.hasSimplifiedCharacters("们"),
    normalize.parseAmount("1 億 1,129 萬 5,690 元").value,
    M("@lianzheng/agencies").resolveAgency("廉政署")?.agencyId,
    typeof M("@lianzheng/text").readText,
    typeof M("@lianzheng/action-plan").parseActionPlan,
    typeof M("@lianzheng/execution-report").parseExecutionReport,
    M("@lianzheng/mentions").findMentions("the Immigration Agency of MOI")[0]?.id,
    typeof M("@lianzheng/trip-report").parseTripReport,
    typeof M("@lianzheng/narrative").parseNarrative,
  ];
  console.log(JSON.stringify(out));
`;
const expected = [
  "function",
  true,
  111295690,
  "moj-aac",
  "function",
  "function",
  "function",
  "moi-nia",
  "function",
  "function",
];

describe("built packages", () => {
  it("load through require (CJS builds)", () => {
    const result = run(`const M = require; ${smoke}`, "commonjs");
    expect(result.err).toBe("");
    expect(JSON.parse(result.out)).toEqual(expected);
  });

  it("load through import (ESM builds), the PDF reader and the CLI's library too", async () => {
    const result = run(
      `const mods = {}; for (const name of ["@lianzheng/model","@lianzheng/normalize","@lianzheng/agencies","@lianzheng/layout","@lianzheng/text","@lianzheng/mentions","@lianzheng/trip-report","@lianzheng/narrative","@lianzheng/action-plan","@lianzheng/execution-report","@lianzheng/pdf","@lianzheng/ingest"]) mods[name] = await import(name);
       const M = (name) => mods[name]; ${smoke}
       if (typeof M("@lianzheng/pdf").readPdf !== "function" || typeof M("@lianzheng/ingest").parseFile !== "function") process.exit(3);`,
      "module",
    );
    expect(result.err).toBe("");
    expect(JSON.parse(result.out)).toEqual(expected);
  });
});

describe("built declarations", () => {
  it("type-check a consumer from ESM and CJS without the source condition", () => {
    const tsc = new URL("../../../node_modules/.bin/tsc", import.meta.url).pathname;
    const result = spawnSync(tsc, ["-p", "test/consumer/tsconfig.json"], {
      cwd: packageDir,
      encoding: "utf8",
    });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
    // tsc reads every package's declarations (skipLibCheck off): over 30 s on a busy 2-CPU machine.
  }, 180_000);
});
