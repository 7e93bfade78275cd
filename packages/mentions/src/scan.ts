import { agencyRegistry } from "@lianzheng/agencies";
import type { Agency, MentionKind } from "@lianzheng/model";
import { countries, governments, internationalBodies, topics } from "./registries.js";
import { comparable } from "./text.js";

/** A form a thing is written in: what to look for and what it names. */
interface Term {
  kind: HitKind;
  id: string;
  /** Sticky: tried only where one of `firstChars` stands, so a scan is one pass over the text. */
  pattern: RegExp | null;
  /** A form of Han characters only is compared as it is, faster than any pattern. */
  literal: string | null;
  firstChars: string[];
}

/**
 * What a term names: a mention's kind, a topic of the plan-link lexicon, or a context word that
 * says whose government a sentence speaks of (ids `domestic`, `marker:CN`, `body:CN`).
 */
export type HitKind = MentionKind | "topic" | "context";

/** One occurrence of a term in a text. */
export interface Hit {
  kind: HitKind;
  id: string;
  start: number;
  end: number;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LATIN = /[A-Za-z]/;
const HAN = /\p{Script=Han}/u;

/**
 * The pattern of one form. Latin forms match whole words only; abbreviations and mixed-case
 * names (MOI, GlobE) match their case exactly, other English names any case. Spaces in a form
 * match any run of spaces, and a space may stand between Latin and Han (APEC 秘書處 / APEC秘書處).
 */
function termPattern(form: string): Omit<Term, "kind" | "id"> | null {
  const text = comparable(form.trim());
  if (!text) return null;
  if (!/[\sA-Za-z0-9]/.test(text)) return { pattern: null, literal: text, firstChars: [text[0] ?? ""] };
  const parts = [...text].map((char, index, chars) => {
    if (/\s/.test(char)) return "\\s+";
    const next = chars[index + 1];
    const mixed = next !== undefined && !/\s/.test(next) && LATIN.test(char) !== LATIN.test(next);
    return `${escapeRegExp(char)}${mixed && (HAN.test(char) || HAN.test(next)) ? "\\s*" : ""}`;
  });
  let source = parts.join("").replace(/(\\s\+)+/g, "\\s+");
  if (LATIN.test(text[0] ?? "")) source = `(?<![A-Za-z0-9])${source}`;
  if (LATIN.test(text.at(-1) ?? "")) source = `${source}(?![A-Za-z0-9])`;
  const exactCase = /[A-Z]/.test(text) && (text === text.toUpperCase() || /[a-z][A-Z]/.test(text));
  const first = text[0] ?? "";
  return {
    pattern: new RegExp(source, exactCase ? "y" : "iy"),
    literal: null,
    firstChars: exactCase ? [first] : [...new Set([first, first.toLowerCase(), first.toUpperCase()])],
  };
}

function termsOf(kind: Term["kind"], id: string, forms: readonly (string | undefined)[]): Term[] {
  const out: Term[] = [];
  for (const form of new Set(forms)) {
    if (form === undefined) continue;
    const compiled = termPattern(form);
    if (compiled) out.push({ kind, id, ...compiled });
  }
  return out;
}

function agencyForms(agency: Agency): Array<string | undefined> {
  return [
    agency.name.zh,
    agency.name.en,
    ...(agency.formerNames ?? []).flatMap((former) => [former.name, former.en]),
    ...agency.abbreviations,
    ...agency.aliases,
  ];
}

/** Terms by the UTF-16 code of their first character. */
type TermIndex = Map<number, Term[]>;
let entityTerms: TermIndex | undefined;
let topicTerms: TermIndex | undefined;
let contextTerms: TermIndex | undefined;

function indexTerms(terms: readonly Term[]): TermIndex {
  const index: TermIndex = new Map();
  for (const term of terms) {
    for (const char of term.firstChars) {
      const code = char.charCodeAt(0);
      index.set(code, [...(index.get(code) ?? []), term]);
    }
  }
  return index;
}

/** Every agency (collective entries such as 各機關 left out), body and country form. */
function getEntityTerms(): TermIndex {
  entityTerms ??= indexTerms([
    ...agencyRegistry
      .filter((agency) => agency.kind !== "collective")
      .flatMap((agency) => termsOf("agency", agency.id, agencyForms(agency))),
    ...internationalBodies().flatMap((body) =>
      termsOf("body", body.id, [body.name.en, body.name.zh, ...body.abbreviations, ...body.aliases]),
    ),
    ...countries().flatMap((country) =>
      termsOf("country", country.code, [country.name.zh, country.name.en, ...country.aliases]),
    ),
  ]);
  return entityTerms;
}

function getTopicTerms(): TermIndex {
  topicTerms ??= indexTerms(
    topics().flatMap((topic) => termsOf("topic", topic.id, [...topic.zh, ...topic.en])),
  );
  return topicTerms;
}

function getContextTerms(): TermIndex {
  if (contextTerms) return contextTerms;
  const { domestic, foreign } = governments();
  contextTerms = indexTerms([
    ...termsOf("context", "domestic", [...domestic.zh, ...domestic.en]),
    ...foreign.flatMap((government) => [
      ...termsOf("context", `marker:${government.country}`, [
        ...government.markers.zh,
        ...government.markers.en,
      ]),
      ...termsOf("context", `body:${government.country}`, [...government.bodies.zh, ...government.bodies.en]),
    ]),
  ]);
  return contextTerms;
}

/** ASCII letters and digits. */
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Every occurrence of the terms, the longest kept where two overlap (法務部廉政署 over 法務部). */
function scan(text: string, terms: TermIndex): Hit[] {
  const target = comparable(text);
  const hits: Hit[] = [];
  for (let start = 0; start < target.length; start++) {
    const char = target.charCodeAt(start);
    // Inside a Latin word no Latin form can start (they match whole words only).
    if (isWordCode(char) && start > 0 && isWordCode(target.charCodeAt(start - 1))) continue;
    const candidates = terms.get(char);
    if (candidates === undefined) continue;
    for (const term of candidates) {
      if (term.literal !== null) {
        if (target.startsWith(term.literal, start))
          hits.push({ kind: term.kind, id: term.id, start, end: start + term.literal.length });
        continue;
      }
      if (term.pattern === null) continue;
      term.pattern.lastIndex = start;
      const match = term.pattern.exec(target);
      if (match) hits.push({ kind: term.kind, id: term.id, start, end: start + match[0].length });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Hit[] = [];
  for (const hit of hits) {
    const last = kept.at(-1);
    if (last && hit.start < last.end) {
      if (hit.end - hit.start > last.end - last.start) kept[kept.length - 1] = hit;
      continue;
    }
    kept.push(hit);
  }
  return kept;
}

// "Immigration Agency of MOI", "the Immigration Agency under MOI", "Customs Administration, MOF":
// a sub-agency followed by its parent is the sub-agency.
const PARENT_JOIN = /^(?:\s+of\s+(?:the\s+)?|\s+under\s+(?:the\s+)?|,\s*(?:the\s+)?)$/iu;

function isAncestor(ancestorId: string, agencyId: string): boolean {
  const byId = new Map(agencyRegistry.map((agency) => [agency.id, agency]));
  let parent = byId.get(agencyId)?.parentId ?? null;
  for (let depth = 0; parent !== null && depth < 8; depth++) {
    if (parent === ancestorId) return true;
    parent = byId.get(parent)?.parentId ?? null;
  }
  return false;
}

function joinParents(text: string, hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const hit of hits) {
    const last = out.at(-1);
    if (
      last?.kind === "agency" &&
      hit.kind === "agency" &&
      PARENT_JOIN.test(text.slice(last.end, hit.start)) &&
      isAncestor(hit.id, last.id)
    ) {
      last.end = hit.end;
      continue;
    }
    out.push({ ...hit });
  }
  return out;
}

/** Occurrences of agencies, international bodies and countries in a text, in order. */
export function scanEntities(text: string): Hit[] {
  return joinParents(text, scan(text, getEntityTerms()));
}

/** Occurrences of the topic lexicon's terms in a text, in order. */
export function scanTopics(text: string): Hit[] {
  return scan(text, getTopicTerms());
}

/** Occurrences of whose-government words (我國, 中國, 大陸, 最高人民檢察院 …) in a text, in order. */
export function scanContext(text: string): Hit[] {
  return scan(text, getContextTerms());
}
