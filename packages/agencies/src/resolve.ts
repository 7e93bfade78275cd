import type { Agency } from "@lianzheng/model";
import { hasSimplifiedCharacters } from "@lianzheng/normalize";
import { normalizeAgencyKey } from "./key.js";
import { type AgencyIndex, getAgencyIndex, type KeyHit, type KeySource } from "./lookup.js";

/** An agency name resolved to a registry entry. */
export interface AgencyMatch {
  agencyId: string;
  /**
   * How exact the match is, in (0, 1]: 1 for an official name (or parent + short name that
   * composes it: 法務部(廉政署)), 0.95 for a former name, 0.9 for an abbreviation or alias; a
   * composition multiplies its parts (MOJ AAC → 0.81); Simplified input multiplies by 0.95.
   */
  confidence: number;
}

export interface ResolveAgencyOptions {
  /**
   * Resolve inside this agency first (an id): its sub-agencies' short names then match, as 人事處
   * does inside 法務部. This is how `法務部(人事處)` resolves.
   */
  within?: string;
}

/** What a lookup found: one agency, several (the name is ambiguous), or nothing. */
export type AgencyResolution =
  | { kind: "match"; agencyId: string; confidence: number }
  | { kind: "ambiguous"; agencyIds: string[] }
  | { kind: "none" };

