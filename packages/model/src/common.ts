import { z } from "zod";
import type { WarningCode } from "./warnings.js";

/** Languages the documents come in. `zh-Hant` is Traditional Chinese as used in Taiwan. */
export const Language = z.enum(["zh-Hant", "zh-Hans", "en"]).meta({ id: "Language" });
export type Language = z.infer<typeof Language>;

export const DocumentKind = z
  .enum(["action-plan", "execution-report", "trip-report", "narrative", "other"])
  .meta({ id: "DocumentKind" });
export type DocumentKind = z.infer<typeof DocumentKind>;

const positiveInt = z.number().int().positive();

/** Where in the input a warning or a parsed thing comes from. Every field is optional. */
export const Location = z
  .object({
    page: positiveInt.optional().describe("the page of a PDF input, from 1"),
    line: positiveInt.optional().describe("the line of a text input, from 1"),
    seq: positiveInt.optional().describe("the 序次 of the execution-report record concerned"),
    measureId: z.string().optional().describe('the plan measure concerned, e.g. "9.3"'),
  })
  .meta({ id: "Location" });
export type Location = z.infer<typeof Location>;

/**
 * How much a warning matters. `info`: a repair that lost nothing (a shifted row put back under its
 * columns) or a remark on the source itself (a record the source gives no achievement row); the
 * document is still complete. `warning` (also when absent): something may be missing or uncertain,
 * and an input with such a warning is reported as `partial`.
 */
export const WarningSeverity = z.enum(["info", "warning"]).meta({ id: "WarningSeverity" });
export type WarningSeverity = z.infer<typeof WarningSeverity>;

/**
 * What a warning is about, when it is one thing the document names: an agency mention (as
 * written), a measure (its id) or a report record (its 序次).
 */
export const WarningSubject = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("agency").describe("an agency mention"),
      name: z.string().describe("the agency's name as written"),
    }),
    z.object({
      kind: z.literal("measure").describe("a plan measure"),
      measureId: z.string().describe('the measure\'s id, e.g. "9.3"'),
    }),
    z.object({
      kind: z.literal("record").describe("an execution-report record"),
      seq: positiveInt.describe("the record's 序次"),
    }),
  ])
  .meta({ id: "WarningSubject" });
export type WarningSubject = z.infer<typeof WarningSubject>;

// Open at run time and in the JSON Schema (snake_case: a dataset from a newer version, with codes
// this one does not know, still validates); in types, the union of the catalog's codes.
const warningCode = z.string().regex(/^[a-z][a-z0-9_]*$/) as unknown as z.ZodType<WarningCode>;

/**
 * A problem in the data that did not stop the parse: an unparseable cell, an unknown agency, a
 * number that skips. `code` is snake_case and stable, one of `WARNING_CATALOG`'s; `message` is for
 * people; `subject`, when given, names what the warning is about.
 */
export const Warning = z
  .object({
    code: warningCode.describe("stable snake_case code of the problem, one of the warning catalog's"),
    message: z.string().describe("what is wrong and where, for a person"),
    severity: WarningSeverity.optional().describe("info or warning; absent means warning"),
    at: Location.optional().describe("where in the input the problem is"),
    subject: WarningSubject.optional().describe(
      "what the warning is about: an agency, a measure or a record",
    ),
  })
  .meta({ id: "Warning" });
export type Warning = z.infer<typeof Warning>;

/** True when a warning may mean missing or uncertain content (severity `warning` or none given). */
export function isSeriousWarning(warning: Warning): boolean {
  return warning.severity !== "info";
}

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** The input file a document was parsed from. */
export const Source = z
  .object({
    path: z.string().describe("the input file as it was named to the parser"),
    format: z.enum(["pdf", "text"]).describe("how the input was read: pdf or text"),
    sha256: Sha256.describe("SHA-256 of the input's bytes, lowercase hexadecimal"),
    bytes: z.number().int().nonnegative().describe("size of the input in bytes"),
    pages: positiveInt.optional().describe("number of pages (PDF inputs)"),
    encoding: z
      .enum(["utf-8", "utf-16le", "utf-16be", "big5"])
      .optional()
      .describe("the character encoding a text input was decoded from (absent for PDFs)"),
  })
  .meta({ id: "Source" });
