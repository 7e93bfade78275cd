import type { ActionPlan, Measure } from "@lianzheng/model";

/** How a measure of one edition carries into another. */
export type LineageKind = "kept" | "renumbered" | "reworded" | "split" | "merged" | "added" | "removed";

/** One step of the lineage: measures `from` (edition a) become measures `to` (edition b). */
export interface LineageEntry {
  kind: LineageKind;
  from: string[];
  to: string[];
  /** Dice similarity of the texts' character bigrams, 0 … 1 (absent for added/removed). */
  similarity?: number;
  /** Reworded: the runs of characters only a has (`removed`) and only b has (`added`). */
  changedWords?: { removed: string[]; added: string[] };
  /** Reworded, split or merged under a new number too. */
  renumbered?: boolean;
  /** Agencies (registry id, else name) that b names and a does not, and the other way round. */
  agencies?: { added: string[]; dropped: string[] };
  /** True when the performance goals differ (text compared without spaces and punctuation). */
  goalsChanged?: boolean;
}

export interface LineageOptions {
  /** Least similarity for two measures to be one measure reworded. Default 0.5. */
  threshold?: number;
  /** Least share of a measure's bigrams found in another for a split or merge. Default 0.7. */
  containment?: number;
}

const NOT_WORD = /[^\p{Script=Han}\p{L}\p{N}]+/gu;
// Bigrams in more measures than this say nothing about which is which (各機關, 法務部 …).
const COMMON_GRAM = 0.2;

function comparable(text: string): string {
  return text.normalize("NFKC").replace(NOT_WORD, "").toLowerCase();
}

interface Indexed {
  measure: Measure;
  text: string;
  grams: Map<string, number>;
  size: number;
}

function index(measure: Measure): Indexed {
  const text = comparable(measure.text);
  const chars = [...text];
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = `${chars[i]}${chars[i + 1]}`;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return { measure, text, grams, size: Math.max(0, chars.length - 1) };
}

function measuresOf(plan: ActionPlan): Measure[] {
  return plan.strategies.flatMap((strategy) => strategy.measures);
}

