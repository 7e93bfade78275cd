import type { Mention, MentionKind, Warning } from "@lianzheng/model";
import { judgeAgencyHits } from "./foreign.js";
import { scanEntities } from "./scan.js";
import { sentenceAt } from "./text.js";

const KIND_ORDER: Readonly<Record<MentionKind, number>> = { agency: 0, body: 1, country: 2 };

/** The mentions of a text, and what was unsure or set aside while finding them. */
export interface MentionReading {
  mentions: Mention[];
  /**
   * `mention_foreign` (info) for a name that is another government's body (中國…法務部), left out
   * of `mentions`; `mention_context_uncertain` for one kept in a sentence about another government.
   */
  warnings: Warning[];
}

/**
 * The agencies (registry ids), international bodies (body registry ids) and countries (ISO
 * 3166-1 alpha-2) a text names, each once, with how often, the form first met and the sentence it
 * is in. Ordered by kind, then by first occurrence. Exact forms only, never fuzzy. An agency name
 * that the words around it give to another government (中國法務部, 新加坡貪污調查局, a list with
 * 最高人民檢察院) is not counted; see `judgeAgencyHits` in foreign.ts for the rule.
 *
 * @example
 * readMentions("中國最高人民檢察院、法務部及法務部廉政署").mentions.map((m) => m.id) // ["moj-aac", "CN"]
 */
export function readMentions(text: string): MentionReading {
  const hits = scanEntities(text);
  const { foreign, warnings } = judgeAgencyHits(text, hits);
  const byKey = new Map<string, Mention>();
  for (const hit of hits) {
    if (hit.kind === "topic" || hit.kind === "context" || foreign.has(hit)) continue;
    const key = `${hit.kind}:${hit.id}`;
    const seen = byKey.get(key);
    if (seen) seen.count += 1;
    else
      byKey.set(key, {
        kind: hit.kind,
        id: hit.id,
        name: text.slice(hit.start, hit.end).replace(/\s+/g, " "),
        count: 1,
        evidence: sentenceAt(text, hit.start, hit.end - hit.start),
      });
  }
  const mentions = [...byKey.values()].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return { mentions, warnings };
}

/**
 * The mentions of {@link readMentions}, without its warnings.
 *
 * @example
 * findMentions("the Immigration Agency of MOI signed MOUs with Japan.")
 * // [{ kind: "agency", id: "moi-nia", name: "Immigration Agency of MOI", count: 1, evidence: "the Immigration Agency of MOI signed MOUs with Japan." },
 * //  { kind: "country", id: "JP", name: "Japan", count: 1, evidence: "…" }]
 */
export function findMentions(text: string): Mention[] {
  return readMentions(text).mentions;
}
