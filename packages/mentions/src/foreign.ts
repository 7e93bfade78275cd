// Whose agency is it? Taiwan's reports name other governments' bodies with the same words as
// Taiwan's own: 中國…法務部 is China's ministry, 新加坡貪污調查局 is no 調查局 of Taiwan's. An agency
// hit is judged by the words right before or after it, by the list it stands in, and by the
// sentence around it; where only the sentence speaks of another government the hit is kept (a
// Taiwanese report's 法務部 is Taiwan's unless shown otherwise) with a warning.

import { createWarning, type Warning } from "@lianzheng/model";
import { governments } from "./registries.js";
import { type Hit, scanContext } from "./scan.js";
import { sentenceAt } from "./text.js";

const DOMESTIC_COUNTRY = "TW";
// Characters that start a new phrase in Chinese (與, 及, 赴, 於 …): a country before one of them
// does not own the name after it (泰國清邁與法務部).
const CONNECTOR = /[與和及跟同向赴於在至由並而對把被為或等自從、，,；;：:。！？!?()（）「」『』\s]/u;
const HAN_ONLY = /^\p{Script=Han}{0,6}$/u;
// China's Ministry of Justice, PRC Ministry of Public Security, Chinese Ministry of Justice.
const LATIN_PREFIX_GAP = /^(?:'s)?\s+(?:the\s+)?$/iu;
// Ministry of Justice of China, Ministry of Justice in Taiwan.
const LATIN_SUFFIX_GAP = /^\s+(?:of|in)\s+(?:the\s+)?$/iu;
// One list: 國家監察委員會、中國人民銀行、法務部 / the CCDI, the Ministry of Justice and ….
const LIST_GAP = /^\s*(?:、|,|，|及|和|與|以及|and|&)\s*(?:the\s+)?$/iu;
const SENTENCE_WINDOW = 400;

/** A word saying whose government is meant, and whose. */
interface Signal {
  start: number;
  end: number;
  /** "TW" for Taiwan's own; a foreign country's ISO code otherwise. */
  country: string;
  /** A foreign government's own body (最高人民檢察院): decisive for its list neighbours. */
  body: boolean;
  /** From the governments list (a government whose bodies share Taiwan's names). */
  listed: boolean;
}

/** What was decided for the agency hits of a text. */
export interface AgencyJudgement {
  /** Hits that name another government's body, not the registry agency. */
  foreign: Set<Hit>;
  warnings: Warning[];
}

function contextSignals(entityHits: readonly Hit[], contextHits: readonly Hit[]): Signal[] {
  const listed = new Set(governments().foreign.map((government) => government.country));
  const signals: Signal[] = [];
  for (const hit of entityHits) {
    if (hit.kind !== "country") continue;
    signals.push({
      start: hit.start,
      end: hit.end,
      country: hit.id,
      body: false,
      listed: listed.has(hit.id),
    });
  }
  const entities = [...entityHits].sort((a, b) => a.start - b.start);
  const longest = entities.reduce((most, e) => Math.max(most, e.end - e.start), 0);
  for (const hit of contextHits) {
    // 大陸 inside 大陸委員會, Chinese inside Chinese Taipei: the entity is what the words name.
    const overlaps = (e: Hit) =>
      e.kind === "country"
        ? e.start <= hit.start && hit.end <= e.end
        : e.start < hit.end && hit.start < e.end;
    // Only entities starting within the longest entity's length before the hit can overlap it.
    if (entitiesNear(entities, hit.start - longest, hit.end).some(overlaps)) continue;
    const [kind, country = ""] = hit.id === "domestic" ? ["marker", DOMESTIC_COUNTRY] : hit.id.split(":");
    signals.push({ start: hit.start, end: hit.end, country, body: kind === "body", listed: true });
  }
  return signals.sort((a, b) => a.start - b.start);
}

// Signals and entities are sorted by start: found by binary search, so judging every hit of a
// long text stays near-linear (a 50 MB trip report has tens of thousands of hits).

/** The index of the first item starting at or after `position` (the length when none does). */
function firstStartingAt(items: readonly { start: number }[], position: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle] as { start: number }).start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The last signal (in start order) ending at or before the hit's start. */
function signalBefore(signals: readonly Signal[], hit: Hit): Signal | undefined {
  // Signals starting after the hit's start end after it too: the answer is at or before this one.
  for (let i = firstStartingAt(signals, hit.start + 1) - 1; i >= 0; i--) {
    const signal = signals[i] as Signal;
    if (signal.end <= hit.start) return signal;
  }
  return undefined;
}

/** The signals lying wholly within [start, end), in order. */
function signalsWithin(signals: readonly Signal[], start: number, end: number): Signal[] {
  const within: Signal[] = [];
  for (let i = firstStartingAt(signals, start); i < signals.length; i++) {
    const signal = signals[i] as Signal;
    if (signal.start >= end) break;
    if (signal.end <= end) within.push(signal);
  }
  return within;
}

