// The delegation as the cover lists it: 服務機關 and 姓名職稱 once for all, repeated per traveller
// (服務機關：A 姓名職稱：X … 服務機關：B 姓名職稱：Y), or a roster table of the summary sheet
// (出國人員姓名 | 服務機關 | 職稱). Each traveller gets its own agency when the cover gives one per
// person, never the list of all the cover's agencies.
import { resolveAgency } from "@lianzheng/agencies";
import type { AgencyRef, Traveller } from "@lianzheng/model";
import { fold, foldedPattern } from "./fold.js";
import { parseTravellers, type TravellerReading } from "./travellers.js";

/** A labelled cover field, in the order the cover gives them. */
export interface CoverField {
  field: string;
  value: string;
}

/** 服務機關 as written, split into agencies, each resolved. */
export function readAgencies(value: string): AgencyRef[] {
  const english = !/\p{Script=Han}/u.test(value);
  const parts = value.split(english ? /\s*(?:\n|;)\s*/u : /\s*(?:\n|、|，|,|；|;|\/|／)\s*/u);
  return parts
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => ({ name, agencyId: resolveAgency(name)?.agencyId ?? null }));
}

const CELL_SPLIT = /\t|\s{2,}|\s*[|｜]\s*/u;
// Matched on folded text, so a Simplified roster (服务机关) is read too.
const NAME_HEADER = foldedPattern("姓名|Name", "iu");
const AGENCY_HEADER = foldedPattern("服務機關|機關|Agency|Organi[sz]ation", "iu");
const UNIT_HEADER = foldedPattern("服務單位|單位|Unit|Division", "iu");
const TITLE_HEADER = foldedPattern("職稱|Title|Position", "iu");

/** The column of the first header cell that matches, or -1. */
const columnOf = (cells: readonly string[], header: RegExp, not?: RegExp) =>
  cells.findIndex((cell) => header.test(fold(cell)) && !(not?.test(fold(cell)) ?? false));

/** A roster table (姓名 | 服務機關 | 服務單位 | 職稱): a header row naming a name and an agency column. */
function readRoster(lines: readonly string[]): Traveller[] {
  const headerAt = lines.findIndex((line) => {
    const cells = line.split(CELL_SPLIT);
    return (
      cells.length >= 2 &&
      columnOf(cells, NAME_HEADER) >= 0 &&
      columnOf(cells, AGENCY_HEADER, UNIT_HEADER) >= 0
    );
  });
  if (headerAt < 0) return [];
  const header = (lines[headerAt] ?? "").split(CELL_SPLIT);
  const [name, agency, unit, title] = [
    columnOf(header, NAME_HEADER),
    columnOf(header, AGENCY_HEADER, UNIT_HEADER),
    columnOf(header, UNIT_HEADER),
    columnOf(header, TITLE_HEADER),
  ];
  const travellers: Traveller[] = [];
  for (const line of lines.slice(headerAt + 1)) {
    const cells = line.split(CELL_SPLIT).map((cell) => cell.trim());
    if (cells.length !== header.length || !cells[name]) break;
    const agencyName = cells[agency] ?? "";
    const unitName = unit >= 0 ? (cells[unit] ?? "") : "";
    const ref = rosterAgency(agencyName, unitName);
    travellers.push({
      name: (cells[name] ?? "").replace(/\s+/gu, ""),
      title: cells[title] || null,
      agency: ref,
    });
  }
  return travellers;
}

/** The unit inside the agency when that resolves (法務部 + 廉政署), else the agency alone. */
function rosterAgency(agency: string, unit: string): AgencyRef {
  const joined = `${agency}${unit}`;
  const inner = unit ? resolveAgency(joined)?.agencyId : undefined;
  if (inner) return { name: joined, agencyId: inner };
  return { name: agency, agencyId: resolveAgency(agency)?.agencyId ?? null };
}

/** 服務機關 and 姓名職稱 repeated: each traveller gets the one agency labelled last before it. */
function readPairs(fields: readonly CoverField[]): TravellerReading {
  const travellers: Traveller[] = [];
  const uncertain: string[] = [];
  let current: AgencyRef[] = [];
  for (const { field, value } of fields) {
    if (field === "agencies") current = readAgencies(value);
    if (field !== "travellers") continue;
    const ids = current.flatMap((a) => (a.agencyId ? [a.agencyId] : []));
    const reading = parseTravellers(value, ids);
    const own = current.length === 1 ? current[0] : undefined;
    travellers.push(...reading.travellers.map((t) => (t.agency || !own ? t : { ...t, agency: own })));
    uncertain.push(...reading.uncertain);
  }
  return { travellers, uncertain };
}

/**
 * The travellers of a cover, from its labelled fields (in order) and its lines: a roster table
 * first, then 服務機關/姓名職稱 pairs when both are repeated, else the one 姓名職稱 field (each
 * traveller's agency then only from its own title, as in 法務部廉政署副署長馮成).
 */
export function readDelegation(fields: readonly CoverField[], lines: readonly string[]): TravellerReading {
  const roster = readRoster(lines);
  if (roster.length > 0) return { travellers: roster, uncertain: [] };
  const count = (name: string) => fields.filter((f) => f.field === name).length;
  if (count("agencies") >= 2 && count("travellers") >= 2) return readPairs(fields);
  const agencies = fields.filter((f) => f.field === "agencies").flatMap((f) => readAgencies(f.value));
  const ids = agencies.flatMap((a) => (a.agencyId ? [a.agencyId] : []));
  return parseTravellers(fields.find((f) => f.field === "travellers")?.value ?? "", ids);
}
