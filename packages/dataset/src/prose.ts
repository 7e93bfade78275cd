// Trip reports and narratives → flat tables: trips, their agencies, travellers, sections and agenda
// rows, narrative sections and their quantities, and the mentions and plan links both kinds carry.
// Ids derive from the document id and the thing's position, like every other table's.

import type { Document, Narrative, ReportSection, TripReport } from "@lianzheng/model";
import { id, int, measureLabel, QUANTITY_COLUMNS, quantityCells, real, ref, text } from "./columns.js";
import type { Column, Row, TableName } from "./tables.js";

export type ProseTableName =
  | "trips"
  | "trip_agencies"
  | "travellers"
  | "trip_sections"
  | "agenda_rows"
  | "narrative_sections"
  | "section_quantities"
  | "mentions"
  | "plan_links";

const documentId = ref("document_id", "documents", true);
const position = int("position", { notNull: true });

/** The columns of the prose tables, in creation order (each after the tables it references). */
export const PROSE_TABLE_COLUMNS: Record<ProseTableName, Column[]> = {
  trips: [
    id,
    documentId,
    text("category"),
    text("title", { notNull: true }),
    text("destination"),
    text("countries"),
    text("cities"),
    text("period_start"),
    text("period_end"),
    int("report_year"),
    int("report_month"),
    text("report_number"),
  ],
  trip_agencies: [
    id,
    documentId,
    ref("trip_id", "trips", true),
    position,
    ref("agency_id", "agencies"),
    text("name", { notNull: true }),
  ],
  travellers: [
    id,
    documentId,
    ref("trip_id", "trips", true),
    position,
    text("name", { notNull: true }),
    text("title"),
    ref("agency_id", "agencies"),
  ],
  trip_sections: [
    id,
    documentId,
    ref("trip_id", "trips", true),
    position,
    ref("parent_id", "trip_sections"),
    text("path", { notNull: true }),
    int("level", { notNull: true }),
    text("marker"),
    int("number"),
    text("heading", { notNull: true }),
    text("text"),
  ],
  agenda_rows: [
    id,
    documentId,
    ref("trip_id", "trips", true),
    position,
    text("day"),
    text("start_time"),
    text("end_time"),
    int("item"),
    text("text_zh"),
    text("text_en"),
    text("speakers"),
    text("economies"),
    text("break"),
  ],
  narrative_sections: [id, documentId, position, text("heading"), text("text")],
  section_quantities: [
    id,
    documentId,
    ref("section_id", "narrative_sections", true),
    position,
    ...QUANTITY_COLUMNS,
  ],
  mentions: [
    id,
    documentId,
    position,
    text("kind", { notNull: true }),
    ref("agency_id", "agencies"),
    text("body_id"),
    text("country_code"),
    text("name", { notNull: true }),
    int("count", { notNull: true }),
    text("evidence"),
  ],
  plan_links: [
    id,
    documentId,
    position,
    ref("plan_id", "documents"),
    ref("measure_id", "measures"),
    text("measure", { notNull: true }),
    int("strategy_number", { notNull: true }),
    real("score"),
    text("evidence"),
  ],
};

/** What flattening a document needs from the flattener: adding rows, and the agencies it knows. */
export interface ProseContext {
  add: (table: TableName, row: Row) => string;
  /** The id if the registry subset of the run has it, else null (and a warning is given). */
  agencyId: (id: string | null, where: string, name: string) => string | null;
}

const joined = (values: readonly string[]): string | null => (values.length > 0 ? values.join("; ") : null);

/** The agency ids a trip report or narrative refers to: its cover, travellers and mentions. */
export function proseAgencyIds(document: Document): string[] {
  if (document.kind !== "trip-report" && document.kind !== "narrative") return [];
  const ids = document.mentions.filter((m) => m.kind === "agency").map((m) => m.id);
  if (document.kind === "trip-report") {
    for (const agency of document.cover.agencies) if (agency.agencyId) ids.push(agency.agencyId);
    for (const traveller of document.cover.travellers)
      if (traveller.agency?.agencyId) ids.push(traveller.agency.agencyId);
  }
  return ids;
}

