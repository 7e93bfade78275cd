import { z } from "zod";
import { documentBase, Item } from "./common.js";
import { CountryRef, Mention, PlanLink } from "./mention.js";

const isoDate = z.iso.date();
const time = z.string().regex(/^\d{2}:\d{2}$/);

/** An agency named on a cover, resolved to a registry id (null when it did not resolve). */
export const AgencyRef = z
  .object({ name: z.string(), agencyId: z.string().nullable() })
  .meta({ id: "AgencyRef" });
export type AgencyRef = z.infer<typeof AgencyRef>;

/** One member of the delegation: 姓名 and 職稱 split, the agency when the cover gives it per person. */
export const Traveller = z
  .object({ name: z.string(), title: z.string().nullable(), agency: AgencyRef.optional() })
  .meta({ id: "Traveller" });
export type Traveller = z.infer<typeof Traveller>;

/** A span of days, ISO dates, start ≤ end. */
export const IsoDateRange = z.object({ start: isoDate, end: isoDate }).meta({ id: "IsoDateRange" });
export type IsoDateRange = z.infer<typeof IsoDateRange>;

/** 派赴國家/地區: the text as written, the countries (ISO codes) and cities in it. */
export const Destination = z
  .object({ text: z.string(), countries: z.array(CountryRef), cities: z.array(z.string()) })
  .meta({ id: "Destination" });
export type Destination = z.infer<typeof Destination>;

/** The cover of a 出國報告, in the national format of the civil-service trip-report system. */
export const TripCover = z
  .object({
    /** 出國類別: 出席國際會議, 考察, 進修, 研究, 實習, 其他 … as written. */
    category: z.string().nullable(),
    title: z.string(),
    /** 服務機關, each resolved. */
    agencies: z.array(AgencyRef),
    travellers: z.array(Traveller),
    destination: Destination.nullable(),
    /** 出國期間. */
    period: IsoDateRange.nullable(),
    /** 報告日期: year and month (the day where given). */
    reportDate: z
      .object({
        year: z.number().int(),
        month: z.number().int().min(1).max(12),
        day: z.number().int().min(1).max(31).optional(),
      })
      .nullable(),
    /** 報告編號 / 系統識別號, where the cover has one. */
    reportNumber: z.string().nullable(),
  })
  .meta({ id: "TripCover" });
export type TripCover = z.infer<typeof TripCover>;

/** A line of the table of contents (目錄). */
export const TocEntry = z
  .object({
    number: z.string().nullable(),
    heading: z.string(),
    page: z.number().int().positive().nullable(),
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
    marker: z.string().nullable(),
    number: z.number().int().nonnegative().nullable(),
    heading: z.string(),
    level: z.number().int().positive(),
    text: z.string(),
    get sections() {
      return z.array(ReportSection);
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
    day: isoDate.nullable(),
    start: time.nullable(),
    end: time.nullable(),
    item: z.number().int().positive().nullable(),
    zh: z.string(),
    en: z.string(),
    speakers: z.array(z.string()),
    economies: z.array(CountryRef),
    break: AgendaBreak.nullable(),
  })
  .meta({ id: "AgendaRow" });
export type AgendaRow = z.infer<typeof AgendaRow>;

/** 出國報告: a delegation's trip report, with its cover, contents, agenda, recommendations and links. */
export const TripReport = z
  .object({
    ...documentBase,
    kind: z.literal("trip-report"),
    cover: TripCover,
    toc: z.array(TocEntry),
    sections: z.array(ReportSection),
    agenda: z.array(AgendaRow),
    /** 心得與建議, one item each (number null when the section is not numbered). */
    recommendations: z.array(Item.extend({ heading: z.string().nullable() })),
    mentions: z.array(Mention),
    /** The plan document the links were made against, when they were. */
    planId: z.string().optional(),
    planLinks: z.array(PlanLink),
  })
  .meta({ id: "TripReport" });
export type TripReport = z.infer<typeof TripReport>;
