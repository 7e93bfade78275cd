import { z } from "zod";
import { documentBase, Quantity } from "./common.js";
import { Mention, PlanLink } from "./mention.js";

/** A section of a prose report: a heading (null for the text before the first) and its paragraphs. */
export const NarrativeSection = z
  .object({
    heading: z.string().nullable().describe("the section's heading, null for the text before the first"),
    paragraphs: z.array(z.string()).describe("its paragraphs, in order"),
    quantities: z.array(Quantity).describe("the quantities its text states"),
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
    kind: z.literal("narrative").describe("narrative"),
    sections: z.array(NarrativeSection).describe("the report's sections, in order"),
    mentions: z.array(Mention).describe("the agencies, international bodies and countries the report names"),
    planId: z.string().optional().describe("the plan document the links were made against, when they were"),
    planLinks: z.array(PlanLink).describe("the plan measures the report serves"),
  })
  .meta({ id: "Narrative" });
export type Narrative = z.infer<typeof Narrative>;
