// `pnpm bench pdf`: pages per second and peak memory of `lianzheng parse` on the fixture PDFs and
// on a long PDF (the fixtures concatenated to 300+ pages with qpdf, made in a temp dir), beside
// (a) raw pdfjs — getTextContent + getOperatorList on every page, the floor of any pdfjs reader —
// (b) poppler's `pdftotext -layout` and (c) pdfminer's `pdf2txt`, in one run.
//
// Needs the built packages (`pnpm build`) and, from Debian, qpdf, poppler-utils, python3-pdfminer.
//   pnpm bench pdf [--runs 3] [--only long]
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
// Every producer of the fixture matrix (fixtures/pdf/README.md), not the damaged files of bad/.
const fixtures = ["fixtures/pdf", "fixtures/pdf/producers"]
  .flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith(".pdf"))
      .map((name) => `${dir.slice("fixtures/pdf".length + 1)}${dir.endsWith("producers") ? "/" : ""}${name}`),
  )
  .sort();
const cli = join(root, "packages/ingest/dist/cli.js");
const LONG_PAGES = 300;

// --- pdfjs as packages/pdf resolves it -------------------------------------------------------
const requirePdf = createRequire(join(root, "packages/pdf/package.json"));
const pdfjsDir = requirePdf.resolve("pdfjs-dist/package.json").replace(/package\.json$/, "");
const loadPdfJs = () => import(pathToFileURL(join(pdfjsDir, "legacy/build/pdf.mjs")).href);

/** (a) The floor: text and operator list of every page, nothing else. Returns the page count. */
async function readRaw(pdfjs, data) {
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(data),
    cMapUrl: join(pdfjsDir, "cmaps/"),
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsDir, "standard_fonts/"),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getTextContent();
      await page.getOperatorList();
      page.cleanup();
    }
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

/** Ours, as `lianzheng parse` runs it: read, parse by kind, validate against the model. */
async function loadOurs() {
  const dist = (name) => import(pathToFileURL(join(root, `packages/${name}/dist/index.js`)).href);
  const [{ readPdf }, { parseActionPlan }, { parseExecutionReport }, { Document }] = await Promise.all([
    dist("pdf"),
    dist("action-plan"),
    dist("execution-report"),
    dist("model"),
  ]);
  return async (data) => {
    const raw = await readPdf(data);
    const source = {
      path: "bench.pdf",
      format: "pdf",
      sha256: "0".repeat(64),
      bytes: data.length,
      pages: raw.pages,
    };
    let document = null;
    for (const parse of [parseActionPlan, parseExecutionReport]) {
      try {
        document = parse(raw, { source });
        break;
      } catch {
        // not this kind: try the next parser
      }
    }
    if (document) Document.parse(document);
    return raw.pages;
  };
}

// --- child mode: one reader in a fresh process, for whole-process time and peak RSS -----------
if (process.argv[2] === "--child") {
  const [, , , which, file] = process.argv;
  const data = readFileSync(file);
  const pages = which === "raw" ? await readRaw(await loadPdfJs(), data) : await (await loadOurs())(data);
  process.stdout.write(JSON.stringify({ pages }));
  process.exit(0);
}

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3;

function need(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error) {
    console.error(`${command} not found: apt-get install qpdf poppler-utils python3-pdfminer`);
    process.exit(2);
  }
}
need("qpdf", ["--version"]);
need("pdftotext", ["-v"]);
need("pdf2txt", ["--version"]);

