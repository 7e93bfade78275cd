// A downstream app, compiled against the packages' *built* declarations (no source condition).

import type { parseActionPlan } from "@lianzheng/action-plan";
import { parseAgencyCell, resolveAgency } from "@lianzheng/agencies";
import type { linkReportToPlan, parseExecutionReport } from "@lianzheng/execution-report";
import type { ingest, parseFile } from "@lianzheng/ingest";
import type { ActionPlan, Document, ExecutionReport, Quantity } from "@lianzheng/model";
import { Document as DocumentSchema, schemaVersion } from "@lianzheng/model";
import { extractQuantities } from "@lianzheng/normalize";
import type { readPdf } from "@lianzheng/pdf";
import type { readText } from "@lianzheng/text";

export function measureCount(document: Document): number {
  return document.kind === "action-plan" ? document.strategies.flatMap((s) => s.measures).length : 0;
}
export const amounts: Quantity[] = extractQuantities("1 億 1,129 萬 5,690 元");
export const agencyId: string | undefined = resolveAgency("廉政署")?.agencyId;
export const roles = parseAgencyCell("主辦機關：法務部(廉政署)", "zh-Hant").roles;
export const version: string = schemaVersion;
export const validate = (json: unknown): Document => DocumentSchema.parse(json);
export type Parsers = [
  typeof readText,
  typeof parseActionPlan,
  typeof parseExecutionReport,
  typeof linkReportToPlan,
];
export type Readers = [typeof readPdf, typeof parseFile, typeof ingest];
export type Kinds = [ActionPlan["kind"], ExecutionReport["kind"]];
