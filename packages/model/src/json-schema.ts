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

const titles: Record<keyof typeof publishedSchemas, [string, string]> = {
  document: [
    "lianzheng Document",
    "one parsed document: an action plan, an execution report, a trip report or other",
  ],
  "action-plan": [
    "lianzheng ActionPlan",
    "the National Integrity Building Action Plan (國家廉政建設行動方案), in one language",
  ],
  "execution-report": ["lianzheng ExecutionReport", "a yearly execution report (執行情形) of the plan"],
  measure: ["lianzheng Measure", "one measure (執行措施) of a strategy of the plan"],
  "report-record": ["lianzheng ReportRecord", "one record (序次) of an execution report"],
  agency: ["lianzheng Agency", "a government agency of the registry"],
  "trip-report": ["lianzheng TripReport", "a delegation's trip report (出國報告)"],
  narrative: ["lianzheng Narrative", "a prose report: title, sections, quantities and mentions"],
  "international-body": ["lianzheng InternationalBody", "an international body of the mentions registry"],
  country: ["lianzheng Country", "a country or economy with its ISO 3166 code"],
};

/** Where the schema files are published: the package's `schema/` folder on the npm CDN. */
export const schemaBaseUrl = "https://unpkg.com/@lianzheng/model/schema/";

/**
 * JSON Schema (draft 2020-12) for every published schema, as the text of each file, each with its
 * `$id`, `title` and `description`; every property carries the description of its zod schema. The
 * build writes them to `schema/`; a test fails when the committed files differ.
 */
export function generateJsonSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, schema] of Object.entries(publishedSchemas)) {
    const { $schema, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" });
    const [title, description] = titles[name as keyof typeof publishedSchemas];
    const json = { $schema, $id: `${schemaBaseUrl}${name}.json`, title, description, ...rest };
    files[`${name}.json`] = `${JSON.stringify(json, null, 2)}\n`;
  }
  return files;
}