/** The entities starting in [from, before). */
function entitiesNear(entities: readonly Hit[], from: number, before: number): Hit[] {
  const near: Hit[] = [];
  for (let i = firstStartingAt(entities, from); i < entities.length; i++) {
    const entity = entities[i] as Hit;
    if (entity.start >= before) break;
    near.push(entity);
  }
  return near;
}

/** A signal owns the name right after it (中國法務部, 新加坡貪污調查局, China's Ministry of Justice). */
function ownsFollowing(text: string, signal: Signal, hit: Hit): boolean {
  const gap = text.slice(signal.end, hit.start);
  if (LATIN_PREFIX_GAP.test(gap) || gap === "") return true;
  return HAN_ONLY.test(gap) && !CONNECTOR.test(gap);
}

/** The government the words next to the hit give, if any. */
function adjacentOwner(text: string, hit: Hit, signals: readonly Signal[]): string | undefined {
  const before = signalBefore(signals, hit);
  if (before && ownsFollowing(text, before, hit)) return before.country;
  const after = signals[firstStartingAt(signals, hit.end)];
  if (after && !after.body && LATIN_SUFFIX_GAP.test(text.slice(hit.end, after.start))) return after.country;
  return undefined;
}

/** A foreign body standing next to the hit in one list. */
function foreignListNeighbour(text: string, hit: Hit, signals: readonly Signal[]): Signal | undefined {
  const before = signalBefore(signals, hit);
  if (before?.body && LIST_GAP.test(text.slice(before.end, hit.start))) return before;
  const after = signals[firstStartingAt(signals, hit.end)];
  if (after?.body && LIST_GAP.test(text.slice(hit.end, after.start))) return after;
  return undefined;
}

/** The sentence's start and end around a hit (within a window, so long texts stay linear). */
function sentenceSpan(text: string, hit: Hit): [number, number] {
  const from = Math.max(0, hit.start - SENTENCE_WINDOW);
  const to = Math.min(text.length, hit.end + SENTENCE_WINDOW);
  let start = from;
  for (let i = hit.start - 1; i >= from; i--) {
    if (/[。！？；!?;\n]/u.test(text[i] ?? "")) {
      start = i + 1;
      break;
    }
  }
  let end = to;
  for (let i = hit.end; i < to; i++) {
    if (/[。！？；!?;\n]/u.test(text[i] ?? "")) {
      end = i;
      break;
    }
  }
  return [start, end];
}

/**
 * Decides, for every agency hit, whether it names Taiwan's agency or another government's body
 * of the same name. Foreign: a foreign country or government word right before it (中國法務部,
 * 新加坡貪污調查局, China's Ministry of Justice) or `of` one after it, or a listed government's own
 * body next to it in a list (國家監察委員會、中國人民銀行、法務部). Uncertain, kept with a
 * `mention_context_uncertain` warning: a sentence that speaks of a listed government (中國, 大陸,
 * 中共) and not of Taiwan (我國, 臺灣). Taiwan's own words before it (我國法務部) settle it as Taiwan's.
 */
export function judgeAgencyHits(text: string, entityHits: readonly Hit[]): AgencyJudgement {
  const judgement: AgencyJudgement = { foreign: new Set(), warnings: [] };
  const agencyHits = entityHits.filter((hit) => hit.kind === "agency");
  if (agencyHits.length === 0) return judgement;
  const signals = contextSignals(entityHits, scanContext(text));
  if (!signals.some((s) => s.country !== DOMESTIC_COUNTRY)) return judgement;
  for (const hit of agencyHits) {
    const name = text.slice(hit.start, hit.end);
    const sentence = sentenceAt(text, hit.start, hit.end - hit.start);
    const owner = adjacentOwner(text, hit, signals) ?? foreignListNeighbour(text, hit, signals)?.country;
    if (owner === DOMESTIC_COUNTRY) continue;
    if (owner !== undefined) {
      judgement.foreign.add(hit);
      judgement.warnings.push(
        createWarning(
          "mention_foreign",
          `「${name}」 is ${owner}'s, not the registry's agency: 「${sentence}」`,
          {
            subject: { kind: "agency", name },
          },
        ),
      );
      continue;
    }
    const [start, end] = sentenceSpan(text, hit);
    const inSentence = signalsWithin(signals, start, end);
    if (
      inSentence.some((s) => s.listed && s.country !== DOMESTIC_COUNTRY) &&
      !inSentence.some((s) => s.country === DOMESTIC_COUNTRY)
    ) {
      judgement.warnings.push(
        createWarning(
          "mention_context_uncertain",
          `「${name}」 stands in a sentence about another government; counted as the registry's agency: 「${sentence}」`,
          { subject: { kind: "agency", name } },
        ),
      );
    }
  }
  return judgement;
}