const NONE: AgencyResolution = { kind: "none" };
const SIMPLIFIED_INPUT_FACTOR = 0.95;
// Full names of another agency never count as the child part of a composition, so a list like
// "Ministry of Justice, Executive Yuan" is not read as one agency.
const FULL_NAME_SOURCES: ReadonlySet<KeySource> = new Set(["name", "former-name"]);
const PART_EDGE = /^[\s,;:、()]|[\s,;:、(]$/;
const HAN = /\p{Script=Han}/u;
const MAX_COMPOSED_KEY_LENGTH = 160;

function pick(hits: readonly KeyHit[] | undefined, allow?: (hit: KeyHit) => boolean): AgencyResolution {
  const usable = (hits ?? []).filter((hit) => allow?.(hit) ?? true);
  const best = new Map<string, number>();
  for (const hit of usable) best.set(hit.agencyId, Math.max(best.get(hit.agencyId) ?? 0, hit.confidence));
  if (best.size === 0) return NONE;
  if (best.size > 1) return { kind: "ambiguous", agencyIds: [...best.keys()].sort() };
  const [[agencyId, confidence]] = [...best] as [[string, number]];
  return { kind: "match", agencyId, confidence };
}

/** A part of a key, or undefined when it starts or ends on a separator (then it is no name). */
function part(text: string): string | undefined {
  const trimmed = text.trim().replace(/^the /, "");
  return trimmed && !PART_EDGE.test(trimmed) ? trimmed : undefined;
}

/** `parent(child)` where the bracket opened after the parent closes at the very end. */
function splitTrailingBracket(key: string): { parent: string; inner: string } | undefined {
  if (!key.endsWith(")")) return undefined;
  let depth = 0;
  for (let i = key.length - 1; i >= 0; i--) {
    if (key[i] === ")") depth++;
    else if (key[i] === "(") depth--;
    if (depth === 0) {
      const parent = part(key.slice(0, i));
      const inner = part(key.slice(i + 1, -1));
      return parent && inner ? { parent, inner } : undefined;
    }
  }
  return undefined;
}

/**
 * Ways to read a key as parent + child: `C of P`, `C under P` (Immigration Agency under MOI),
 * `C, P`, `P's C`, `P C` / 法務部廉政署. Only those whose parent `isParent` (a key the caller
 * knows: most cuts of a long key are no name, and their child part is not made).
 */
function* parentChildSplits(
  key: string,
  isParent: (parent: string) => boolean,
): Generator<{ parent: string; child: string }> {
  const chars = [...key];
  // (Each character asked once whether it is Han: a cut asks of the characters on both sides.)
  const han: boolean[] = [];
  for (const char of chars) han.push(HAN.test(char));
  // (Cut by slicing at each character's offset: joining the characters again for every cut took
  // time in the square of the key's length, and every key tried comes here.)
  let offset = 0;
  // (A plain function, not a generator delegated to at every cut.)
  const both = (parentText: string, childText: string): { parent: string; child: string } | null => {
    const parent = part(parentText);
    if (!parent || !isParent(parent)) return null;
    const child = part(childText);
    return child ? { parent, child } : null;
  };
  for (let i = 1; i < chars.length; i++) {
    offset += (chars[i - 1] ?? "").length;
    const left = key.slice(0, offset);
    const right = key.slice(offset);
    // (English cuts: at a space, a comma or an apostrophe only.)
    if (right.startsWith(" ") || right.startsWith(",") || right.startsWith("'")) {
      const english = [
        right.startsWith(" of ") ? both(right.slice(4), left) : null,
        right.startsWith(" under ") ? both(right.slice(7), left) : null,
        right.startsWith(", ") ? both(right.slice(2), left) : null,
        right.startsWith("'s ") ? both(left, right.slice(3)) : null,
        right.startsWith(" ") ? both(left, right.slice(1)) : null,
      ];
      for (const split of english) if (split) yield split;
    }
    if (!right.startsWith(" ") && !left.endsWith(" ") && (han[i - 1] === true || han[i] === true)) {
      const split = both(left, right);
      if (split) yield split;
    }
  }
}

/** The bracketed part is the agency's own abbreviation or alias, not a sub-agency. */
function isOwnAbbreviation(inner: string, agencyId: string, index: AgencyIndex): boolean {
  const own = pick(index.global.get(inner), (hit) => hit.source === "abbreviation" || hit.source === "alias");
  return own.kind === "match" && own.agencyId === agencyId;
}

function combine(found: { agencyId: string; confidence: number }[]): AgencyResolution {
  return pick(found.map((f) => ({ ...f, source: "name" as const })));
}

function resolveKey(
  key: string,
  within: string | undefined,
  index: AgencyIndex,
  depth: number,
): AgencyResolution {
  if (!key) return NONE;
  if (within !== undefined) {
    const inside = pick(index.within.get(within)?.get(key));
    if (inside.kind !== "none") return inside;
  }
  const direct = pick(index.global.get(key));
  // No agency name is this long: a longer key is a list or a sentence, not worth composing.
  if (direct.kind !== "none" || depth > 1 || key.length > MAX_COMPOSED_KEY_LENGTH) return direct;

  const found: { agencyId: string; confidence: number }[] = [];
  const bracket = splitTrailingBracket(key);
  if (bracket) {
    const parent = resolveKey(bracket.parent, within, index, depth + 1);
    // Ministry of the Interior (MOI), 法務部廉政署(AAC): a name followed by its own abbreviation.
    if (parent.kind === "match" && isOwnAbbreviation(bracket.inner, parent.agencyId, index)) return parent;
    if (parent.kind === "match") {
      const child = pick(index.within.get(parent.agencyId)?.get(bracket.inner));
      if (child.kind === "ambiguous") return child;
      if (child.kind === "match") {
        found.push({ agencyId: child.agencyId, confidence: parent.confidence * child.confidence });
      }
    }
  }
  for (const { parent: parentKey, child: childKey } of parentChildSplits(key, (parent) =>
    index.global.has(parent),
  )) {
    const parent = pick(index.global.get(parentKey));
    if (parent.kind !== "match") continue;
    const child = pick(
      index.within.get(parent.agencyId)?.get(childKey),
      (hit) => !FULL_NAME_SOURCES.has(hit.source),
    );
    if (child.kind === "match") {
      found.push({ agencyId: child.agencyId, confidence: parent.confidence * child.confidence });
    }
  }
  return combine(found);
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Resolves a name to a registry entry with what the lookup found, ambiguity included. Exact
 * matching only (on a normalized key: width, case, spaces, script), never fuzzy. With
 * `onlyWithin`, a match outside `within`'s sub-agencies counts as none.
 */
export function resolveAgencyName(
  name: string,
  within?: string,
  options: { onlyWithin?: boolean; index?: AgencyIndex } = {},
): AgencyResolution {
  const index = options.index ?? getAgencyIndex();
  if (within !== undefined && !index.byId.has(within)) {
    throw new TypeError(`resolveAgency: unknown agency id "${within}" in options.within`);
  }
  const result = resolveKey(normalizeAgencyKey(name), within, index, 0);
  if (result.kind !== "match") return result;
  // Inside a parent's brackets only its own sub-agencies count: 法務部(外交部) is no agency.
  if (within !== undefined && options.onlyWithin && !index.descendants.get(within)?.has(result.agencyId)) {
    return NONE;
  }
  const factor = hasSimplifiedCharacters(name) ? SIMPLIFIED_INPUT_FACTOR : 1;
  return { ...result, confidence: round(result.confidence * factor) };
}

/**
 * The registry agency a name means, or null when none (or more than one) does. Accepts
 * Traditional, Simplified and English names, official, former (行政院農業委員會 → 農業部),
 * abbreviated (廉政署, MJIB) and composed forms: 法務部(廉政署), 法務部（廉政署）,
 * the Ministry of Justice (Agency Against Corruption), MOJ AAC, Immigration Agency of MOI,
 * Immigration Agency under MOI, Anti-Money Laundering Office of the Executive Yuan, and a name with
 * its own abbreviation after it (Ministry of the Interior (MOI)). A list of several agencies (法務部(檢察司、
 * 調查局)) is no single agency: use {@link parseAgencyCell} for cells.
 *
 * @example resolveAgency("法務部(廉政署)") // { agencyId: "moj-aac", confidence: 1 }
 * @example resolveAgency("MOJ AAC") // { agencyId: "moj-aac", confidence: 0.81 }
 */
export function resolveAgency(name: string, options: ResolveAgencyOptions = {}): AgencyMatch | null {
  const result = resolveAgencyName(name, options.within);
  return result.kind === "match" ? { agencyId: result.agencyId, confidence: result.confidence } : null;
}

/** The registry entry with this id, or undefined. */
export function getAgency(id: string): Agency | undefined {
  return getAgencyIndex().byId.get(id);
}
