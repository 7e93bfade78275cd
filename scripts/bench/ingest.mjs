// `pnpm bench ingest`: the whole seeds + fixtures run with --jobs 1 and --jobs 2, side by side
// (documents and pages per second, peak memory); many PDFs with the default --jobs against raw
// PDF.js divided by the cores (the ratio, target ≤ 1.3), beside raw PDF.js dealt out over one process
// per core (what the cores give the floor itself); then how parse time grows with input size.
//
//   pnpm bench ingest                 # all three, 3 runs each: about 4 minutes on an idle 2-core machine
//   pnpm bench ingest --only many     # the many-PDF ratio alone: about 2 minutes
//   pnpm bench ingest --runs 5        # more samples (medians are printed)
//
// The machine's load average is printed beside the figures: on a busy machine the ratio moves.
import { spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "packages/ingest/dist/cli.js");
// `pnpm bench ingest --runs 5` for more samples.
const runsFlag = process.argv.indexOf("--runs");
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 3;
const onlyFlag = process.argv.indexOf("--only");
const only = onlyFlag > 0 ? process.argv[onlyFlag + 1] : undefined;
const benchStarted = performance.now();
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(" / ");
console.log(`load average (1 / 5 / 15 min) at the start: ${load()} on ${availableParallelism()} cores`);
const work = mkdtempSync(join(tmpdir(), "lianzheng-bench-"));

// The CLI under a wrapper that reports the process's peak resident memory (workers included).
const wrapper = join(work, "measure.mjs");
writeFileSync(
  wrapper,
  `process.on("exit", () => process.stderr.write("\\nmaxrss " + process.resourceUsage().maxRSS + "\\n"));\nawait import(${JSON.stringify(cli)});\n`,
);

