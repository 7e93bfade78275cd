import { z } from "zod";
import { documentBase, Item } from "./common.js";
import { CountryRef, Mention, PlanLink } from "./mention.js";

const isoDate = z.iso.date();
const time = z.string().regex(/^\d{2}:\d{2}$/);

/** An agency named on a cover, resolved to a registry id (null when it did not resolve). */
export const AgencyRef = z
  .object({
    name: z.string().describe("the agency's name as written"),
    agencyId: z.string().nullable().describe("its agency registry id, null when it did not resolve"),
  })
  .meta({ id: "AgencyRef" });
export type AgencyRef = z.infer<typeof AgencyRef>;

/** One member of the delegation: 姓名 and 職稱 split, the agency when the cover gives it per person. */
export const Traveller = z
  .object({
    name: z.string().describe("the traveller's name (姓名)"),
    title: z.string().nullable().describe("the traveller's job title (職稱), null when not given"),
    agency: AgencyRef.optional().describe("the traveller's agency, when the cover gives it per person"),
  })
  .meta({ id: "Traveller" });
export type Traveller = z.infer<typeof Traveller>;

/** A span of days, ISO dates, start ≤ end. */
export const IsoDateRange = z
  .object({
    start: isoDate.describe("the first day, ISO 8601"),
    end: isoDate.describe("the last day, ISO 8601"),
  })
  .meta({ id: "IsoDateRange" });
export type IsoDateRange = z.infer<typeof IsoDateRange>;

/** 派赴國家/地區: the text as written, the countries (ISO codes) and cities in it. */
export const Destination = z
  .object({
    text: z.string().describe("the destination (派赴國家/地區) as written"),
    countries: z.array(CountryRef).describe("the countries or economies in it, with ISO codes"),
    cities: z.array(z.string()).describe("the cities in it"),
  })
  .meta({ id: "Destination" });
export type Destination = z.infer<typeof Destination>;

/** The cover of a 出國報告, in the national format of the civil-service trip-report system. */
export const TripCover = z
  .object({
    /** 出國類別: 出席國際會議, 考察, 進修, 研究, 實習, 其他 … as written. */
    category: z
      .string()
      .nullable()
      .describe("the kind of trip (出國類別), e.g. 出席國際會議 or 考察, as written"),
    title: z.string().describe("the report's title as on the cover"),
    /** 服務機關, each resolved. */
    agencies: z.array(AgencyRef).describe("the travellers' agencies (服務機關), each resolved"),
    travellers: z.array(Traveller).describe("the members of the delegation"),
    destination: Destination.nullable().describe("where the delegation went, null when not given"),
    /** 出國期間. */
    period: IsoDateRange.nullable().describe("the dates of the trip (出國期間), null when not given"),
    /** 報告日期: year and month (the day where given). */
    reportDate: z
      .object({
        year: z.number().int().describe("the year"),
        month: z.number().int().min(1).max(12).describe("the month, 1 to 12"),
        day: z.number().int().min(1).max(31).optional().describe("the day, where given"),
      })
      .nullable()
      .describe("the report's date (報告日期), null when not given"),
    /** 報告編號 / 系統識別號, where the cover has one. */
    reportNumber: z
      .string()
      .nullable()
      .describe("the report number (報告編號 / 系統識別號), where the cover has one"),
  })
  .meta({ id: "TripCover" });
export type TripCover = z.infer<typeof TripCover>;

/** A line of the table of contents (目錄). */
export const TocEntry = z
  .object({
    number: z.string().nullable().describe("the entry's number or marker as written, null when none"),
    heading: z.string().describe("the entry's heading"),
    page: z.number().int().positive().nullable().describe("the page it points to, null when none"),
  })
  .meta({ id: "TocEntry" });
export type TocEntry = z.infer<typeof TocEntry>;

/**
 * A section of a report with its text and subsections: 壹、 at level 1, 一、 / 議程一 at level 2,
 * (一) at level 3. `number` is the ordinal (壹 → 1, 議程十一 → 11); `marker` the marker as written.
 */
export interface ReportSection {
  marker: string | null;
  number: number | null;
  heading: string;
  level: number;
  text: string;
  sections: ReportSection[];
}
export const ReportSection: z.ZodType<ReportSection> = z
  .object({
    marker: z
      .string()
      .nullable()
      .describe("the section's marker as written (壹、, 一、, (一)), null when none"),
    number: z
      .number()
      .int()
      .nonnegative()
      .nullable()
      .describe("the marker's ordinal (壹 → 1, 議程十一 → 11), null when none"),
    heading: z.string().describe("the section's heading"),
    level: z.number().int().positive().describe("its depth: 1 for 壹、, 2 for 一、 or 議程一, 3 for (一)"),
    text: z.string().describe("its own text, without its subsections"),
    get sections() {
      return z.array(ReportSection).describe("its subsections, in order");
    },
  })
  .meta({ id: "ReportSection" });

export const AgendaBreak = z.enum(["coffee", "meal"]).meta({ id: "AgendaBreak" });
export type AgendaBreak = z.infer<typeof AgendaBreak>;

/**
 * One row of a meeting agenda: its day, times (24-hour `HH:MM`), the item's number, its text in
 * Chinese and English, the speakers and economies it names, and `break` for coffee breaks and meals.
 */
export const AgendaRow = z
  .object({
    day: isoDate.nullable().describe("the row's day, ISO 8601, null when not known"),
    start: time.nullable().describe("the start time, HH:MM (24-hour), null when not given"),
    end: time.nullable().describe("the end time, HH:MM (24-hour), null when not given"),
    item: z.number().int().positive().nullable().describe("the agenda item's number, null when none"),
    zh: z.string().describe("the row's text in Chinese"),
    en: z.string().describe("the row's text in English"),
    speakers: z.array(z.string()).describe("the speakers the row names"),
    economies: z.array(CountryRef).describe("the economies the row names"),
    break: AgendaBreak.nullable().describe("coffee or meal for a break, null for a session"),
  })
  .meta({ id: "AgendaRow" });
export type AgendaRow = z.infer<typeof AgendaRow>;

/** 出國報告: a delegation's trip report, with its cover, contents, agenda, recommendations and links. */
export const TripReport = z
  .object({
    ...documentBase,
    kind: z.literal("trip-report").describe("trip-report"),
    cover: TripCover.describe("the report's cover"),
    toc: z.array(TocEntry).describe("the table of contents (目錄)"),
    sections: z.array(ReportSection).describe("the report's sections, in order"),
    agenda: z.array(AgendaRow).describe("the rows of the meeting agenda, in order"),
    /** 心得與建議, one item each (number null when the section is not numbered). */
    recommendations: z
      .array(
        Item.extend({
          heading: z.string().nullable().describe("the recommendation's heading, null when none"),
        }),
      )
      .describe("the recommendations (心得與建議), one item each"),
    mentions: z.array(Mention).describe("the agencies, international bodies and countries the report names"),
    /** The plan document the links were made against, when they were. */
    planId: z.string().optional().describe("the plan document the links were made against, when they were"),
    planLinks: z.array(PlanLink).describe("the plan measures the report serves"),
  })
  .meta({ id: "TripReport" });
export type TripReport = z.infer<typeof TripReport>;
