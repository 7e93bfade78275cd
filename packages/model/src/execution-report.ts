import { z } from "zod";
import { AgencyRole, documentBase, Item, Provenance, Quantity } from "./common.js";

const positiveInt = z.number().int().positive();

/** A target or an achievement: the text, its numbered items, and every quantity in it. */
export const Assessed = z
  .object({ text: z.string(), items: z.array(Item), quantities: z.array(Quantity) })
  .meta({ id: "Assessed" });
export type Assessed = z.infer<typeof Assessed>;

/**
 * A target and an achievement quantity of the same item and unit, paired where the pairing is
 * clear. `ratio` = actual / target; `statedRatio` is the rate the text gives itself (達成率 102.5%).
 */
export const Evaluation = z
  .object({
    itemNumber: z.number().int().nonnegative().nullable(),
    target: Quantity,
    actual: Quantity,
    ratio: z.number(),
    met: z.boolean(),
    statedRatio: z.number().optional(),
  })
  .meta({ id: "Evaluation" });
export type Evaluation = z.infer<typeof Evaluation>;

/** Any other row of a record, label as written (108年績效目標值, 執行效益 …). */
export const Field = z.object({ label: z.string(), text: z.string() }).meta({ id: "Field" });
export type Field = z.infer<typeof Field>;

/** One 序次 of an execution report. */
export const ReportRecord = z
  .object({
    seq: positiveInt,
    strategy: z.object({ number: positiveInt, title: z.string() }),
    measure: z.object({ number: positiveInt, text: z.string() }),
    performanceGoals: z.array(Item),
    agencies: z.array(AgencyRole),
    agencyText: z.string(),
    indicators: z.array(Item),
    target: Assessed,
    achievement: Assessed,
    evaluations: z.array(Evaluation),
    fields: z.array(Field),
    planMeasureId: z
      .string()
      .regex(/^\d+\.\d+$/)
      .nullable()
      .optional(),
    planMatchScore: z.number().min(0).max(1).optional(),
    provenance: Provenance.optional(),
  })
  .meta({ id: "ReportRecord" });
export type ReportRecord = z.infer<typeof ReportRecord>;

/** 行政院 108 年 9 月 11 日院臺法字第 1080029452 號函核定 */
export const Approval = z
  .object({ authority: z.string(), date: z.iso.date(), documentNumber: z.string() })
  .meta({ id: "Approval" });
export type Approval = z.infer<typeof Approval>;

/** 執行情形: what each agency promised for a year and what it achieved. */
export const ExecutionReport = z
  .object({
    ...documentBase,
    kind: z.literal("execution-report"),
    year: z.number().int(),
    rocYear: positiveInt,
    approval: Approval.optional(),
    /** The plan document the records were linked against, when they were. */
    planId: z.string().optional(),
    records: z.array(ReportRecord),
  })
  .meta({ id: "ExecutionReport" });
export type ExecutionReport = z.infer<typeof ExecutionReport>;
