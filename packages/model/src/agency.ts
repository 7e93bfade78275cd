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

/** A government agency. `id` is a stable ASCII kebab-case slug. */
export const Agency = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.object({ zh: z.string(), en: z.string() }),
    abbreviations: z.array(z.string()),
    aliases: z.array(z.string()),
    parentId: z.string().nullable(),
    kind: AgencyKind,
    formerNames: z.array(z.object({ name: z.string(), until: z.iso.date() })).optional(),
  })
  .meta({ id: "Agency" });
export type Agency = z.infer<typeof Agency>;
