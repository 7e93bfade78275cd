import { z } from "zod";
import { AgencyRole, documentBase, Item, Provenance, Quantity } from "./common.js";

const positiveInt = z.number().int().positive();
const isoDate = z.iso.date();

/** A measure's text in another language, attached by merging translations. */
export const MeasureTranslation = z
  .object({
    text: z.string().describe("the measure's text in that language"),
    performanceGoals: z.array(Item).describe("its performance goals in that language"),
    agencyText: z.string().describe("its agency cell in that language, as written"),
    agencies: z.array(AgencyRole).optional().describe("the agencies read from that cell"),
  })
  .meta({ id: "MeasureTranslation" });
export type MeasureTranslation = z.infer<typeof MeasureTranslation>;

/**
 * 績效目標值 for one year, as the six-column edition gives it (112年績效目標值): the year named
 * by its column header, the cell's text, its numbered items and every quantity in it.
 */
export const MeasureTarget = z
  .object({
    rocYear: positiveInt.describe("the target's year in ROC years, from its column header (112)"),
    year: z.number().int().describe("the same year, Gregorian (2023)"),
    text: z.string().describe("the target cell as written"),
    items: z.array(Item).describe("the cell's numbered items"),
    quantities: z.array(Quantity).describe("every quantity in the cell"),
  })
  .meta({ id: "MeasureTarget" });
export type MeasureTarget = z.infer<typeof MeasureTarget>;

/** 執行措施: one measure of a strategy, e.g. id "9.3" for 九、(三). */
export const Measure = z
  .object({
    id: z
      .string()
      .regex(/^\d+\.\d+$/)
      .describe('"<strategy>.<measure>": "9.3" is 九、(三); a text, "8.10" is not "8.1"'),
    strategy: positiveInt.describe("the strategy's number (九 = 9)"),
    number: positiveInt.describe("the measure's number within its strategy ((三) = 3)"),
    text: z.string().describe("the measure (執行措施) as written"),
    performanceGoals: z.array(Item).describe("its numbered performance goals (績效目標)"),
    agencies: z.array(AgencyRole).describe("the agencies of its 辦理機關 cell, with their roles"),
    agencyText: z.string().describe("the 辦理機關 cell as written"),
    /** 績效衡量指標, in editions whose table has that column. */
    indicators: z
      .array(Item)
      .optional()
      .describe("its performance indicators (績效衡量指標), in editions whose table has that column"),
    /** NNN年績效目標值, one per year column, in editions whose table has them. */
    targets: z
      .array(MeasureTarget)
      .optional()
      .describe("its yearly targets (NNN年績效目標值), one per year column, in editions that have them"),
    /**
     * Where the measure sits above its strategy, in editions that group strategies (2012: 肆 具體作為
     * → 一、加強肅貪防貪 → (一)肅貪): the headings from the outermost in.
     */
    path: z
      .array(z.string())
      .optional()
      .describe("the headings above its strategy, outermost first, in editions that group strategies"),
    translations: z
      .object({ en: MeasureTranslation.optional().describe("the English translation") })
      .optional()
      .describe("the measure in other languages, merged from a translated plan"),
    provenance: Provenance.optional().describe("where in the input the measure is"),
  })
  .meta({ id: "Measure" });
export type Measure = z.infer<typeof Measure>;

/** 具體策略: one of the plan's strategies with its measures. */
export const Strategy = z
  .object({
    number: positiveInt.describe("the strategy's number (一 = 1)"),
    title: z.string().describe("the strategy (具體策略) as written"),
    measures: z.array(Measure).describe("its measures, in order"),
    /**
     * In editions that restart numbering under each heading (2012: 1. 2. under (一)肅貪), the number
     * as printed; `number` then runs through the whole plan so that measure ids stay unique.
     */
    printedNumber: positiveInt
      .optional()
      .describe("the number as printed, in editions that restart numbering under each heading"),
    path: z
      .array(z.string())
      .optional()
      .describe("the headings above the strategy, outermost first, in editions that group strategies"),
    translations: z
      .object({
        en: z
          .object({ title: z.string().describe("the strategy in English") })
          .optional()
          .describe("the English translation"),
      })
      .optional()
      .describe("the strategy in other languages, merged from a translated plan"),
  })
  .meta({ id: "Strategy" });
