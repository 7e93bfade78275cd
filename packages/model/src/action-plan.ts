import { z } from "zod";
import { AgencyRole, documentBase, Item, Provenance, Quantity } from "./common.js";

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

/**
 * 績效目標值 for one year, as the six-column edition gives it (112年績效目標值): the year named
 * by its column header, the cell's text, its numbered items and every quantity in it.
 */
export const MeasureTarget = z
  .object({
    rocYear: positiveInt,
    year: z.number().int(),
    text: z.string(),
    items: z.array(Item),
    quantities: z.array(Quantity),
  })
  .meta({ id: "MeasureTarget" });
export type MeasureTarget = z.infer<typeof MeasureTarget>;

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
    /** 績效衡量指標, in editions whose table has that column. */
    indicators: z.array(Item).optional(),
    /** NNN年績效目標值, one per year column, in editions whose table has them. */
    targets: z.array(MeasureTarget).optional(),
    /**
     * Where the measure sits above its strategy, in editions that group strategies (2012: 肆 具體作為
     * → 一、加強肅貪防貪 → (一)肅貪): the headings from the outermost in.
     */
    path: z.array(z.string()).optional(),
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

/**
 * The edition: its label (核定本, 修正 …), the approval date (ISO, and as the text writes it in ROC
 * years, e.g. "112-08-18"), the approving authority and the issuing document number
 * (院臺法字第…號) where the text gives them.
 */
export const Revision = z
  .object({
    label: z.string().optional(),
    date: isoDate.optional(),
    rocDate: z
      .string()
      .regex(/^\d{2,3}-\d{2}-\d{2}$/)
      .optional(),
    authority: z.string().optional(),
    documentNumber: z.string().optional(),
  })
  .meta({ id: "Revision" });
export type Revision = z.infer<typeof Revision>;

/**
 * A plan rebuilt from another document rather than read from the plan itself: the 2018 edition
 * restated record by record in a yearly execution report.
 */
export const DerivedFrom = z
  .object({
    kind: z.literal("execution-report"),
    documentId: z.string(),
    rocYear: positiveInt.optional(),
    note: z.string(),
  })
  .meta({ id: "DerivedFrom" });
export type DerivedFrom = z.infer<typeof DerivedFrom>;

/** 政策方向: one of the 2012 edition's policy directions (型塑倫理 … 國際接軌). */
export const Direction = z
  .object({ number: positiveInt, title: z.string(), text: z.string() })
  .meta({ id: "Direction" });
export type Direction = z.infer<typeof Direction>;

/** 國家廉政建設行動方案: the plan, in one language. */
export const ActionPlan = z
  .object({
    ...documentBase,
    kind: z.literal("action-plan"),
    revision: Revision.optional(),
    basis: z.string().optional(),
    derivedFrom: DerivedFrom.optional(),
    directions: z.array(Direction).optional(),
    goals: z.array(Goal),
    strategies: z.array(Strategy),
    sections: z.array(Section),
  })
  .meta({ id: "ActionPlan" });
export type ActionPlan = z.infer<typeof ActionPlan>;