/** Whole process: wall seconds and peak RSS (MB) by GNU time; best wall of `times` runs. */
function timeProcess(command, args, times = 1) {
  let best = { seconds: Number.POSITIVE_INFINITY, rssMb: 0 };
  for (let i = 0; i < times; i++) {
    const result = spawnSync("/usr/bin/time", ["-f", "%e %M", command, ...args], {
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
    });
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr.slice(-500)}`);
    const [seconds, kb] = result.stderr.trim().split("\n").at(-1).split(" ").map(Number);
    if (seconds < best.seconds) best = { seconds, rssMb: Math.max(best.rssMb, kb / 1024) };
    else best.rssMb = Math.max(best.rssMb, kb / 1024);
  }
  return best;
}

async function timeInProcess(fn, data, times) {
  let best = Number.POSITIVE_INFINITY;
  let pages = 0;
  for (let i = 0; i < times; i++) {
    globalThis.gc?.();
    const start = performance.now();
    pages = await fn(data);
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, pages };
}

const work = mkdtempSync(join(os.tmpdir(), "lianzheng-bench-pdf-"));
try {
  const files = fixtures.map((name) => ({ name, path: join(root, "fixtures/pdf", name) }));
  const pagesOf = (path) =>
    Number(execFileSync("qpdf", ["--show-npages", path], { encoding: "utf8" }).trim());
  const setPages = files.reduce((sum, f) => sum + pagesOf(f.path), 0);
  const copies = Math.ceil(LONG_PAGES / setPages);
  const long = join(work, "long.pdf");
  const parts = Array.from({ length: copies }, () => files.map((f) => f.path)).flat();
  execFileSync("qpdf", ["--empty", "--pages", ...parts, "--", long]);
  files.push({ name: `long (fixtures ×${copies})`, path: long });

  const pdfjs = await loadPdfJs();
  const ours = await loadOurs();
  const raw = (data) => readRaw(pdfjs, data);
  // Warm both up (JIT, fonts, CMaps) before timing.
  for (const f of files.slice(0, 4)) {
    const data = readFileSync(f.path);
    await raw(data);
    await ours(data);
  }

  const rows = [];
  // `--only long`: the long PDF alone, where the targets are read (a few minutes less).
  const measured = process.argv.includes("--only") && process.argv.includes("long") ? [files.at(-1)] : files;
  for (const f of measured) {
    const data = readFileSync(f.path);
    const isLong = f.path === long;
    const times = isLong ? 1 : runs;
    const a = await timeInProcess(raw, data, times);
    const b = await timeInProcess(ours, data, times);
    const cliRun = timeProcess(process.execPath, [cli, "parse", f.path, "--compact"], isLong ? 1 : runs);
    const rawProcess = timeProcess(process.execPath, [
      fileURLToPath(import.meta.url),
      "--child",
      "raw",
      f.path,
    ]);
    const poppler = timeProcess("pdftotext", ["-layout", f.path, join(work, "out.txt")], isLong ? 1 : runs);
    const pdfminer = timeProcess("pdf2txt", ["-o", join(work, "out-miner.txt"), f.path]);
    rows.push({ name: f.name, pages: a.pages, a, b, cliRun, rawProcess, poppler, pdfminer });
  }

  const fmt = (n, digits = 1) => n.toFixed(digits);
  const pps = (pages, seconds) => pages / seconds;
  const header = [
    "PDF",
    "pages",
    "raw pdfjs ms/p",
    "ours ms/p",
    "added",
    "lianzheng parse p/s",
    "pdfminer p/s",
    "× pdfminer",
    "poppler p/s",
    "peak RSS ours",
    "peak RSS raw pdfjs",
  ];
  const lines = rows.map((r) => {
    const perPageA = r.a.ms / r.pages;
    const perPageB = r.b.ms / r.pages;
    const oursPps = pps(r.pages, r.cliRun.seconds);
    const minerPps = pps(r.pages, r.pdfminer.seconds);
    return [
      r.name,
      String(r.pages),
      fmt(perPageA),
      fmt(perPageB),
      `${fmt((perPageB / perPageA - 1) * 100, 0)}%`,
      fmt(oursPps),
      fmt(minerPps),
      fmt(oursPps / minerPps),
      fmt(pps(r.pages, r.poppler.seconds)),
      `${fmt(r.cliRun.rssMb, 0)} MB`,
      `${fmt(r.rawProcess.rssMb, 0)} MB`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(
    `pdf bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`,
  );
  console.log(
    "ms/p: warm, in one process (best of runs); p/s and RSS: whole processes, start-up included.\n",
  );
  console.log(row(header));
  console.log(row(widths.map((w) => "-".repeat(w))));
  for (const l of lines) console.log(row(l));

  // Targets (issue 7): added cost ≤ 30% over raw pdfjs; ≥ 2× pdfminer's pages/s; < 300 MB on the long PDF.
  const total = (key) => rows.reduce((sum, r) => sum + r[key].ms, 0);
  const added = total("b") / total("a") - 1;
  const longRow = rows.at(-1);
  const minerRatio =
    pps(longRow.pages, longRow.cliRun.seconds) / pps(longRow.pages, longRow.pdfminer.seconds);
  const checks = [
    [`added cost over raw pdfjs, all pages: ${fmt(added * 100, 0)}% (target ≤ 30%)`, added <= 0.3],
    [`lianzheng parse vs pdfminer on the long PDF: ${fmt(minerRatio)}× (target ≥ 2×)`, minerRatio >= 2],
    [
      `peak RSS of lianzheng parse on the long PDF: ${fmt(longRow.cliRun.rssMb, 0)} MB (target < 300 MB)`,
      longRow.cliRun.rssMb < 300,
    ],
  ];
  console.log("");
  for (const [text, ok] of checks) console.log(`${ok ? "PASS" : "FAIL"}  ${text}`);
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
