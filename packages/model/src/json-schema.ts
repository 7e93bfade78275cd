import { z } from "zod";
import { ActionPlan, Measure } from "./action-plan.js";
import { Agency } from "./agency.js";
import { Document } from "./document.js";
import { ExecutionReport, ReportRecord } from "./execution-report.js";
import { Country, InternationalBody } from "./mention.js";
import { Narrative } from "./narrative.js";
import { TripReport } from "./trip-report.js";

/** The schemas published as JSON Schema files, by file name (without `.json`). */
export const publishedSchemas = {
  document: Document,
  "action-plan": ActionPlan,
  "execution-report": ExecutionReport,
  measure: Measure,
  "report-record": ReportRecord,
  agency: Agency,
  "trip-report": TripReport,
  narrative: Narrative,
  "international-body": InternationalBody,
  country: Country,
} as const;

/**
 * JSON Schema (draft 2020-12) for every published schema, as the text of each file. The build
 * writes them to `schema/`; a test fails when the committed files differ.
 */
export function generateJsonSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, schema] of Object.entries(publishedSchemas)) {
    const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" });
    files[`${name}.json`] = `${JSON.stringify(json, null, 2)}\n`;
  }
  return files;
}
