import { z } from "zod";
import { AgencyRole, documentBase, Item, Provenance, Quantity } from "./common.js";

const positiveInt = z.number().int().positive();

/** A target or an achievement: the text, its numbered items, and every quantity in it. */
export const Assessed = z
  .object({
    text: z.string().describe("the cell as written"),
    items: z.array(Item).describe("its numbered items"),
    quantities: z.array(Quantity).describe("every number in it, with its unit"),
  })
  .meta({ id: "Assessed" });
export type Assessed = z.infer<typeof Assessed>;

/**
 * A target and an achievement quantity of the same item and unit, paired where the pairing is
 * clear. `ratio` = actual / target; `statedRatio` is the rate the text gives itself (達成率 102.5%).
 */
export const Evaluation = z
  .object({
    itemNumber: z
      .number()
      .int()
      .nonnegative()
      .nullable()
      .describe("the numbered item both belong to, if any"),
    target: Quantity.describe("the target quantity"),
    actual: Quantity.describe("the achieved quantity"),
    ratio: z.number().describe("actual / target"),
    met: z.boolean().describe("whether the achievement reaches the target"),
    statedRatio: z.number().optional().describe("the rate the text itself states (達成率 102.5% → 1.025)"),
  })
  .meta({ id: "Evaluation" });
export type Evaluation = z.infer<typeof Evaluation>;

/** Any other row of a record, label as written (108年績效目標值, 執行效益 …). */
export const Field = z
  .object({
    label: z.string().describe("the row's label as written"),
    text: z.string().describe("the row's text"),
  })
  .meta({ id: "Field" });
export type Field = z.infer<typeof Field>;

/** One 序次 of an execution report. */
export const ReportRecord = z
  .object({
    seq: positiveInt.describe("the record's 序次"),
    strategy: z
      .object({
        number: positiveInt.describe("the strategy's number"),
        title: z.string().describe("the strategy as the report writes it"),
      })
      .describe("the strategy the record reports on"),
    measure: z
      .object({
        number: positiveInt.describe("the measure's number within its strategy"),
        text: z.string().describe("the measure as the report writes it"),
      })
      .describe("the measure the record reports on"),
    performanceGoals: z.array(Item).describe("the measure's performance goals (績效目標)"),
    agencies: z.array(AgencyRole).describe("the agencies of the 辦理機關 cell, with their roles"),
    agencyText: z.string().describe("the 辦理機關 cell as written"),
    indicators: z.array(Item).describe("the performance indicators (績效衡量指標)"),
    target: Assessed.describe("the year's target (年度目標)"),
    achievement: Assessed.describe("what was achieved (執行情形)"),
    evaluations: z.array(Evaluation).describe("targets paired with achievements where the pairing is clear"),
    fields: z.array(Field).describe("the record's other rows, label as written"),
    planMeasureId: z
      .string()
      .regex(/^\d+\.\d+$/)
      .nullable()
      .optional()
      .describe("the id of the plan measure the record reports on, when linked"),
    planMatchScore: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe("how well the record matched that measure, 0 to 1"),
    planMatchMethod: z
      .enum(["similarity", "lineage"])
      .optional()
      .describe(
        "how the measure was found: by the texts' similarity, or through the lineage from the edition the report follows",
      ),
    provenance: Provenance.optional().describe("where in the input the record is"),
  })
  .meta({ id: "ReportRecord" });
export type ReportRecord = z.infer<typeof ReportRecord>;

/** 行政院 108 年 9 月 11 日院臺法字第 1080029452 號函核定 */
export const Approval = z
  .object({
    authority: z.string().describe("who approved the report, e.g. 行政院"),
    date: z.iso.date().describe("the approval's date, ISO 8601"),
    documentNumber: z.string().describe("the approving letter's number, e.g. 院臺法字第1080029452號"),
  })
  .meta({ id: "Approval" });
export type Approval = z.infer<typeof Approval>;

/** 執行情形: what each agency promised for a year and what it achieved. */
export const ExecutionReport = z
  .object({
    ...documentBase,
    kind: z.literal("execution-report").describe("execution-report"),
    year: z.number().int().describe("the year the report covers, Gregorian"),
    rocYear: positiveInt.describe("the same year in the ROC calendar (民國)"),
    approval: Approval.optional().describe("the approval printed on the report"),
    /** The plan document the records were linked against, when they were. */
    planId: z.string().optional().describe("the id of the plan document the records were linked against"),
    records: z.array(ReportRecord).describe("the report's records (序次), in order"),
  })
  .meta({ id: "ExecutionReport" });
export type ExecutionReport = z.infer<typeof ExecutionReport>;
