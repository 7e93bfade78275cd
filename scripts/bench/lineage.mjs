// `pnpm bench lineage`: lineMeasures (a bigram index: candidates only among measures sharing a
// rare bigram) against a naive peer that scores every pair of measures (the same Dice of character
// bigrams, the same greedy one-to-one pairing), on the real editions (2018 derived from seed 003 →
// 2023 seed 001) and on larger constructed editions, in one run, side by side.
import { readFileSync } from "node:fs";
import os from "node:os";
import { lineMeasures, parseActionPlan } from "../../packages/action-plan/dist/index.js";
import { readText } from "../../packages/text/dist/index.js";

const repo = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const seed001 = repo("seeds/001_6bac756fe4f12e99.txt");
const source = { path: "seed001", format: "text", sha256: "0".repeat(64), bytes: seed001.length };
const plan2023 = parseActionPlan(readText(seed001), { source });
const plan2018 = JSON.parse(repo("fixtures/editions/2018-derived-from-003.json"));

// --- the peer: every pair scored --------------------------------------------------------------
const comparable = (text) =>
  text
    .normalize("NFKC")
    .replace(/[^\p{Script=Han}\p{L}\p{N}]+/gu, "")
    .toLowerCase();
function grams(text) {
  const chars = [...text];
  const map = new Map();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i] + chars[i + 1];
    map.set(gram, (map.get(gram) ?? 0) + 1);
  }
  return { text, map, size: Math.max(0, chars.length - 1) };
}
function dice(x, y) {
  if (x.text === y.text) return 1;
  let common = 0;
  for (const [gram, count] of x.map) common += Math.min(count, y.map.get(gram) ?? 0);
  return x.size + y.size === 0 ? 0 : (2 * common) / (x.size + y.size);
}
/** All pairs scored, best first, taken one-to-one above the threshold: the pairs only. */
function naivePairs(a, b, threshold = 0.5) {
  const left = a.strategies
    .flatMap((s) => s.measures)
    .map((m) => ({ id: m.id, ...grams(comparable(m.text)) }));
  const right = b.strategies
    .flatMap((s) => s.measures)
    .map((m) => ({ id: m.id, ...grams(comparable(m.text)) }));
  const pairs = [];
  for (const [i, x] of left.entries()) {
    for (const [j, y] of right.entries()) {
      const score = dice(x, y);
      if (score >= threshold) pairs.push({ i, j, score });
    }
  }
  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const taken = new Set();
  const result = new Map();
  for (const { i, j } of pairs) {
    if (result.has(i) || taken.has(j)) continue;
    result.set(i, j);
    taken.add(j);
  }
  return [...result].map(([i, j]) => `${left[i].id}>${right[j].id}`);
}
const oursPairs = (a, b) =>
  lineMeasures(a, b)
    .filter((e) => e.from.length === 1 && e.to.length === 1)
    .map((e) => `${e.from[0]}>${e.to[0]}`);

// --- constructed editions: the 2023 measures copied k times, each copy with 15% of its characters
// replaced (so copies differ), and a next edition that keeps 80%, rewords 10%, drops 5%, adds 5%.
let seed = 20261126;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pool = [...new Set(comparable(seed001))];
const mutate = (text, share) =>
  [...text].map((c) => (random() < share ? pool[Math.floor(random() * pool.length)] : c)).join("");
const base = plan2023.strategies.flatMap((s) => s.measures);
function editionPair(copies) {
  const a = [];
  for (let k = 0; k < copies; k++) for (const m of base) a.push(mutate(m.text, k === 0 ? 0 : 0.15));
  const b = [];
  for (const text of a) {
    const roll = random();
    if (roll < 0.05) continue;
    b.push(roll < 0.15 ? mutate(text, 0.15) : text);
    if (random() < 0.05) b.push(mutate(base[Math.floor(random() * base.length)].text, 0.5));
  }
  const planOf = (texts) => ({
    ...plan2023,
    strategies: [
      {
        number: 1,
        title: "",
        measures: texts.map((text, i) => ({
          ...base[0],
          id: `1.${i + 1}`,
          number: i + 1,
          text,
          agencies: [],
        })),
      },
    ],
  });
  return [planOf(a), planOf(b)];
}

// Peers take turns in short rounds so a busy machine slows both alike.
function perCall(fns, budgetMs, rounds) {
  const time = fns.map(() => 0);
  const calls = fns.map(() => 0);
  for (let round = 0; round < rounds; round++) {
    fns.forEach((fn, index) => {
      const started = performance.now();
      do {
        fn();
        calls[index]++;
      } while (performance.now() - started < budgetMs / rounds);
      time[index] += performance.now() - started;
    });
  }
  return fns.map((_, index) => time[index] / calls[index]);
}

const cases = [["2018 (derived from seed 003) → 2023 (seed 001)", plan2018, plan2023]];
for (const copies of [4, 8, 16]) {
  const [a, b] = editionPair(copies);
  cases.push([`constructed, ${copies} × the 2023 measures`, a, b]);
}
const pad = (text, width) => String(text).padEnd(width);
console.log(
  `lineage bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"} (${os.cpus().length} cores), load ${os.loadavg()[0].toFixed(1)}\n`,
);
console.log(
  `| ${pad("editions", 46)} | ${pad("measures a × b", 14)} | ${pad("lineMeasures ms", 15)} | ${pad("all pairs ms", 12)} | ${pad("ratio", 6)} | ${pad("same pairs", 10)} |`,
);
console.log(
  `| ${"-".repeat(46)} | ${"-".repeat(14)} | ${"-".repeat(15)} | ${"-".repeat(12)} | ${"-".repeat(6)} | ${"-".repeat(10)} |`,
);
for (const [name, a, b] of cases) {
  const sizes = [a, b].map((p) => p.strategies.flatMap((s) => s.measures).length);
  const ours = new Set(oursPairs(a, b));
  const theirs = naivePairs(a, b);
  const same = theirs.filter((pair) => ours.has(pair)).length;
  const [oursMs, naiveMs] = perCall(
    [() => lineMeasures(a, b), () => naivePairs(a, b)],
    1500,
    sizes[0] > 300 ? 1 : 5,
  );
  console.log(
    `| ${pad(name, 46)} | ${pad(sizes.join(" × "), 14)} | ${pad(oursMs.toFixed(2), 15)} | ${pad(naiveMs.toFixed(2), 12)} | ${pad(`${(naiveMs / oursMs).toFixed(1)}×`, 6)} | ${pad(`${same}/${theirs.length}`, 10)} |`,
  );
}
console.log(
  "\nratio: all-pairs time / lineMeasures time (lineMeasures also finds splits, merges and changed words).",
);
console.log("same pairs: the all-pairs peer's one-to-one pairs that lineMeasures also gives.");