/** Rows of a trip report or narrative (plan links keep the plan's measure id; checked later). */
export function flattenProse(document: TripReport | Narrative, context: ProseContext): void {
  if (document.kind === "trip-report") flattenTrip(document, context);
  else flattenNarrative(document, context);
  document.mentions.forEach((mention, index) => {
    context.add("mentions", {
      id: `${document.id}/m${index + 1}`,
      document_id: document.id,
      position: index + 1,
      kind: mention.kind,
      agency_id:
        mention.kind === "agency"
          ? context.agencyId(mention.id, `${document.id}/m${index + 1}`, mention.name)
          : null,
      body_id: mention.kind === "body" ? mention.id : null,
      country_code: mention.kind === "country" ? mention.id : null,
      name: mention.name,
      count: mention.count,
      evidence: mention.evidence,
    });
  });
  document.planLinks.forEach((link, index) => {
    context.add("plan_links", {
      id: `${document.id}/l${index + 1}`,
      document_id: document.id,
      position: index + 1,
      plan_id: document.planId ?? null,
      measure_id: document.planId === undefined ? null : `${document.planId}/${link.measureId}`,
      measure: measureLabel(link.measureId),
      strategy_number: link.strategy,
      score: link.score,
      evidence: JSON.stringify(link.evidence),
    });
  });
}

function flattenTrip(report: TripReport, context: ProseContext): void {
  const { cover } = report;
  const tripId = context.add("trips", {
    id: report.id,
    document_id: report.id,
    category: cover.category,
    title: cover.title,
    destination: cover.destination?.text ?? null,
    countries: joined(cover.destination?.countries.map((c) => c.code) ?? []),
    cities: joined(cover.destination?.cities ?? []),
    period_start: cover.period?.start ?? null,
    period_end: cover.period?.end ?? null,
    report_year: cover.reportDate?.year ?? null,
    report_month: cover.reportDate?.month ?? null,
    report_number: cover.reportNumber,
  });
  cover.agencies.forEach((agency, index) => {
    const rowId = `${report.id}/g${index + 1}`;
    context.add("trip_agencies", {
      id: rowId,
      document_id: report.id,
      trip_id: tripId,
      position: index + 1,
      agency_id: context.agencyId(agency.agencyId, rowId, agency.name),
      name: agency.name,
    });
  });
  cover.travellers.forEach((traveller, index) => {
    const rowId = `${report.id}/t${index + 1}`;
    context.add("travellers", {
      id: rowId,
      document_id: report.id,
      trip_id: tripId,
      position: index + 1,
      name: traveller.name,
      title: traveller.title,
      agency_id: traveller.agency
        ? context.agencyId(traveller.agency.agencyId, rowId, traveller.agency.name)
        : null,
    });
  });
  addSections(report, tripId, context);
  report.agenda.forEach((row, index) => {
    context.add("agenda_rows", {
      id: `${report.id}/r${index + 1}`,
      document_id: report.id,
      trip_id: tripId,
      position: index + 1,
      day: row.day,
      start_time: row.start,
      end_time: row.end,
      item: row.item,
      text_zh: row.zh,
      text_en: row.en,
      speakers: joined(row.speakers),
      economies: joined(row.economies.map((e) => e.code)),
      break: row.break,
    });
  });
}

/**
 * The section tree as rows in reading order: `path` is the place among siblings at each depth
 * ("3.2" is the second subsection of the third section), whatever the markers say, so it is unique;
 * `parent_id` is the enclosing section's row.
 */
function addSections(report: TripReport, tripId: string, context: ProseContext): void {
  let position = 0;
  const walk = (sections: readonly ReportSection[], parentId: string | null, parentPath: string) => {
    sections.forEach((section, index) => {
      const path = parentPath ? `${parentPath}.${index + 1}` : `${index + 1}`;
      position += 1;
      const rowId = context.add("trip_sections", {
        id: `${report.id}/s${path}`,
        document_id: report.id,
        trip_id: tripId,
        position,
        parent_id: parentId,
        path,
        level: section.level,
        marker: section.marker,
        number: section.number,
        heading: section.heading,
        text: section.text,
      });
      walk(section.sections, rowId, path);
    });
  };
  walk(report.sections, null, "");
}

function flattenNarrative(narrative: Narrative, context: ProseContext): void {
  narrative.sections.forEach((section, index) => {
    const sectionId = context.add("narrative_sections", {
      id: `${narrative.id}/s${index + 1}`,
      document_id: narrative.id,
      position: index + 1,
      heading: section.heading,
      text: section.paragraphs.join("\n"),
    });
    section.quantities.forEach((quantity, q) => {
      context.add("section_quantities", {
        id: `${sectionId}/q${q + 1}`,
        document_id: narrative.id,
        section_id: sectionId,
        position: q + 1,
        ...quantityCells(quantity),
      });
    });
  });
}