export type Source = z.infer<typeof Source>;

/** Lines (text input) and pages (PDF input) a parsed thing spans, 1-based and inclusive. */
export const Provenance = z
  .object({
    lines: z.tuple([positiveInt, positiveInt]).optional().describe("first and last line (text inputs)"),
    pages: z.tuple([positiveInt, positiveInt]).optional().describe("first and last page (PDF inputs)"),
  })
  .meta({ id: "Provenance" });
export type Provenance = z.infer<typeof Provenance>;

/** One numbered list item inside a cell (1. / (1) / ① …); `number` is null for unnumbered text. */
export const Item = z
  .object({
    number: z
      .number()
      .int()
      .nonnegative()
      .nullable()
      .describe("the item's number as written; null when unnumbered"),
    text: z.string().describe("the item's text, without its number"),
  })
  .meta({ id: "Item" });
export type Item = z.infer<typeof Item>;

export const QuantityKind = z
  .enum(["count", "money", "percent", "people", "date", "other"])
  .meta({ id: "QuantityKind" });
export type QuantityKind = z.infer<typeof QuantityKind>;

/**
 * A number found in text, with its unit. Money is an exact integer number of the currency's
 * units where the text is exact (safe below 2^53); `raw` is the exact span it was read from.
 */
export const Quantity = z
  .object({
    value: z.number().describe("the number, in the unit given (money in whole units of the currency)"),
    unit: z.string().nullable().describe("the unit as written (元, 件, 人, %, …); null when none"),
    kind: QuantityKind.describe("count, money, percent, people, date or other"),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional()
      .describe("ISO 4217 code of money, e.g. TWD"),
    approximate: z.boolean().optional().describe("true when the text says it is approximate (約, 逾, 餘)"),
    raw: z.string().describe("the exact text the number was read from"),
    itemNumber: z
      .number()
      .int()
      .nonnegative()
      .nullable()
      .optional()
      .describe("the numbered item of the cell the number is in"),
  })
  .meta({ id: "Quantity" });
export type Quantity = z.infer<typeof Quantity>;

export const AgencyRoleKind = z.enum(["lead", "assisting", "executing"]).meta({ id: "AgencyRoleKind" });
export type AgencyRoleKind = z.infer<typeof AgencyRoleKind>;

/**
 * An agency named in a 辦理機關 cell. `role` is `executing` where the cell does not say 主辦/協辦;
 * `goals` lists the performance-goal numbers the role is scoped to (績效目標 1 至 5 → [1,2,3,4,5]).
 * `agencyId` is null when the name did not resolve (and a warning says so).
 */
export const AgencyRole = z
  .object({
    agencyId: z.string().nullable().describe("the registry agency's id; null when the name did not resolve"),
    name: z.string().describe("the agency's name as written in the cell"),
    role: AgencyRoleKind.describe("lead (主辦), assisting (協辦) or executing (neither said)"),
    goals: z.array(positiveInt).optional().describe("the performance-goal numbers the role is scoped to"),
  })
  .meta({ id: "AgencyRole" });
export type AgencyRole = z.infer<typeof AgencyRole>;

/** The fields every document has. */
export const documentBase = {
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]*$/)
    .describe(
      "stable id: kind, language and a hash of the source, e.g. action-plan.zh-hant.2dd2e3f2758b902d",
    ),
  schemaVersion: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/)
    .optional()
    .describe("the version of this schema the document was written against (semver)"),
  language: Language.describe("the language of the document: zh-Hant, zh-Hans or en"),
  title: z.string().describe("the document's title, its first line"),
  source: Source.describe("the input the document was parsed from"),
  warnings: z.array(Warning).describe("problems met while parsing; none is silently dropped"),
};
