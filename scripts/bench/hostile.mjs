// `pnpm bench hostile`: each hostile input at the size the hardening issue reported, ingested with
// a good document beside it, measuring the peak memory of the whole process tree (the CLI and
// every child, summed over its process group from /proc, Linux only) and the wall time; then
// Ctrl-C, SIGTERM and SIGKILL during a heavy read, checking that no child is left behind.
//   pnpm bench hostile [--only NAME] [--cap-mb 4096] [--timeout-s 120] [--root OTHER_CHECKOUT]
// --root measures another built checkout with this bench (how the "before" figures were taken).
import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeHostileInputs } from "../../packages/ingest/test/support/hostile-inputs.mjs";

const here = fileURLToPath(new URL("../../", import.meta.url));
const flag = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const root = resolve(flag("--root", here));
const capMb = Number(flag("--cap-mb", "4096"));
const timeoutS = Number(flag("--timeout-s", "120"));
const only = flag("--only", undefined);
const cli = join(root, "packages/ingest/dist/cli.js");
const good = join(here, "seeds/001_6bac756fe4f12e99.txt");
const work = mkdtempSync(join(tmpdir(), "lianzheng-hostile-"));
const inputs = join(work, "inputs");

if (!existsSync("/proc/self/stat")) {
  console.error("bench hostile reads /proc to measure the process tree: Linux only");
  process.exit(2);
}

/** Resident memory (bytes) and pids of every live process in the group. */
function group(pgid) {
  let rss = 0;
  const pids = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // fields[0] is the state (field 3), fields[2] the process group (field 5), fields[21] rss pages (field 24)
      if (Number(fields[2]) !== pgid || fields[0] === "Z") continue;
      pids.push(Number(name));
      rss += Number(fields[21]) * 4096;
    } catch {
      // gone while we looked
    }
  }
  return { rss, pids };
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Run the CLI in its own process group; `signal` is sent to the CLI alone after `signalAfterMs`. */
async function measure(args, { signal, signalAfterMs = 0, secondSignalAfterMs } = {}) {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, ...args], {
    cwd: here,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr = `${stderr}${chunk}`.slice(-4000);
  });
  child.stdout.resume();
  const pgid = child.pid;
  let peak = 0;
  let exit;
  let signalledAt;
  let capped = false;
  child.on("exit", (code, sig) => {
    exit = { code, signal: sig, ms: performance.now() - started };
  });
  while (exit === undefined) {
    const { rss } = group(pgid);
    peak = Math.max(peak, rss);
    const elapsed = performance.now() - started;
    if (signal && signalledAt === undefined && elapsed >= signalAfterMs) {
      signalledAt = elapsed;
      process.kill(child.pid, signal);
    }
    if (
      secondSignalAfterMs !== undefined &&
      signalledAt !== undefined &&
      elapsed >= signalledAt + secondSignalAfterMs
    ) {
      process.kill(child.pid, signal);
      secondSignalAfterMs = undefined;
    }
    if (!capped && (rss > capMb * 1024 * 1024 || elapsed > timeoutS * 1000)) {
      capped = true;
      try {
        process.kill(-pgid, "SIGKILL");
      } catch {}
    }
    await sleep(50);
  }
  // Children must go with the CLI: look again after a grace of 3 s.
  await sleep(3000);
  const left = group(pgid).pids;
  if (left.length > 0) {
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {}
  }
  const lines = stderr.trim().split("\n").filter(Boolean);
  return {
    peakMb: Math.round(peak / 1024 / 1024),
    seconds: (exit.ms / 1000).toFixed(1),
    answeredS: signalledAt === undefined ? "" : ((exit.ms - signalledAt) / 1000).toFixed(1),
    exit: capped ? `killed at cap` : (exit.signal ?? exit.code),
    leftBehind: left.length,
    stderrLines: lines.length,
    last: (lines.at(-1) ?? "").slice(0, 110),
  };
}

function batchWritten(out) {
  try {
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    return manifest.inputs.some(
      (entry) => entry.path.endsWith("001_6bac756fe4f12e99.txt") && entry.documentId,
    );
  } catch {
    return false;
  }
}

const names = await writeHostileInputs(inputs, here, "full");
const rows = [];
for (const name of names) {
  if (only && !name.includes(only)) continue;
  const out = join(work, `out-${name}`);
  const result = await measure([
    "ingest",
    join(inputs, name),
    good,
    "--out",
    out,
    "--jobs",
    "2",
    "--quiet",
    "--force",
  ]);
  rows.push({ case: name, ...result, restWritten: batchWritten(out) });
  console.log(JSON.stringify(rows.at(-1)));
  rmSync(out, { recursive: true, force: true });
}
const heavy = join(inputs, "dense-1999p-80l.pdf");
for (const [label, signal, second] of [
  ["SIGINT during a heavy read", "SIGINT", undefined],
  ["Ctrl-C twice", "SIGINT", 200],
  ["SIGTERM during a heavy read", "SIGTERM", undefined],
  ["SIGKILL during a heavy read", "SIGKILL", undefined],
]) {
  if (only && !label.includes(only)) continue;
  const out = join(work, "out-signal");
  const result = await measure(["ingest", heavy, "--out", out, "--jobs", "1", "--quiet", "--force"], {
    signal,
    signalAfterMs: 4000,
    ...(second === undefined ? {} : { secondSignalAfterMs: second }),
  });
  rows.push({ case: label, ...result });
  console.log(JSON.stringify(rows.at(-1)));
}
// A cached rerun is linear in the files: each parse process is told the reusable hashes once,
// not every task (it was quadratic: 20,000 unchanged files took 48 s against 7.8 s fresh).
for (const count of [1000, 4000]) {
  if (only && !"cached rerun".includes(only)) continue;
  const folder = join(work, `many-${count}`);
  mkdirSync(folder);
  for (let i = 0; i < count; i++) writeFileSync(join(folder, `note-${i}.txt`), `附記 ${i}\n`);
  const out = join(work, `out-many-${count}`);
  const fresh = await measure(["ingest", folder, "--out", out, "--quiet", "--force"]);
  const cached = await measure(["ingest", folder, "--out", out, "--quiet"]);
  rows.push({ case: `${count} small files, fresh`, ...fresh });
  rows.push({ case: `${count} small files, cached rerun`, ...cached });
  console.log(JSON.stringify(rows.at(-2)));
  console.log(JSON.stringify(rows.at(-1)));
}
console.table(rows);
rmSync(work, { recursive: true, force: true });
