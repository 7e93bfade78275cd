import { splitDestination } from "@lianzheng/mentions";
import {
  type AgencyRef,
  createWarning,
  type TripCover,
  type Warning,
  type WarningCode,
} from "@lianzheng/model";
import { parseDateRange, parseRocDate } from "@lianzheng/normalize";
import { type CoverField, readAgencies, readDelegation } from "./delegation.js";
import { fold, foldedPattern } from "./fold.js";

type Field =
  | "category"
  | "title"
  | "agencies"
  | "travellers"
  | "destination"
  | "period"
  | "reportDate"
  | "reportNumber"
  | "ignored";

// The labels of the national trip-report format (公務出國報告) and its summary sheet (提要表),
// with the variants agencies write, and their English forms. Longest first within a field. A
// Chinese label may follow the previous value with no space (extraction drops spaces between Han
// characters: 至 19 日報告日期：…); an English one starts a word.
const LABELS: ReadonlyArray<{ field: Field; pattern: string }> = [
  { field: "category", pattern: "出國類別|Category(?: of (?:the )?trip)?|Type of trip" },
  { field: "title", pattern: "出國報告名稱|報告名稱|出國計畫名稱|計畫名稱|會議名稱|Title" },
  {
    field: "agencies",
    pattern: "服務機關(?:單位)?|出國機關|主辦機關|Agenc(?:y|ies)|Organi[sz]ations?|Service agenc(?:y|ies)",
  },
  {
    field: "travellers",
    pattern:
      "姓名職稱|出國人員(?:姓名)?(?:職稱)?|出國人(?:姓名)?(?:職稱)?|Travell?ers?|Delegat(?:es|ion)|Names? and titles?",
  },
  {
    field: "destination",
    pattern:
      "派赴國家(?:[/／]地區|或地區|及地區)?|前往國家(?:[/／]地區)?|出國國家(?:[/／]地區)?|出國地區|出國地點|Destinations?|Countr(?:y|ies)(?: visited)?",
  },
  {
    field: "period",
    pattern: "出國期間|出國日期|出國起迄日期|Period(?: of (?:the )?trip)?|Travel dates|Dates(?: of travel)?",
  },
  { field: "reportDate", pattern: "報告日期|報告完成日期|報告繳交日期|Report date|Date of (?:the )?report" },
  { field: "reportNumber", pattern: "報告編號|出國報告編號|系統識別號|Report (?:number|no\\.?)" },
  { field: "ignored", pattern: "聯絡人|電話|分類號(?:[/／]目)?|關鍵詞|內容摘要|頁數|含附件" },
];

const LABEL = foldedPattern(
  `(?<![A-Za-z])(?:${LABELS.map((l) => `(?<${l.field}>${l.pattern})`).join("|")})\\s*[：:]\\s*`,
  "gimu",
);
/** Fields whose value is one line: the value ends at the line's end even with no label after it. */
const ONE_LINE: ReadonlySet<Field> = new Set([
  "category",
  "destination",
  "period",
  "reportDate",
  "reportNumber",
]);
const BANNER = foldedPattern(
  "^\\s*(?:出國報告書?|公務出國報告(?:提要)?|Report on (?:an )?Official (?:Trip|Travel)(?: Abroad)?|Official Trip Report|Trip Report)",
  "iu",
);

interface LabelHit {
  field: Field;
  start: number;
  valueStart: number;
}

function findLabels(text: string): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const match of fold(text).matchAll(LABEL)) {
    const field = (Object.entries(match.groups ?? {}).find(([, value]) => value !== undefined)?.[0] ??
      "ignored") as Field;
    const start = match.index ?? 0;
    hits.push({ field, start, valueStart: start + match[0].length });
  }
  return hits;
}

export interface CoverReading {
  cover: TripCover;
  warnings: Warning[];
}

/** The value of a field: up to the next label, and for one-line fields up to the line's end. */
function fieldValue(text: string, hit: LabelHit, next: LabelHit | undefined): string {
  let value = text.slice(hit.valueStart, next?.start ?? text.length);
  if (ONE_LINE.has(hit.field)) value = value.split("\n")[0] ?? "";
  // 出國報告（出國類別：出席國際會議）: the label sat inside the banner's brackets.
  if (hit.field === "category") value = value.replace(/[)）]\s*$/u, "");
  return value.trim();
}

/** 出國類別 on a summary sheet is a row of boxes: the checked one (■ ☑ ✓ ✔ ✗) is the category. */
function readCategory(value: string): string {
  const checked = /[■☑✓✔☒]\s*\d*\s*([^\s□■☑✓✔☒]+)/u.exec(value);
  return (checked?.[1] ?? value).trim();
}

/** Every 服務機關 of the cover (once each), or else the agencies of a roster's travellers. */
function coverAgencies(fields: readonly CoverField[], travellers: TripCover["travellers"]): AgencyRef[] {
  const labelled = fields.filter((f) => f.field === "agencies").flatMap((f) => readAgencies(f.value));
  const agencies = labelled.length > 0 ? labelled : travellers.flatMap((t) => (t.agency ? [t.agency] : []));
  return agencies.filter((agency, index) => agencies.findIndex((a) => a.name === agency.name) === index);
}

