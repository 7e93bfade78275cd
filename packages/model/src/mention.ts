import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
/** ISO 3166-1 alpha-2, upper case: `TH`, `TW`, `HK`. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .meta({ id: "CountryCode" });
export type CountryCode = z.infer<typeof CountryCode>;

/** A country or economy as a document names it, with its ISO 3166-1 alpha-2 code. */
export const CountryRef = z.object({ code: CountryCode, name: z.string() }).meta({ id: "CountryRef" });
export type CountryRef = z.infer<typeof CountryRef>;

/**
 * A country or economy of the gazetteer: ISO 3166-1 alpha-2 code, names in Chinese (Traditional,
 * as Taiwan's government writes them) and English, and the other ways documents write it (APEC's
 * economy names: Chinese Taipei, Hong Kong, China, Viet Nam).
 */
export const Country = z
  .object({
    code: CountryCode,
    name: z.object({ zh: z.string(), en: z.string() }),
    aliases: z.array(z.string()),
    /** Cities documents name, Chinese and English, so a destination like 泰國清邁 splits. */
    cities: z.array(z.object({ zh: z.string(), en: z.string() })).optional(),
  })
  .meta({ id: "Country" });
export type Country = z.infer<typeof Country>;

export const InternationalBodyKind = z
  .enum(["organization", "forum", "working-group", "network", "convention", "agency"])
  .meta({ id: "InternationalBodyKind" });
export type InternationalBodyKind = z.infer<typeof InternationalBodyKind>;

/**
 * An international organization, forum, network or convention (APEC ACTWG, UNCAC, UNODC, GlobE
 * Network …), from the hand-curated registry. `parentId` is the body it belongs to (ACTWG → APEC).
 */
export const InternationalBody = z
  .object({
    id: slug,
    name: z.object({ en: z.string(), zh: z.string().optional() }),
    abbreviations: z.array(z.string()),
    aliases: z.array(z.string()),
    parentId: slug.nullable(),
    kind: InternationalBodyKind,
  })
  .meta({ id: "InternationalBody" });
export type InternationalBody = z.infer<typeof InternationalBody>;

export const MentionKind = z.enum(["agency", "body", "country"]).meta({ id: "MentionKind" });
export type MentionKind = z.infer<typeof MentionKind>;

/**
 * Something a document names: an agency (registry id), an international body (body registry id)
 * or a country or economy (ISO 3166-1 alpha-2 code). `name` is the form first met, `count` how
 * often any of its forms occurs, `evidence` the sentence of the first occurrence.
 */
export const Mention = z
  .object({
    kind: MentionKind,
    id: z.string(),
    name: z.string(),
    count: z.number().int().positive(),
    evidence: z.string(),
  })
  .meta({ id: "Mention" });
export type Mention = z.infer<typeof Mention>;

/**
 * Why a document serves a plan measure: an anchor (an international body or a topic term) both
 * the document and the measure's own text name, with the document's sentence that names it.
 */
export const LinkEvidence = z
  .object({
    anchor: z.string(),
    kind: z.enum(["body", "topic"]),
    phrase: z.string(),
    weight: z.number().min(0).max(1),
  })
  .meta({ id: "LinkEvidence" });
export type LinkEvidence = z.infer<typeof LinkEvidence>;

/** A plan measure a trip report or narrative serves, with a score in [0, 1] and the evidence. */
export const PlanLink = z
  .object({
    measureId: z.string().regex(/^\d+\.\d+$/),
    strategy: z.number().int().positive(),
    score: z.number().min(0).max(1),
    evidence: z.array(LinkEvidence),
  })
  .meta({ id: "PlanLink" });
export type PlanLink = z.infer<typeof PlanLink>;