export type Strategy = z.infer<typeof Strategy>;

/** 目標: one of the plan's goals, e.g. { number: 1, title: "不願貪", text: "型塑誠信反貪意識…" }. */
export const Goal = z
  .object({
    number: positiveInt.describe("the goal's number"),
    title: z.string().describe("its short title, e.g. 不願貪"),
    text: z.string().describe("its text"),
  })
  .meta({ id: "Goal" });
export type Goal = z.infer<typeof Goal>;

/** Any other numbered section of the plan (經費, 分工及績效考核, 獎懲 …). */
export const Section = z
  .object({
    number: positiveInt.describe("the section's number (伍 = 5)"),
    heading: z.string().describe("its heading, e.g. 經費"),
    text: z.string().describe("its text"),
  })
  .meta({ id: "Section" });
export type Section = z.infer<typeof Section>;

/**
 * The edition: its label (核定本, 修正 …), the approval date (ISO, and as the text writes it in ROC
 * years, e.g. "112-08-18"), the approving authority and the issuing document number
 * (院臺法字第…號) where the text gives them.
 */
export const Revision = z
  .object({
    label: z.string().optional().describe("the revision as printed, e.g. 核定本"),
    date: isoDate.optional().describe("the revision's date, ISO 8601"),
    rocDate: z
      .string()
      .regex(/^\d{2,3}-\d{2}-\d{2}$/)
      .optional()
      .describe('the approval date as written, in ROC years, e.g. "112-08-18"'),
    authority: z.string().optional().describe("the approving authority, where the text gives it"),
    documentNumber: z
      .string()
      .optional()
      .describe("the issuing document number (院臺法字第…號), where the text gives it"),
  })
  .meta({ id: "Revision" });
export type Revision = z.infer<typeof Revision>;

/**
 * A plan rebuilt from another document rather than read from the plan itself: the 2018 edition
 * restated record by record in a yearly execution report.
 */
export const DerivedFrom = z
  .object({
    kind: z.literal("execution-report").describe("the kind of document the plan is rebuilt from"),
    documentId: z.string().describe("the id of that document"),
    rocYear: positiveInt.optional().describe("the report's year in ROC years"),
    note: z.string().describe("how the plan was rebuilt, in words"),
  })
  .meta({ id: "DerivedFrom" });
export type DerivedFrom = z.infer<typeof DerivedFrom>;

/** 政策方向: one of the 2012 edition's policy directions (型塑倫理 … 國際接軌). */
export const Direction = z
  .object({
    number: positiveInt.describe("the direction's number"),
    title: z.string().describe("its title as written"),
    text: z.string().describe("its text as written"),
  })
  .meta({ id: "Direction" });
export type Direction = z.infer<typeof Direction>;

/** 國家廉政建設行動方案: the plan, in one language. */
export const ActionPlan = z
  .object({
    ...documentBase,
    kind: z.literal("action-plan").describe("action-plan"),
    revision: Revision.optional().describe("which revision of the plan this is"),
    basis: z.string().optional().describe("the plan's legal basis (依據) as written"),
    derivedFrom: DerivedFrom.optional().describe(
      "the document the plan was rebuilt from, when it was not read from the plan itself",
    ),
    directions: z
      .array(Direction)
      .optional()
      .describe("the plan's policy directions (政策方向), in editions that have them"),
    goals: z.array(Goal).describe("the plan's goals (目標)"),
    strategies: z.array(Strategy).describe("the plan's strategies (具體策略) with their measures"),
    sections: z.array(Section).describe("the plan's other numbered sections"),
  })
  .meta({ id: "ActionPlan" });
export type ActionPlan = z.infer<typeof ActionPlan>;