function readReportDate(value: string): TripCover["reportDate"] {
  const iso = parseRocDate(value.replace(/\s*[（(].*$/u, ""));
  if (iso === null || iso.length < 7) return null;
  const [year, month, day] = iso.split("-").map(Number);
  if (year === undefined || month === undefined) return null;
  return day === undefined ? { year, month } : { year, month, day };
}

/**
 * Each labelled field's value (the first one given), every field in order (服務機關 and 姓名職稱 may
 * repeat, one pair per traveller), and the spans labels and values take.
 */
function readFields(text: string): {
  values: Map<Field, string>;
  fields: CoverField[];
  claimed: Array<[number, number]>;
} {
  const hits = findLabels(text);
  const values = new Map<Field, string>();
  const fields: CoverField[] = [];
  const claimed: Array<[number, number]> = [];
  hits.forEach((hit, index) => {
    const value = fieldValue(text, hit, hits[index + 1]);
    if (!values.has(hit.field)) values.set(hit.field, value);
    fields.push({ field: hit.field, value });
    claimed.push([hit.start, hit.valueStart + value.length]);
  });
  return { values, fields, claimed };
}

/** With no labelled title: the first lines that are neither the banner nor a field. */
function unlabelledTitle(
  lines: readonly { text: string }[],
  claimed: ReadonlyArray<readonly [number, number]>,
): string {
  let offset = 0;
  const candidates: string[] = [];
  for (const { text: lineText } of lines) {
    const start = offset;
    offset += lineText.length + 1;
    const inside = claimed.some(([from, to]) => start < to && start + lineText.length > from);
    if (inside || BANNER.test(fold(lineText)) || !lineText.trim()) {
      if (candidates.length > 0) break;
      continue;
    }
    candidates.push(lineText.trim());
  }
  return candidates.join(/\p{Script=Han}/u.test(candidates.join("")) ? "" : " ");
}

/** The travellers (each with its own agency where the cover gives one) and the cover's agencies. */
function readPeople(
  fields: readonly CoverField[],
  lines: readonly { text: string }[],
  warnings: Warning[],
): Pick<TripCover, "travellers" | "agencies"> {
  const { travellers, uncertain } = readDelegation(
    fields,
    lines.map((l) => l.text),
  );
  for (const entry of uncertain) {
    warnings.push(warn("traveller_unsplit", `could not tell name from title in 「${entry}」`));
  }
  if (travellers.length === 0 && !fields.some((f) => f.field === "travellers" && f.value))
    warnings.push(warn("cover_field_missing", "the cover names no travellers (姓名職稱)"));
  const agencies = coverAgencies(fields, travellers);
  const unresolved = [...agencies, ...travellers.flatMap((t) => (t.agency ? [t.agency] : []))].filter(
    (a, index, all) => a.agencyId === null && all.findIndex((b) => b.name === a.name) === index,
  );
  for (const agency of unresolved) {
    warnings.push(
      createWarning(
        "unresolved_agency",
        `the cover's agency 「${agency.name}」 is not in the agency registry`,
        {
          subject: { kind: "agency", name: agency.name },
        },
      ),
    );
  }
  return { travellers, agencies };
}

function readWhereAndWhen(values: ReadonlyMap<Field, string>, warnings: Warning[]) {
  const destinationText = values.get("destination");
  let destination: TripCover["destination"] = null;
  if (destinationText) {
    destination = { text: destinationText, ...splitDestination(destinationText) };
    if (destination.countries.length === 0)
      warnings.push(warn("country_unknown", `no country of the gazetteer in 「${destinationText}」`));
  }
  const periodText = values.get("period");
  const period = periodText ? parseDateRange(periodText) : null;
  if (periodText && !period)
    warnings.push(warn("date_unparsed", `出國期間 「${periodText}」 is no date range`));
  const reportDateText = values.get("reportDate");
  const reportDate = reportDateText ? readReportDate(reportDateText) : null;
  if (reportDateText && !reportDate)
    warnings.push(warn("date_unparsed", `報告日期 「${reportDateText}」 is no year and month`));
  for (const [field, label] of [
    ["destination", "派赴國家"],
    ["period", "出國期間"],
    ["reportDate", "報告日期"],
  ] as const) {
    if (!values.has(field)) warnings.push(warn("cover_field_missing", `the cover has no ${label}`));
  }
  return { destination, period, reportDate };
}

/**
 * The cover fields of a trip report from its cover lines (the lines before the contents or the
 * first section), in any order, one per line or several on one line. The title is the labelled
 * 報告名稱 or else the first line that is neither the banner (出國報告…) nor a field.
 */
export function readCover(lines: readonly { text: string; line?: number }[]): CoverReading {
  const text = lines.map((l) => l.text).join("\n");
  const warnings: Warning[] = [];
  const { values, fields, claimed } = readFields(text);
  const title = values.get("title") || unlabelledTitle(lines, claimed);
  if (!title) warnings.push(warn("cover_title_missing", "the cover gives no title"));
  const category = values.get("category");
  const { travellers, agencies } = readPeople(fields, lines, warnings);
  const { destination, period, reportDate } = readWhereAndWhen(values, warnings);
  return {
    cover: {
      category: category ? readCategory(category) : null,
      title,
      agencies,
      travellers,
      destination,
      period,
      reportDate,
      reportNumber: values.get("reportNumber") || null,
    },
    warnings,
  };
}

function warn(code: WarningCode, message: string): Warning {
  return createWarning(code, message);
}
