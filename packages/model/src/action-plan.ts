import { z } from "zod";
import { AgencyRole, documentBase, Item, Provenance } from "./common.js";

const positiveInt = z.number().int().positive();
const isoDate = z.iso.date();

/** A measure's text in another language, attached by merging translations. */
export const MeasureTranslation = z
  .object({
    text: z.string(),
    performanceGoals: z.array(Item),
    agencyText: z.string(),
    agencies: z.array(AgencyRole).optional(),
  })
  .meta({ id: "MeasureTranslation" });
export type MeasureTranslation = z.infer<typeof MeasureTranslation>;

/** 執行措施: one measure of a strategy, e.g. id "9.3" for 九、(三). */
export const Measure = z
  .object({
    id: z.string().regex(/^\d+\.\d+$/),
    strategy: positiveInt,
    number: positiveInt,
    text: z.string(),
    performanceGoals: z.array(Item),
    agencies: z.array(AgencyRole),
    agencyText: z.string(),
    translations: z.object({ en: MeasureTranslation.optional() }).optional(),
    provenance: Provenance.optional(),
  })
  .meta({ id: "Measure" });
export type Measure = z.infer<typeof Measure>;

/** 具體策略: one of the plan's strategies with its measures. */
export const Strategy = z
  .object({
    number: positiveInt,
    title: z.string(),
    measures: z.array(Measure),
    translations: z.object({ en: z.object({ title: z.string() }).optional() }).optional(),
  })
  .meta({ id: "Strategy" });
export type Strategy = z.infer<typeof Strategy>;

/** 目標: one of the plan's goals, e.g. { number: 1, title: "不願貪", text: "型塑誠信反貪意識…" }. */
export const Goal = z
  .object({ number: positiveInt, title: z.string(), text: z.string() })
  .meta({ id: "Goal" });
export type Goal = z.infer<typeof Goal>;

/** Any other numbered section of the plan (經費, 分工及績效考核, 獎懲 …). */
export const Section = z
  .object({ number: positiveInt, heading: z.string(), text: z.string() })
  .meta({ id: "Section" });
export type Section = z.infer<typeof Section>;

export const Revision = z
  .object({ label: z.string().optional(), date: isoDate.optional() })
  .meta({ id: "Revision" });
export type Revision = z.infer<typeof Revision>;

/** 國家廉政建設行動方案: the plan, in one language. */
export const ActionPlan = z
  .object({
    ...documentBase,
    kind: z.literal("action-plan"),
    revision: Revision.optional(),
    basis: z.string().optional(),
    goals: z.array(Goal),
    strategies: z.array(Strategy),
    sections: z.array(Section),
  })
  .meta({ id: "ActionPlan" });
export type ActionPlan = z.infer<typeof ActionPlan>;
