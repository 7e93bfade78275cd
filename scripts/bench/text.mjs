// `pnpm bench text`: the text path beside the PDF path on the same document. A 300-page PDF (the
// plan fixture repeated with qpdf, in a temp dir) is read with @lianzheng/pdf and parsed; its
// `pdftotext -layout` text is read with @lianzheng/text (form recognised, grid read) and parsed
// by the same parser. Each side runs in a worker thread of its own (its own V8 isolate: its own
// compiled code, type feedback and heap, as in a program that reads one of the two forms), both
// in this process, modules loaded before any timing, the same number of runs each, alternating
// (PDF, text, PDF, text …) so a change in the machine's load falls on both; three runs of each
// first warm them up (the PDF reader's child process started, PDF.js and the text reader
// compiled by V8), then the best run of each is kept; the cold first runs are printed too. Wall
// time is the figure of the goal; CPU time is printed beside it, as it moves less when other
// processes share the cores: this process's threads (GC and compiler threads included) and, on
// Linux, its child processes' (the PDF reader runs PDF.js in a child process, kept between reads,
// in parallel with the layout work: leaving it out would make the PDF look cheaper than it is).
// The goal: text ≥ 20× faster than the PDF it came from.
//
// `--one-isolate` runs both sides on this thread instead, as `lianzheng ingest` meets a folder of
// PDFs and texts in one parse process: the two readers' rows and cells differ in shape, so the
// shared stitching and parsing code is compiled again for one side after the other ran (a figure
// for that case, not the goal's).
//
// `--save <file>` writes the text side's output (the RawDocument and the parsed plan, as JSON);
// `--compare <file>` checks it against one saved before (a speed change must not change it).
//
// `--text-runs <n>`: the text side alone, n runs in a row in this fresh process, each run's CPU
// on the main thread and on V8's other threads (its optimizing compiler, GC helpers), from
// /proc/self/task (Linux): how the text path warms up, cold run first. No PDF is read.
//
// Needs the built packages (`pnpm build`) and, from Debian, qpdf and poppler-utils.
//   pnpm bench text [--runs 5] [--warmup 3] [--one-isolate] [--save out.json | --compare out.json]
//                   [--text-runs 8]
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

const root = fileURLToPath(new URL("../../", import.meta.url));
const option = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
// Three warm-up runs: V8 goes on compiling the text reader's code through its first three or four
// runs (the cold run takes about five times a warm one), so with one the best run measured the
// compiler more than the reader.
const runs = Number(option("runs")) || 5;
const warmup = Number(option("warmup") ?? 3);
const PAGES = 300;
const GOAL = 20;
const dist = (name) => import(pathToFileURL(join(root, `packages/${name}/dist/index.js`)).href);
const [{ readPdf }, { readAnyText }, { parseActionPlan }] = await Promise.all([
  dist("pdf"),
  dist("text"),
  dist("action-plan"),
]);

/** A side's two runs: `full` reads and parses, `read` only reads. */
function sideRuns(kind, input, source) {
  if (kind === "pdf")
    return {
      full: async () => ({ plan: parseActionPlan(await readPdf(input), { source }) }),
      read: async () => ({ reading: await readPdf(input) }),
    };
  return {
    full: async () => {
      const reading = readAnyText(input);
      return { reading, plan: parseActionPlan(reading.document, { source }) };
    },
    read: async () => ({ reading: readAnyText(input) }),
  };
}

/** Runs a side's `mode` once (a full GC first): its wall time, the plan's measures, what it made. */
async function runOnce(sideRun) {
  globalThis.gc?.();
  const start = performance.now();
  const result = await sideRun();
  const wall = performance.now() - start;
  const measures = result.plan?.strategies.reduce((sum, s) => sum + s.measures.length, 0);
  return { wall, measures, result };
}

// In a worker: one side, run on each request; its last full result sent as JSON when asked.
if (!isMainThread) {
  const side = sideRuns(workerData.kind, workerData.input, workerData.source);
  let last;
  parentPort.on("message", async (mode) => {
    if (mode === "output") return parentPort.postMessage(JSON.stringify(last));
    const { wall, measures, result } = await runOnce(side[mode]);
    if (mode === "full") last = result;
    parentPort.postMessage({ wall, measures });
  });
  parentPort.postMessage("ready");
}

