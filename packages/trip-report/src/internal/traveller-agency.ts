// A traveller's own agency, when the cover gives it per person: a unit before the title
// (法務部廉政署副署長馮成, 馮成（廉政署副署長）), an English title's trailing agency (Deputy
// Director-General, Agency Against Corruption), or a 服務機關 beside each name (see cover.ts).
import { resolveAgency } from "@lianzheng/agencies";
import type { AgencyRef, Traveller } from "@lianzheng/model";

const HAN = /\p{Script=Han}/u;
// What an agency's name ends with (部, 署, 局 …): an unresolved prefix ending so is still an
// agency, kept with a null id (and an unresolved_agency warning from the cover).
const AGENCY_END = /(?:部|署|局|司|處|院|會|所|中心|辦公室|檢察署|法院|政府)$/u;
const MIN_AGENCY_LENGTH = 2;

/** The agency a name resolves to, inside one of the cover's agencies if not on its own. */
function resolveIn(name: string, within: readonly string[]): string | null {
  const own = resolveAgency(name)?.agencyId;
  if (own) return own;
  for (const id of within) {
    const inside = resolveAgency(name, { within: id })?.agencyId;
    if (inside) return inside;
  }
  return null;
}

/**
 * A Chinese title that starts with an agency (法務部廉政署副署長) split into that agency and the
 * title (副署長): the longest prefix that resolves, the rest still a title. Without a resolving
 * prefix, one that ends like an agency name (…部, …署, …局) before a title word is kept unresolved.
 */
function splitChineseTitle(
  title: string,
  within: readonly string[],
  isTitle: (text: string) => boolean,
  startsWithTitle: (text: string) => boolean,
): { title: string; agency: AgencyRef } | null {
  for (let cut = title.length - 1; cut >= MIN_AGENCY_LENGTH; cut--) {
    const rest = title.slice(cut);
    if (!isTitle(rest)) continue;
    const name = title.slice(0, cut);
    const agencyId = resolveIn(name, within);
    if (agencyId) return { title: rest, agency: { name, agencyId } };
  }
  for (let cut = title.length - 1; cut >= MIN_AGENCY_LENGTH; cut--) {
    const name = title.slice(0, cut);
    const rest = title.slice(cut);
    if (AGENCY_END.test(name) && startsWithTitle(rest) && isTitle(rest)) {
      return { title: rest, agency: { name, agencyId: null } };
    }
  }
  return null;
}

/** `Deputy Director-General, Agency Against Corruption` / `Chief Prosecutor of the Ministry of Justice`. */
function splitEnglishTitle(
  title: string,
  within: readonly string[],
): { title: string; agency: AgencyRef } | null {
  const cuts = [...title.matchAll(/,\s*|\s+(?:of|at)\s+(?=\S)/gu)];
  for (const cut of cuts) {
    const at = cut.index ?? 0;
    const name = title.slice(at + cut[0].length).trim();
    const agencyId = resolveIn(name, within);
    if (agencyId) return { title: title.slice(0, at).trim(), agency: { name, agencyId } };
  }
  return null;
}

/** Title words the Chinese split needs, given by the traveller parser that owns them. */
export interface TitleWords {
  isTitle: (text: string) => boolean;
  startsWithTitle: (text: string) => boolean;
}

/**
 * The traveller with the agency its title starts (or, in English, ends) with taken out as
 * `agency`; unchanged when the title names none. `within` are the cover's agency ids, inside which
 * short unit names (檢察司) resolve.
 */
export function withOwnAgency(
  traveller: Traveller,
  words: TitleWords,
  within: readonly string[] = [],
): Traveller {
  if (traveller.agency || !traveller.title) return traveller;
  const split = HAN.test(traveller.title)
    ? splitChineseTitle(traveller.title, within, words.isTitle, words.startsWithTitle)
    : splitEnglishTitle(traveller.title, within);
  return split ? { ...traveller, title: split.title, agency: split.agency } : traveller;
}