/** The runs of characters only one side has, by a longest common subsequence of the two texts. */
export function changedRuns(a: string, b: string): { removed: string[]; added: string[] } {
  const x = [...a];
  const y = [...b];
  const table = Array.from({ length: x.length + 1 }, () => new Uint16Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      const row = table[i] as Uint16Array;
      row[j] =
        x[i] === y[j]
          ? ((table[i + 1] as Uint16Array)[j + 1] ?? 0) + 1
          : Math.max((table[i + 1] as Uint16Array)[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const removed: string[] = [];
  const added: string[] = [];
  let del = "";
  let ins = "";
  const flush = () => {
    if (del) removed.push(del);
    if (ins) added.push(ins);
    del = "";
    ins = "";
  };
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      flush();
      i++;
      j++;
    } else if (
      j >= y.length ||
      (i < x.length && ((table[i + 1] as Uint16Array)[j] ?? 0) >= ((table[i] as Uint16Array)[j + 1] ?? 0))
    ) {
      del += x[i];
      i++;
    } else {
      ins += y[j];
      j++;
    }
  }
  flush();
  return { removed, added };
}

function agencyKeys(measure: Measure): Set<string> {
  return new Set(measure.agencies.map((role) => role.agencyId ?? role.name));
}

function compareDetails(from: Measure[], to: Measure[]): Pick<LineageEntry, "agencies" | "goalsChanged"> {
  const before = new Set(from.flatMap((measure) => [...agencyKeys(measure)]));
  const after = new Set(to.flatMap((measure) => [...agencyKeys(measure)]));
  const goals = (measures: Measure[]) =>
    measures
      .map((measure) => measure.performanceGoals.map((item) => comparable(item.text)).join("|"))
      .join("‖");
  return {
    agencies: {
      added: [...after].filter((key) => !before.has(key)).sort(),
      dropped: [...before].filter((key) => !after.has(key)).sort(),
    },
    goalsChanged: goals(from) !== goals(to),
  };
}

/** The two editions' measures indexed, and the matches found so far (indices into each side). */
interface Matching {
  left: Indexed[];
  right: Indexed[];
  /** Shared bigram counts of each measure of a with its candidates in b. */
  shared: Array<Map<number, number>>;
  toOf: Map<number, number>;
  fromOf: Map<number, number>;
  /** Split: further measures of b a matched measure of a went into. */
  extraTo: Map<number, number[]>;
  /** Merged: further measures of a that went into a matched measure of b. */
  extraFrom: Map<number, number[]>;
}

/** Shared bigram counts of each measure of a with its candidates in b, from an index of b's bigrams. */
function sharedBigrams(left: readonly Indexed[], right: readonly Indexed[]): Array<Map<number, number>> {
  const postings = new Map<string, number[]>();
  right.forEach((entry, j) => {
    for (const gram of entry.grams.keys()) {
      const list = postings.get(gram);
      if (list) list.push(j);
      else postings.set(gram, [j]);
    }
  });
  const commonLimit = Math.max(3, Math.ceil(right.length * COMMON_GRAM));
  return left.map((entry) => {
    const counts = new Map<number, number>();
    for (const [gram, count] of entry.grams) {
      const list = postings.get(gram);
      if (!list || list.length > commonLimit) continue;
      for (const j of list) {
        const other = right[j] as Indexed;
        counts.set(j, (counts.get(j) ?? 0) + Math.min(count, other.grams.get(gram) ?? 0));
      }
    }
    return counts;
  });
}

/** Dice similarity of measure i of a and measure j of b. */
function dice(m: Pick<Matching, "left" | "right" | "shared">, i: number, j: number): number {
  const x = m.left[i] as Indexed;
  const y = m.right[j] as Indexed;
  if (x.text === y.text) return 1;
  const common = m.shared[i]?.get(j) ?? 0;
  return x.size + y.size === 0 ? 0 : (2 * common) / (x.size + y.size);
}

/** Pairs of the same text or at least `threshold` similar, best first. */
function candidatePairs(
  m: Pick<Matching, "left" | "right" | "shared">,
  threshold: number,
): Array<{ i: number; j: number; score: number }> {
  const pairs: Array<{ i: number; j: number; score: number }> = [];
  const exact = new Map<string, number[]>();
  m.right.forEach((entry, j) => {
    exact.set(entry.text, [...(exact.get(entry.text) ?? []), j]);
  });
  m.left.forEach((entry, i) => {
    for (const j of exact.get(entry.text) ?? []) pairs.push({ i, j, score: 1 });
    for (const j of m.shared[i]?.keys() ?? []) {
      const score = dice(m, i, j);
      if (score >= threshold && score < 1) pairs.push({ i, j, score });
    }
  });
  const sameId = (p: { i: number; j: number }) =>
    Number((m.right[p.j] as Indexed).measure.id === (m.left[p.i] as Indexed).measure.id);
  // Best first; ties in favour of the same id, then document order.
  return pairs.sort((p, q) => q.score - p.score || sameId(q) - sameId(p) || p.i - q.i || p.j - q.j);
}

/** The best-sharing candidate (by `shareOf`) and its share; -1 when none. */
function bestShare(
  candidates: Iterable<[number, number]>,
  shareOf: (index: number, count: number) => number,
) {
  let best = -1;
  let share = 0;
  for (const [index, count] of candidates) {
    const value = shareOf(index, count);
    if (value > share) {
      share = value;
      best = index;
    }
  }
  return { best, share };
}

/**
 * A leftover of a mostly inside a leftover of b (or the other way round) was reworded by adding
 * to it or cutting it: a low Dice, but the same measure.
 */
function matchContained(m: Matching, containment: number): void {
  m.left.forEach((entry, i) => {
    if (m.toOf.has(i) || entry.size === 0) return;
    const unmatched = [...(m.shared[i] ?? [])].filter(([j]) => !m.fromOf.has(j));
    const { best, share } = bestShare(
      unmatched,
      (j, count) => count / Math.max(1, Math.min(entry.size, (m.right[j] as Indexed).size)),
    );
    if (best >= 0 && share >= containment) {
      m.toOf.set(i, best);
      m.fromOf.set(best, i);
    }
  });
}

/**
 * Leftovers: a measure of b mostly inside a matched measure of a is a split from it; a measure
 * of a mostly inside a matched measure of b was merged into it.
 */
function matchSplitsAndMerges(m: Matching, containment: number): void {
  m.right.forEach((entry, j) => {
    if (m.fromOf.has(j) || entry.size === 0) return;
    const counts = m.left.map((_, i): [number, number] => [i, m.shared[i]?.get(j) ?? 0]);
    const { best, share } = bestShare(counts, (_, count) => count / entry.size);
    if (best >= 0 && share >= containment && m.toOf.has(best)) {
      m.extraTo.set(best, [...(m.extraTo.get(best) ?? []), j]);
      m.fromOf.set(j, best);
    }
  });
  m.left.forEach((entry, i) => {
    if (m.toOf.has(i) || entry.size === 0) return;
    const { best, share } = bestShare(m.shared[i] ?? [], (_, count) => count / entry.size);
    if (best >= 0 && share >= containment && m.fromOf.has(best)) {
      m.extraFrom.set(best, [...(m.extraFrom.get(best) ?? []), i]);
      m.toOf.set(i, best);
    }
  });
}

/** The entry of measure i of a, matched to measure j of b, with the measures split or merged with it. */
function matchedEntry(m: Matching, j: number, done: Set<number>): LineageEntry {
  const mergedFrom = [m.fromOf.get(j) as number, ...(m.extraFrom.get(j) ?? [])];
  const isMerge = mergedFrom.length > 1;
  const head = mergedFrom[0] as number;
  const targets = [j, ...(isMerge ? [] : (m.extraTo.get(head) ?? []))];
  const sources = isMerge ? mergedFrom : [head];
  for (const s of sources) done.add(s);
  const fromMeasures = sources.map((s) => (m.left[s] as Indexed).measure);
  const toMeasures = targets.map((t) => (m.right[t] as Indexed).measure);
  const score = Math.round(dice(m, head, j) * 1000) / 1000;
  const sameId =
    fromMeasures.length === 1 && toMeasures.length === 1 && fromMeasures[0]?.id === toMeasures[0]?.id;
  let kind: LineageKind;
  if (isMerge) kind = "merged";
  else if (targets.length > 1) kind = "split";
  else if (score === 1) kind = sameId ? "kept" : "renumbered";
  else kind = "reworded";
  const result: LineageEntry = {
    kind,
    from: fromMeasures.map((measure) => measure.id),
    to: toMeasures.map((measure) => measure.id),
    similarity: score,
  };
  if (kind === "reworded") {
    result.changedWords = changedRuns((m.left[head] as Indexed).text, (m.right[j] as Indexed).text);
    if (!sameId) result.renumbered = true;
  }
  if (
    (kind === "split" || kind === "merged") &&
    !fromMeasures.some((from) => toMeasures.some((to) => to.id === from.id))
  )
    result.renumbered = true;
  return { ...result, ...compareDetails(fromMeasures, toMeasures) };
}

/**
 * The lineage of the measures of edition `a` into edition `b`: for each measure, kept (same text,
 * same id), renumbered (same text, other id), reworded (similar text, with the similarity and the
 * changed words), split (one measure of a contained in several of b), merged (several of a in one
 * of b), removed, and added; with the agencies added or dropped and whether the goals changed.
 *
 * Near-linear: candidates come from an index of b's character bigrams (bigrams common to many
 * measures left out), not from comparing every pair; then the best pairs are taken greedily,
 * one-to-one, and leftovers are tested for a split or merge against their best candidate.
 */
export function lineMeasures(a: ActionPlan, b: ActionPlan, options: LineageOptions = {}): LineageEntry[] {
  const threshold = options.threshold ?? 0.5;
  const containment = options.containment ?? 0.7;
  const left = measuresOf(a).map(index);
  const right = measuresOf(b).map(index);
  const m: Matching = {
    left,
    right,
    shared: sharedBigrams(left, right),
    toOf: new Map(),
    fromOf: new Map(),
    extraTo: new Map(),
    extraFrom: new Map(),
  };
  // One to one, best pairs first.
  for (const { i, j } of candidatePairs(m, threshold)) {
    if (m.toOf.has(i) || m.fromOf.has(j)) continue;
    m.toOf.set(i, j);
    m.fromOf.set(j, i);
  }
  matchContained(m, containment);
  matchSplitsAndMerges(m, containment);

  const entries: LineageEntry[] = [];
  const done = new Set<number>();
  left.forEach((entry, i) => {
    if (done.has(i)) return;
    const j = m.toOf.get(i);
    if (j === undefined) entries.push({ kind: "removed", from: [entry.measure.id], to: [] });
    else entries.push(matchedEntry(m, j, done));
  });
  right.forEach((entry, j) => {
    if (!m.fromOf.has(j)) entries.push({ kind: "added", from: [], to: [entry.measure.id] });
  });
  return entries;
}