function ingestOnce(jobs) {
  const out = join(work, `out-${jobs}`);
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [wrapper, "ingest", "seeds", "fixtures", "--out", out, "--jobs", String(jobs), "--force", "--quiet"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const maxRssKb = Number(/maxrss (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN);
  const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
  const parsed = manifest.inputs.filter((input) => input.status === "ok" || input.status === "partial");
  let pages = 0;
  for (const name of readdirSync(join(out, "documents"))) {
    pages += JSON.parse(readFileSync(join(out, "documents", name), "utf8")).source.pages ?? 0;
  }
  return {
    seconds,
    maxRssMb: maxRssKb / 1024,
    documents: parsed.length,
    inputs: manifest.inputs.length,
    pages,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const rows = [];
for (const jobs of only && only !== "seeds" ? [] : [1, 2]) {
  const samples = Array.from({ length: runs }, () => ingestOnce(jobs));
  const seconds = median(samples.map((s) => s.seconds));
  const { documents, pages, inputs } = samples[0];
  rows.push({
    jobs,
    inputs,
    documents,
    pages,
    seconds,
    maxRssMb: Math.max(...samples.map((s) => s.maxRssMb)),
  });
}

if (rows.length > 0) {
  console.log(
    `ingest seeds + fixtures, median of ${runs} runs, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  );
  console.log("");
  console.log(
    "| --jobs | inputs | documents | PDF pages | wall time | documents/s | pages/s | peak memory |",
  );
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows) {
    console.log(
      `| ${r.jobs} | ${r.inputs} | ${r.documents} | ${r.pages} | ${r.seconds.toFixed(2)} s | ${(r.documents / r.seconds).toFixed(1)} | ${(r.pages / r.seconds).toFixed(1)} | ${r.maxRssMb.toFixed(0)} MB |`,
    );
  }
}

if (!only || only === "many") {
  // Many PDFs: the producer matrix of fixtures/pdf (every PDF of fixtures/pdf and its producers folder) as one folder, with the
  // default --jobs and with --jobs 1, beside raw PDF.js over the same files in one process
  // (getTextContent + getOperatorList per page, the floor of any PDF.js reader). Target: the default
  // run within 1.3× of raw PDF.js time divided by the cores. Runs are interleaved, so load from
  // other processes falls on all three alike.
  const many = join(work, "many");
  mkdirSync(many);
  const pdfs = ["fixtures/pdf", "fixtures/pdf/producers"].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith(".pdf"))
      .map((name) => join(dir, name)),
  );
  for (const path of pdfs) copyFileSync(join(root, path), join(many, path.split("/").pop()));
  const rawScript = join(work, "raw.mjs");
  const pdfjsDir = createRequire(join(root, "packages/pdf/package.json"))
    .resolve("pdfjs-dist/package.json")
    .replace(/package\.json$/, "");
  writeFileSync(
    rawScript,
    `import { readFileSync, readdirSync } from "node:fs";
const pdfjs = await import(${JSON.stringify(pathToFileURL(join(pdfjsDir, "legacy/build/pdf.mjs")).href)});
const dir = process.argv[2];
// With a part "k/n", only every n-th file from the k-th on: n such processes share the folder.
const [part, parts] = (process.argv[3] ?? "0/1").split("/").map(Number);
for (const name of readdirSync(dir).sort().filter((_, i) => i % parts === part)) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(dir + "/" + name)), cMapUrl: ${JSON.stringify(join(pdfjsDir, "cmaps/"))}, cMapPacked: true, standardFontDataUrl: ${JSON.stringify(join(pdfjsDir, "standard_fonts/"))}, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  for (let n = 1; n <= doc.numPages; n++) { const page = await doc.getPage(n); await page.getTextContent(); await page.getOperatorList(); page.cleanup(); }
  await doc.destroy();
}
`,
  );
  const timed = (args) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
    return (performance.now() - started) / 1000;
  };
  // The same raw PDF.js work split over one process per core, all at once: what two cores give
  // the floor itself on this machine (the ideal "raw ÷ cores" assumes they give twice one).
  const timedTogether = (argsList) => {
    const started = performance.now();
    return Promise.all(
      argsList.map(
        (args) =>
          new Promise((resolve, reject) => {
            const child = spawn(process.execPath, args, { cwd: root, stdio: "ignore" });
            child.on("exit", (code) =>
              code === 0 ? resolve() : reject(new Error(`${args.join(" ")} failed`)),
            );
          }),
      ),
    ).then(() => (performance.now() - started) / 1000);
  };
  const manyRuns = { raw: [], split: [], one: [], auto: [] };
  for (let i = 0; i < runs; i++) {
    manyRuns.raw.push(timed([rawScript, many]));
    const cores = availableParallelism();
    manyRuns.split.push(
      await timedTogether(Array.from({ length: cores }, (_, k) => [rawScript, many, `${k}/${cores}`])),
    );
    manyRuns.one.push(
      timed([cli, "ingest", many, "--out", join(work, "many-1"), "--jobs", "1", "--force", "--quiet"]),
    );
    manyRuns.auto.push(timed([cli, "ingest", many, "--out", join(work, "many-auto"), "--force", "--quiet"]));
  }
  const cores = availableParallelism();
  const [raw, split, one, auto] = ["raw", "split", "one", "auto"].map((key) => median(manyRuns[key]));
  const manyRatio = auto / (raw / cores);
  console.log("");
  console.log(`${pdfs.length} PDFs in one folder, ${cores} cores, median of ${runs} interleaved runs`);
  console.log("");
  console.log("| run | wall time | × (raw PDF.js ÷ cores) |");
  console.log("| --- | ---: | ---: |");
  console.log(`| raw PDF.js, one process | ${raw.toFixed(2)} s | ${cores.toFixed(2)} |`);
  console.log(
    `| raw PDF.js, ${cores} processes at once (files dealt out) | ${split.toFixed(2)} s | ${(split / (raw / cores)).toFixed(2)} |`,
  );
  console.log(`| ingest --jobs 1 | ${one.toFixed(2)} s | ${(one / (raw / cores)).toFixed(2)} |`);
  console.log(`| ingest (default --jobs) | ${auto.toFixed(2)} s | ${manyRatio.toFixed(2)} (target ≤ 1.3) |`);
  console.log("");
  console.log(`load average (1 / 5 / 15 min) after: ${load()}`);
}

let linear = true;
if (!only || only === "growth") {
  // Linear growth: each parser (through the text reader) on its seed and on the seed 10 times over.
  const { parseFile } = await import(join(root, "packages/ingest/dist/index.js"));
  async function parseMs(path) {
    const times = [];
    for (let i = 0; i < runs + 2; i++) {
      const started = performance.now();
      await parseFile(path);
      times.push(performance.now() - started);
    }
    return median(times.slice(2)); // the first runs warm up the JIT and load dictionaries
  }
  console.log("");
  console.log("| input | 1× | 10× | ratio (must stay under 15) |");
  console.log("| --- | ---: | ---: | ---: |");
  /** The text with the lines from the first `start` match up to the first `end` match repeated. */
  function repeatSegment(text, start, end, times) {
    const lines = text.split("\n");
    const from = lines.findIndex((line) => start.test(line));
    const found = lines.findIndex((line, index) => index > from && end.test(line));
    const to = found < 0 ? lines.length : found;
    const segment = lines.slice(from, to);
    return [
      ...lines.slice(0, from),
      ...Array.from({ length: times }, () => segment).flat(),
      ...lines.slice(to),
    ].join("\n");
  }
  // The part each parser works hardest on, ten times over: the plan's 肆 table, the report's records.
  for (const [label, name, start, end] of [
    ["action plan (seed 001)", "001_6bac756fe4f12e99.txt", /^具體策略\t執行措施/, /伍、/],
    ["execution report (seed 003)", "003_2d62c1db8ab3e0f0.txt", /^序次/, /(?!)/],
  ]) {
    const text = readFileSync(join(root, "seeds", name), "utf8");
    const one = join(work, `1x-${name}`);
    const ten = join(work, `10x-${name}`);
    writeFileSync(one, text);
    writeFileSync(ten, repeatSegment(text, start, end, 10));
    const [a, b] = [await parseMs(one), await parseMs(ten)];
    const ratio = b / a;
    linear &&= ratio < 15;
    console.log(`| ${label} | ${a.toFixed(1)} ms | ${b.toFixed(1)} ms | ${ratio.toFixed(1)}× |`);
  }
}
rmSync(work, { recursive: true, force: true });
console.log(`\nbench ingest took ${((performance.now() - benchStarted) / 60_000).toFixed(1)} min`);
if (!linear) {
  console.error("parse time grows faster than linearly: 10× the input took 15× the time or more");
  process.exit(1);
}
