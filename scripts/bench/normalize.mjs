// `pnpm bench normalize`: accuracy and throughput of @lianzheng/normalize against nzh and
// chinese-numbers-converter on the gold table's numerals and amounts, in one run.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import {
  extractQuantities,
  parseAmount,
  parseNumber,
  parseNumberWords,
} from "../../packages/normalize/dist/index.js";

const require = createRequire(new URL("../../packages/normalize/package.json", import.meta.url));
const Nzh = require("nzh");
const ChineseNumber = require("chinese-numbers-converter");
const { wordsToNumbers } = require("words-to-numbers");

const gold = readFileSync(new URL("../../fixtures/normalize/gold.tsv", import.meta.url), "utf8")
  .split("\n")
  .slice(1)
  .filter(Boolean)
  .map((line) => {
    const [fn, input, expected] = line.split("\t");
    return { fn, input: input.replace(/\\n/g, "\n"), expected: JSON.parse(expected) };
  });

// The peers read numerals, so they are compared on the rows whose answer is one number: every
// parseNumber row, and parseAmount rows of money, counts and people (the number is the value).
// Rows whose answer is null count as right for a peer that returns null, NaN or throws.
const cases = [
  ...gold
    .filter((row) => row.fn === "parseNumber")
    .map((row) => ({ input: row.input, expected: row.expected, ours: parseNumber })),
  ...gold
    .filter(
      (row) =>
        row.fn === "parseAmount" &&
        (row.expected === null || ["money", "count", "people"].includes(row.expected.kind)),
    )
    .map((row) => ({
      input: row.input,
      expected: row.expected?.value ?? null,
      ours: (text) => parseAmount(text)?.value ?? null,
    })),
];

const peers = {
  "@lianzheng/normalize": (c) => c.ours(c.input),
  nzh: (c) => Nzh.hk.decodeS(c.input),
  "chinese-numbers-converter": (c) => new ChineseNumber(c.input).toInteger(),
};

function answer(fn, c) {
  try {
    const value = fn(c);
    return typeof value === "number" && !Number.isNaN(value) ? value : null;
  } catch {
    return null;
  }
}

// Peers take turns in short rounds so a busy machine slows them all alike.
function measureThroughput(fns) {
  const time = fns.map(() => 0);
  const count = fns.map(() => 0);
  for (const fn of fns) for (const c of cases) answer(fn, c); // warm up
  for (let round = 0; round < 10; round++) {
    fns.forEach((fn, index) => {
      const started = performance.now();
      do {
        for (const c of cases) answer(fn, c);
        count[index] += cases.length;
      } while (performance.now() - started < 150);
      time[index] += performance.now() - started;
    });
  }
  return fns.map((_, index) => count[index] / (time[index] / 1000));
}

const speeds = measureThroughput(Object.values(peers));
const rows = Object.entries(peers).map(([name, fn], index) => {
  const right = cases.filter((c) => answer(fn, c) === c.expected).length;
  return { name, right, rate: right / cases.length, perSecond: speeds[index] };
});

// English number words (seed 004's "ten important sites"): ours against words-to-numbers on the
// gold table's parseNumberWords rows. Rows whose answer is null count as right for null or a
// string (words-to-numbers gives the text back when it reads no number).
const englishCases = gold.filter((row) => row.fn === "parseNumberWords");
const englishPeers = {
  "@lianzheng/normalize": (text) => parseNumberWords(text),
  "words-to-numbers": (text) => wordsToNumbers(text),
};
const englishRows = Object.entries(englishPeers).map(([name, fn]) => {
  const right = englishCases.filter((c) => {
    let value;
    try {
      value = fn(c.input);
    } catch {
      value = null;
    }
    return c.expected === null ? typeof value !== "number" : value === c.expected;
  }).length;
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < 500) {
    for (const c of englishCases) fn(c.input);
    count += englishCases.length;
  }
  return { name, right, perSecond: count / ((performance.now() - started) / 1000) };
});

// Free-text extraction has no peer; report its speed on the whole gold table's inputs.
const texts = gold.map((row) => row.input);
let extracted = 0;
const started = performance.now();
while (performance.now() - started < 1000)
  for (const text of texts) extracted += extractQuantities(text).length >= 0 ? 1 : 0;
const extractRate = extracted / ((performance.now() - started) / 1000);

const pad = (text, width) => String(text).padEnd(width);
console.log(
  `normalize bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"} (${os.cpus().length} cores)`,
);
console.log(`${cases.length} numeral/amount expressions from fixtures/normalize/gold.tsv\n`);
console.log(
  `| ${pad("library", 26)} | ${pad("correct", 9)} | ${pad("accuracy", 8)} | ${pad("expressions/s", 13)} |`,
);
console.log(`| ${"-".repeat(26)} | ${"-".repeat(9)} | ${"-".repeat(8)} | ${"-".repeat(13)} |`);
for (const row of rows) {
  console.log(
    `| ${pad(row.name, 26)} | ${pad(`${row.right}/${cases.length}`, 9)} | ${pad(`${(row.rate * 100).toFixed(1)}%`, 8)} | ${pad(Math.round(row.perSecond).toLocaleString("en-US"), 13)} |`,
  );
}
console.log(
  `\nextractQuantities: ${Math.round(extractRate).toLocaleString("en-US")} texts/s over ${texts.length} gold inputs`,
);
console.log(`\n${englishCases.length} English number-word expressions (parseNumberWords rows)\n`);
console.log(`| ${pad("library", 26)} | ${pad("correct", 9)} | ${pad("expressions/s", 13)} |`);
console.log(`| ${"-".repeat(26)} | ${"-".repeat(9)} | ${"-".repeat(13)} |`);
for (const row of englishRows) {
  console.log(
    `| ${pad(row.name, 26)} | ${pad(`${row.right}/${englishCases.length}`, 9)} | ${pad(Math.round(row.perSecond).toLocaleString("en-US"), 13)} |`,
  );
}
const [ours, ...others] = rows;
const best = others.reduce((a, b) => (a.perSecond > b.perSecond ? a : b));
if (others.some((peer) => peer.right >= ours.right) || ours.perSecond < best.perSecond) {
  console.log("\nours is not both the most accurate and at least as fast as the fastest peer");
  process.exitCode = 1;
}
