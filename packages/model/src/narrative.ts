import { z } from "zod";
import { documentBase, Quantity } from "./common.js";
import { Mention, PlanLink } from "./mention.js";

/** A section of a prose report: a heading (null for the text before the first) and its paragraphs. */
export const NarrativeSection = z
  .object({
    heading: z.string().nullable(),
    paragraphs: z.array(z.string()),
    quantities: z.array(Quantity),
  })
  .meta({ id: "NarrativeSection" });
export type NarrativeSection = z.infer<typeof NarrativeSection>;

/**
 * A prose report (Chinese or English) with no table: sections, the quantities in each, the
 * agencies, international bodies and countries it names, and the plan measures it serves.
 */
export const Narrative = z
  .object({
    ...documentBase,
    kind: z.literal("narrative"),
    sections: z.array(NarrativeSection),
    mentions: z.array(Mention),
    planId: z.string().optional(),
    planLinks: z.array(PlanLink),
  })
  .meta({ id: "Narrative" });
export type Narrative = z.infer<typeof Narrative>;
