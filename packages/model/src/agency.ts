import { z } from "zod";

export const AgencyKind = z
  .enum([
    "yuan",
    "ministry",
    "council",
    "commission",
    "independent-agency",
    "central-bank",
    "office",
    "administration",
    "agency",
    "department",
    "prosecutors-office",
    "court",
    "local-government",
    "state-enterprise",
    "collective",
    "other",
  ])
  .meta({ id: "AgencyKind" });
export type AgencyKind = z.infer<typeof AgencyKind>;

/**
 * Where an agency's English name comes from: `plan-translation` the official English translation of
 * the action plan, `agency-website` the agency's own English website, `organization-act` the English
 * title of its organization act in the Laws & Regulations Database, `curated` a descriptive
 * translation (collective entries such as 各機關, which have no official English name).
 */
export const AgencyNameSource = z
  .enum(["plan-translation", "agency-website", "organization-act", "curated"])
  .meta({ id: "AgencyNameSource" });
export type AgencyNameSource = z.infer<typeof AgencyNameSource>;

const agencyId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * A government agency. `id` is a stable ASCII kebab-case slug. `formerNames` are earlier official
 * names of the same body, each used `until` the day the next name took effect (e.g. 行政院農業委員會
 * until 2023-08-01, when it became 農業部). An agency that was abolished or absorbed into another
 * body has `validUntil` and `successorId` instead.
 */
export const Agency = z
  .object({
    id: agencyId.describe("stable ASCII kebab-case id, e.g. moj-aac"),
    name: z
      .object({
        zh: z.string().describe("the official name in Traditional Chinese"),
        en: z.string().describe("the official English name"),
      })
      .describe("the agency's current names"),
    abbreviations: z.array(z.string()).describe("short names, e.g. 廉政署"),
    aliases: z.array(z.string()).describe("other names the agency goes by"),
    parentId: z.string().nullable().describe("the id of the agency it belongs to; null for a top-level body"),
    kind: AgencyKind.describe("what kind of body it is"),
    formerNames: z
      .array(
        z.object({
          name: z.string().describe("the earlier name"),
          en: z.string().optional().describe("its English form"),
          until: z.iso.date().describe("the day the next name took effect"),
        }),
      )
      .optional()
      .describe("earlier official names of the same body"),
    englishNameSource: AgencyNameSource.optional().describe("where the English name comes from"),
    /** The day the agency took its current name (or was founded under it). */
    validFrom: z.iso.date().optional().describe("the day the agency took its current name"),
    /** The day the agency ceased to exist, when it has. */
    validUntil: z.iso.date().optional().describe("the day the agency ceased to exist, when it has"),
    /** The agency that took over an abolished agency's work. */
    successorId: agencyId.optional().describe("the agency that took over its work, when abolished"),
  })
  .meta({ id: "Agency" });
export type Agency = z.infer<typeof Agency>;
