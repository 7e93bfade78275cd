import { z } from "zod";
import type { WarningCode } from "./warnings.js";

/** Languages the documents come in. `zh-Hant` is Traditional Chinese as used in Taiwan. */
export const Language = z.enum(["zh-Hant", "zh-Hans", "en"]).meta({ id: "Language" });
export type Language = z.infer<typeof Language>;

export const DocumentKind = z
  .enum(["action-plan", "execution-report", "trip-report", "other"])
  .meta({ id: "DocumentKind" });
export type DocumentKind = z.infer<typeof DocumentKind>;

const positiveInt = z.number().int().positive();

/** Where in the input a warning or a parsed thing comes from. Every field is optional. */
export const Location = z
  .object({
    page: positiveInt.optional(),
    line: positiveInt.optional(),
    seq: positiveInt.optional(),
    measureId: z.string().optional(),
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
    z.object({ kind: z.literal("agency"), name: z.string() }),
    z.object({ kind: z.literal("measure"), measureId: z.string() }),
    z.object({ kind: z.literal("record"), seq: positiveInt }),
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
    code: warningCode,
    message: z.string(),
    severity: WarningSeverity.optional(),
    at: Location.optional(),
    subject: WarningSubject.optional(),
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
    path: z.string(),
    format: z.enum(["pdf", "text"]),
    sha256: Sha256,
    bytes: z.number().int().nonnegative(),
    pages: positiveInt.optional(),
  })
  .meta({ id: "Source" });
export type Source = z.infer<typeof Source>;

/** Lines (text input) and pages (PDF input) a parsed thing spans, 1-based and inclusive. */
export const Provenance = z
  .object({
    lines: z.tuple([positiveInt, positiveInt]).optional(),
    pages: z.tuple([positiveInt, positiveInt]).optional(),
  })
  .meta({ id: "Provenance" });
export type Provenance = z.infer<typeof Provenance>;

/** One numbered list item inside a cell (1. / (1) / ① …); `number` is null for unnumbered text. */
export const Item = z
  .object({
    number: z.number().int().nonnegative().nullable(),
    text: z.string(),
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
    value: z.number(),
    unit: z.string().nullable(),
    kind: QuantityKind,
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    approximate: z.boolean().optional(),
    raw: z.string(),
    itemNumber: z.number().int().nonnegative().nullable().optional(),
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
    agencyId: z.string().nullable(),
    name: z.string(),
    role: AgencyRoleKind,
    goals: z.array(positiveInt).optional(),
  })
  .meta({ id: "AgencyRole" });
export type AgencyRole = z.infer<typeof AgencyRole>;

/** The fields every document has. */
export const documentBase = {
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  language: Language,
  title: z.string(),
  source: Source,
  warnings: z.array(Warning),
};
