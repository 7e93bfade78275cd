import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
/** ISO 3166-1 alpha-2, upper case: `TH`, `TW`, `HK`. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .meta({ id: "CountryCode" });
export type CountryCode = z.infer<typeof CountryCode>;

/** A country or economy as a document names it, with its ISO 3166-1 alpha-2 code. */
export const CountryRef = z
  .object({
    code: CountryCode.describe("the country's ISO 3166-1 alpha-2 code, e.g. TH"),
    name: z.string().describe("the country's name as the document writes it"),
  })
  .meta({ id: "CountryRef" });
export type CountryRef = z.infer<typeof CountryRef>;

/**
 * A country or economy of the gazetteer: ISO 3166-1 alpha-2 code, names in Chinese (Traditional,
 * as Taiwan's government writes them) and English, and the other ways documents write it (APEC's
 * economy names: Chinese Taipei, Hong Kong, China, Viet Nam).
 */
export const Country = z
  .object({
    code: CountryCode.describe("the ISO 3166-1 alpha-2 code, e.g. TW"),
    name: z
      .object({
        zh: z.string().describe("the name in Chinese (Traditional), as Taiwan's government writes it"),
        en: z.string().describe("the name in English"),
      })
      .describe("the country's names in Chinese and English"),
    aliases: z
      .array(z.string())
      .describe("other ways documents write it, e.g. APEC economy names such as Chinese Taipei"),
    /** Cities documents name, Chinese and English, so a destination like 泰國清邁 splits. */
    cities: z
      .array(
        z.object({
          zh: z.string().describe("the city's name in Chinese"),
          en: z.string().describe("the city's name in English"),
        }),
      )
      .optional()
      .describe("cities documents name, so a destination like 泰國清邁 splits"),
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
    id: slug.describe("the body's registry id, a lower-case slug, e.g. apec-actwg"),
    name: z
      .object({
        en: z.string().describe("the name in English"),
        zh: z.string().optional().describe("the name in Chinese, where it has one"),
      })
      .describe("the body's names in English and Chinese"),
    abbreviations: z.array(z.string()).describe("its abbreviations, e.g. ACTWG, UNCAC"),
    aliases: z.array(z.string()).describe("other ways documents write its name"),
    parentId: slug.nullable().describe("the id of the body it belongs to (ACTWG → APEC), null when none"),
    kind: InternationalBodyKind.describe(
      "what it is: organization, forum, working group, network, convention or agency",
    ),
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
    kind: MentionKind.describe("what is named: an agency, an international body or a country"),
    id: z.string().describe("its id: agency registry id, body registry id or ISO 3166-1 alpha-2 code"),
    name: z.string().describe("the form of its name first met in the document"),
    count: z.number().int().positive().describe("how often any of its forms occurs"),
    evidence: z.string().describe("the sentence of the first occurrence"),
  })
  .meta({ id: "Mention" });
export type Mention = z.infer<typeof Mention>;

/**
 * Why a document serves a plan measure: an anchor (an international body or a topic term) both
 * the document and the measure's own text name, with the document's sentence that names it.
 */
export const LinkEvidence = z
  .object({
    anchor: z
      .string()
      .describe("the international body or topic term both the document and the measure name"),
    kind: z.enum(["body", "topic"]).describe("whether the anchor is an international body or a topic term"),
    phrase: z.string().describe("the document's sentence that names the anchor"),
    weight: z.number().min(0).max(1).describe("how much the anchor adds to the link's score, in [0, 1]"),
  })
  .meta({ id: "LinkEvidence" });
export type LinkEvidence = z.infer<typeof LinkEvidence>;

/** A plan measure a trip report or narrative serves, with a score in [0, 1] and the evidence. */
export const PlanLink = z
  .object({
    measureId: z
      .string()
      .regex(/^\d+\.\d+$/)
      .describe('the measure\'s id, "<strategy>.<measure>", e.g. "9.3"'),
    strategy: z.number().int().positive().describe("the number of the measure's strategy"),
    score: z.number().min(0).max(1).describe("how strongly the document serves the measure, in [0, 1]"),
    evidence: z.array(LinkEvidence).describe("the anchors the document and the measure share"),
  })
  .meta({ id: "PlanLink" });
export type PlanLink = z.infer<typeof PlanLink>;