/** A side run in a worker thread of its own, or on this thread (`isolated` false). */
async function startSide(kind, input, source, isolated) {
  if (!isolated) {
    const side = sideRuns(kind, input, source);
    let last;
    return {
      run: async (mode) => {
        const { wall, measures, result } = await runOnce(side[mode]);
        if (mode === "full") last = result;
        return { wall, measures };
      },
      output: async () => JSON.stringify(last),
      close: async () => {},
    };
  }
  const worker = new Worker(new URL(import.meta.url), { workerData: { kind, input, source } });
  const answer = () =>
    new Promise((resolve, reject) => {
      // Each answer's listeners go when it comes: one left behind per run would pile up.
      const onError = (error) => {
        worker.off("message", onMessage);
        reject(error);
      };
      const onMessage = (message) => {
        worker.off("error", onError);
        resolve(message);
      };
      worker.once("message", onMessage);
      worker.once("error", onError);
    });
  await answer(); // "ready": modules loaded
  const ask = (message) => {
    const answered = answer();
    worker.postMessage(message);
    return answered;
  };
  return { run: ask, output: () => ask("output"), close: () => worker.terminate() };
}

const CLOCK_TICK_MS = 1000 / (Number(tryRun("getconf", ["CLK_TCK"])) || 100);

function tryRun(command, args) {
  try {
    return execFileSync(command, args, { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

/** User + system time of a /proc/<pid>/stat line, and its ended children's (fields 14–17). */
function statTimes(stat) {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = (at) => Number(fields[at - 3]) || 0;
  return { own: ticks(14) + ticks(15), ended: ticks(16) + ticks(17), parent: Number(fields[1]) };
}

/** CPU milliseconds of this process, its live child processes and the children it reaped. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  let ticks = 0;
  if (process.platform === "linux") {
    ticks += statTimes(readFileSync("/proc/self/stat", "utf8")).ended;
    for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
      let stat = "";
      try {
        stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      } catch {
        continue; // ended meanwhile
      }
      const times = statTimes(stat);
      if (times.parent === process.pid) ticks += times.own;
    }
  }
  return (user + system) / 1000 + ticks * CLOCK_TICK_MS;
}

/** One run of a side: its wall time (taken where it runs) and this process's CPU meanwhile. */
async function timed(side, mode) {
  const cpu = cpuMs();
  const { wall, measures } = await side.run(mode);
  return { wall, cpu: cpuMs() - cpu, measures };
}

/** Each side's best wall and CPU time after the warm-up, and every run's wall time; the sides in turn. */
async function sideBySide(sides, mode) {
  const best = sides.map(() => ({
    wall: Number.POSITIVE_INFINITY,
    cpu: Number.POSITIVE_INFINITY,
    walls: [],
  }));
  for (let i = 0; i < warmup + runs; i++)
    for (const [index, side] of sides.entries()) {
      const { wall, cpu, measures } = await timed(side, mode);
      const kept = best[index];
      kept.walls.push(wall);
      if (i < warmup) continue;
      best[index] = { ...kept, wall: Math.min(kept.wall, wall), cpu: Math.min(kept.cpu, cpu), measures };
    }
  return best;
}

/** The long PDF and its -layout text, made in `dir`. */
function makeInputs(dir) {
  const fixture = join(root, "fixtures/pdf/plan-2023-zh.pdf");
  const pdf = join(dir, "long.pdf");
  const fixturePages = Number(execFileSync("qpdf", ["--show-npages", fixture], { encoding: "utf8" }).trim());
  const copies = Math.ceil(PAGES / fixturePages);
  execFileSync("qpdf", ["--empty", "--pages", ...Array(copies).fill(fixture), "--", pdf]);
  const txt = join(dir, "long.txt");
  execFileSync("pdftotext", ["-layout", pdf, txt]);
  return {
    pdfBytes: readFileSync(pdf),
    text: readFileSync(txt, "utf8"),
    copies,
    pages: copies * fixturePages,
  };
}

/** `--save` / `--compare` of the text side's output (its JSON); returns false when it differs. */
function checkOutput(json) {
  console.log(
    `  text output: ${createHash("sha256").update(json).digest("hex").slice(0, 16)} (sha256 of its JSON)`,
  );
  const save = option("save");
  if (save) writeFileSync(save, json);
  const compare = option("compare");
  if (!compare) return true;
  const same = readFileSync(compare, "utf8") === json;
  console.log(`${same ? "PASS" : "FAIL"}  text output equals the one saved in ${compare}`);
  return same;
}

/** CPU nanoseconds of a thread of this process (its schedstat's first field; 0 where unknown). */
function threadNs(task) {
  try {
    return Number(readFileSync(`/proc/self/task/${task}/schedstat`, "utf8").split(" ")[0]) || 0;
  } catch {
    return 0; // ended meanwhile, or not Linux
  }
}

/** CPU milliseconds of the main thread and of all this process's threads. */
function threadsMs() {
  const tasks = process.platform === "linux" ? readdirSync("/proc/self/task") : [];
  let all = 0;
  for (const task of tasks) all += threadNs(task);
  return { main: threadNs(String(process.pid)) / 1e6, all: all / 1e6 };
}

/** `--text-runs`: each run of the text side's read + parse, main thread and other threads apart. */
function textRuns(text, count, source) {
  const rows = [];
  for (let run = 1; run <= count; run++) {
    const before = threadsMs();
    const start = performance.now();
    parseActionPlan(readAnyText(text).document, { source });
    const wall = performance.now() - start;
    const after = threadsMs();
    rows.push({
      run,
      wall,
      main: after.main - before.main,
      other: after.all - before.all - (after.main - before.main),
    });
  }
  const line = (label, key) =>
    `  ${label.padEnd(28)}${rows.map((row) => row[key].toFixed(0).padStart(6)).join("")}`;
  console.log(
    `text side alone, ${count} runs in a row in a fresh process, load ${os.loadavg()[0].toFixed(1)} (ms):`,
  );
  console.log(line("run", "run"));
  console.log(line("wall", "wall"));
  console.log(line("CPU, main thread", "main"));
  console.log(line("CPU, other threads", "other"));
}

/** The side-by-side bench: both sides timed in turn, the figures printed, the goal checked. */
async function benchSideBySide({ pdfBytes, text, copies, pages }, source) {
  const load = os.loadavg()[0];
  const isolated = !process.argv.includes("--one-isolate");
  const sides = [
    await startSide("pdf", pdfBytes, source("pdf"), isolated),
    await startSide("text", text, source("text"), isolated),
  ];
  const [fromPdf, fromText] = await sideBySide(sides, "full");
  const [readOnlyPdf, readOnlyText] = await sideBySide(sides, "read");
  const textOutput = await sides[1].output();
  await Promise.all(sides.map((side) => side.close()));
  const ms = (value) => `${value.toFixed(0).padStart(6)} ms`;
  const ratio = (pdf, txt) => `${(pdf / txt).toFixed(1)}×`;

  console.log(
    `${pages} pages (plan-2023-zh.pdf × ${copies}); ${warmup} warm-up run and the best of ${runs} runs each, in turn, ${isolated ? "each side in a worker thread of its own" : "both sides on one thread"}; read + parse; ${os.availableParallelism()} cores, load ${load.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after`,
  );
  console.log(`                                       wall        CPU   pages/s  measures`);
  const row = (label, side) =>
    console.log(
      `  ${label.padEnd(35)} ${ms(side.wall)} ${ms(side.cpu)} ${(pages / (side.wall / 1000)).toFixed(0).padStart(8)}  ${side.measures}`,
    );
  row("PDF  (@lianzheng/pdf)", fromPdf);
  row(`text (pdftotext -layout, ${(text.length / 1e6).toFixed(1)} M chars)`, fromText);
  const wallRatio = fromPdf.wall / fromText.wall;
  const all = (side) => side.walls.map((wall) => wall.toFixed(0)).join(", ");
  console.log(`  every run (ms, warm-up first): PDF ${all(fromPdf)}; text ${all(fromText)}`);
  if (warmup > 0)
    console.log(`  cold, the first runs alone: ${ratio(fromPdf.walls[0], fromText.walls[0])} (wall)`);
  console.log(
    `  reading alone: PDF ${readOnlyPdf.wall.toFixed(0)} ms, text ${readOnlyText.wall.toFixed(0)} ms: ${ratio(readOnlyPdf.wall, readOnlyText.wall)} (CPU ${ratio(readOnlyPdf.cpu, readOnlyText.cpu)})`,
  );
  const outputOk = checkOutput(textOutput);
  console.log(
    `${wallRatio >= GOAL ? "PASS" : "FAIL"}  text is ${ratio(fromPdf.wall, fromText.wall)} faster than the PDF it came from (CPU time ${ratio(fromPdf.cpu, fromText.cpu)}; goal ≥ ${GOAL}×)`,
  );
  process.exitCode = wallRatio >= GOAL && outputOk ? 0 : 1;
}

if (isMainThread) {
  const dir = mkdtempSync(join(os.tmpdir(), "lianzheng-bench-text-"));
  try {
    const inputs = makeInputs(dir);
    const source = (format) => ({ path: `long.${format}`, format, sha256: "0".repeat(64), bytes: 1 });
    const textRunCount = Number(option("text-runs"));
    if (textRunCount > 0) textRuns(inputs.text, textRunCount, source("text"));
    else await benchSideBySide(inputs, source);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
