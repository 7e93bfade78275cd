import { z } from "zod";
import { ActionPlan } from "./action-plan.js";
import { documentBase } from "./common.js";
import { ExecutionReport } from "./execution-report.js";
import { Narrative } from "./narrative.js";
import { TripReport } from "./trip-report.js";

/** A document of no kind this project parses yet. The common fields only. */
export const Other = z
  .object({ ...documentBase, kind: z.literal("other").describe("other") })
  .meta({ id: "Other" });
export type Other = z.infer<typeof Other>;

/** Every document, told apart by `kind`. */
export const Document = z
  .discriminatedUnion("kind", [ActionPlan, ExecutionReport, TripReport, Narrative, Other])
  .meta({ id: "Document" });
export type Document = z.infer<typeof Document>;
