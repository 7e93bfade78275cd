import type { Agency } from "@lianzheng/model";
import { normalizeAgencyKey } from "./key.js";
import { agencyRegistry } from "./registry.js";

/** How a key was derived from an entry; decides its confidence and where it may be used. */
export type KeySource =
  | "name"
  | "former-name"
  | "short-name"
  | "former-short-name"
  | "abbreviation"
  | "alias";

/**
 * Confidence of each kind of exact match. A short name inside its parent (廉政署 in 法務部(廉政署))
 * composes the official name, so it counts as the name itself.
 */
export const KEY_CONFIDENCE: Readonly<Record<KeySource, number>> = {
  name: 1,
  "short-name": 1,
  "former-name": 0.95,
  "former-short-name": 0.95,
  abbreviation: 0.9,
  alias: 0.9,
};

export interface KeyHit {
  agencyId: string;
  source: KeySource;
  confidence: number;
}

/** The registry's names as lookup tables, built once. */
export interface AgencyIndex {
  byId: ReadonlyMap<string, Agency>;
  /** Every name, former name, abbreviation and alias, by key. */
  global: ReadonlyMap<string, readonly KeyHit[]>;
  /** For each agency, the keys of its descendants: their names and their names relative to it. */
  within: ReadonlyMap<string, ReadonlyMap<string, readonly KeyHit[]>>;
  /** For each agency, the ids of all its descendants. */
  descendants: ReadonlyMap<string, ReadonlySet<string>>;
}

function addHit(map: Map<string, KeyHit[]>, key: string, hit: KeyHit): void {
  if (!key) return;
  const hits = map.get(key) ?? [];
  const same = hits.findIndex((h) => h.agencyId === hit.agencyId);
  if (same === -1) hits.push(hit);
  else if ((hits[same]?.confidence ?? 0) < hit.confidence) hits[same] = hit;
  map.set(key, hits);
}

interface NameForm {
  zh: string;
  en: string | undefined;
  former: boolean;
}

function nameForms(agency: Agency): NameForm[] {
  return [
    { zh: agency.name.zh, en: agency.name.en, former: false },
    ...(agency.formerNames ?? []).map((f) => ({ zh: f.name, en: f.en, former: true })),
  ];
}

/** Names of `agency` with an ancestor's name taken off: 法務部廉政署 within 法務部 → 廉政署. */
function shortNames(agency: Agency, ancestor: Agency): { name: string; former: boolean }[] {
  const out: { name: string; former: boolean }[] = [];
  for (const own of nameForms(agency)) {
    for (const theirs of nameForms(ancestor)) {
      const former = own.former || theirs.former;
      if (own.zh.startsWith(theirs.zh) && own.zh.length > theirs.zh.length) {
        out.push({ name: own.zh.slice(theirs.zh.length), former });
      }
      const suffix = theirs.en === undefined ? undefined : `, ${theirs.en}`;
      if (own.en !== undefined && suffix !== undefined && own.en.endsWith(suffix)) {
        out.push({ name: own.en.slice(0, -suffix.length), former });
      }
    }
  }
  return out;
}

/** The keys an agency is known by anywhere. */
function globalHits(agency: Agency): { key: string; source: KeySource }[] {
  const out: { key: string; source: KeySource }[] = [];
  for (const form of nameForms(agency)) {
    const source: KeySource = form.former ? "former-name" : "name";
    out.push({ key: normalizeAgencyKey(form.zh), source });
    if (form.en !== undefined) out.push({ key: normalizeAgencyKey(form.en), source });
  }
  for (const abbreviation of agency.abbreviations) {
    out.push({ key: normalizeAgencyKey(abbreviation), source: "abbreviation" });
  }
  for (const alias of agency.aliases) out.push({ key: normalizeAgencyKey(alias), source: "alias" });
  return out;
}

function ancestorsOf(agency: Agency, byId: ReadonlyMap<string, Agency>): Agency[] {
  const out: Agency[] = [];
  const seen = new Set<string>([agency.id]);
  let parentId = agency.parentId;
  while (parentId !== null) {
    const parent = byId.get(parentId);
    if (!parent || seen.has(parent.id)) break;
    seen.add(parent.id);
    out.push(parent);
    parentId = parent.parentId;
  }
  return out;
}

/** Builds the lookup tables of a registry (the built-in one unless given). */
export function buildAgencyIndex(registry: readonly Agency[] = agencyRegistry): AgencyIndex {
  const byId = new Map(registry.map((agency) => [agency.id, agency]));
  const global = new Map<string, KeyHit[]>();
  const within = new Map<string, Map<string, KeyHit[]>>();
  const descendants = new Map<string, Set<string>>();
  for (const agency of registry) {
    const keys = globalHits(agency);
    for (const { key, source } of keys) {
      addHit(global, key, { agencyId: agency.id, source, confidence: KEY_CONFIDENCE[source] });
    }
    const ancestors = ancestorsOf(agency, byId);
    // A short name relative to any ancestor works under every ancestor: 刑事警察局 (short within
    // 警政署) also names the bureau inside 內政部(…).
    const shorts = ancestors.flatMap((ancestor) => shortNames(agency, ancestor));
    for (const ancestor of ancestors) {
      const ids = descendants.get(ancestor.id) ?? new Set<string>();
      descendants.set(ancestor.id, ids.add(agency.id));
      const table = within.get(ancestor.id) ?? new Map<string, KeyHit[]>();
      within.set(ancestor.id, table);
      for (const { key, source } of keys) {
        addHit(table, key, { agencyId: agency.id, source, confidence: KEY_CONFIDENCE[source] });
      }
      for (const short of shorts) {
        const source: KeySource = short.former ? "former-short-name" : "short-name";
        addHit(table, normalizeAgencyKey(short.name), {
          agencyId: agency.id,
          source,
          confidence: KEY_CONFIDENCE[source],
        });
      }
    }
  }
  return { byId, global, within, descendants };
}

let defaultIndex: AgencyIndex | undefined;

/** The index of the built-in registry, built on first use. */
export function getAgencyIndex(): AgencyIndex {
  defaultIndex ??= buildAgencyIndex();
  return defaultIndex;
}
