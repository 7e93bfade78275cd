import { z } from "zod";
import { ActionPlan } from "./action-plan.js";
import { documentBase } from "./common.js";
import { ExecutionReport } from "./execution-report.js";

/** 出國報告: a delegation's trip report. The common fields for now. */
export const TripReport = z
  .object({ ...documentBase, kind: z.literal("trip-report").describe("trip-report") })
  .meta({ id: "TripReport" });
export type TripReport = z.infer<typeof TripReport>;

/** A document of no kind this project parses yet. The common fields only. */
export const Other = z
  .object({ ...documentBase, kind: z.literal("other").describe("other") })
  .meta({ id: "Other" });
export type Other = z.infer<typeof Other>;

/** Every document, told apart by `kind`. */
export const Document = z
  .discriminatedUnion("kind", [ActionPlan, ExecutionReport, TripReport, Other])
  .meta({ id: "Document" });
export type Document = z.infer<typeof Document>;
