import type { Traveller } from "@lianzheng/model";
import { fold, foldedPattern } from "./fold.js";
import { type TitleWords, withOwnAgency } from "./traveller-agency.js";

// 職稱 of the civil service and the bodies that send delegations, longest first when matched. A
// title is one or more of these, optionally after a unit (法務部廉政署副署長).
const TITLE_WORDS = [
  "主任檢察官",
  "檢察事務官",
  "檢察長",
  "檢察官",
  "主任秘書",
  "簡任秘書",
  "機要秘書",
  "法務秘書",
  "移民秘書",
  "執行秘書",
  "專門委員",
  "主任委員",
  "副主任委員",
  "研究委員",
  "委員",
  "副署長",
  "署長",
  "副部長",
  "政務次長",
  "常務次長",
  "次長",
  "部長",
  "副司長",
  "司長",
  "副處長",
  "處長",
  "副局長",
  "局長",
  "副組長",
  "組長",
  "副主任",
  "主任",
  "科長",
  "股長",
  "隊長",
  "大隊長",
  "所長",
  "站長",
  "院長",
  "副院長",
  "庭長",
  "法官",
  "書記官",
  "廉政官",
  "調查官",
  "調查專員",
  "調查員",
  "警務正",
  "警政監",
  "警官",
  "警員",
  "督察",
  "研究員",
  "副研究員",
  "助理研究員",
  "專員",
  "科員",
  "辦事員",
  "視察",
  "參事",
  "參議",
  "技正",
  "技士",
  "秘書",
  "教授",
  "副教授",
  "助理教授",
  "講師",
  "顧問",
  "代表",
  "副代表",
  "大使",
  "組員",
  "稽核",
  "分析師",
  "工程師",
  "律師",
  "會計師",
  "董事長",
  "總經理",
  "經理",
  "執行長",
].sort((a, b) => b.length - a.length);

// Matched on folded text (see fold.ts), so Simplified titles (副署长) are titles too.
const TITLE_END = foldedPattern(`(?:${TITLE_WORDS.join("|")})$`);
const TITLE_START = foldedPattern(
  `^(?:副|主任|專門|簡任|薦任|委任|首席|總|資深|高級|代理|兼任|${TITLE_WORDS.join("|")})`,
);
const TITLE_ANYWHERE = foldedPattern(`(?:${TITLE_WORDS.join("|")})`, "gu");
// Surnames of two characters; every other Chinese name is taken to start with a one-character one.
const COMPOUND_SURNAMES = foldedPattern(
  "^(?:歐陽|司馬|諸葛|上官|東方|皇甫|司徒|張簡|范姜|慕容|夏侯|公孫|令狐|長孫|尉遲|宇文|端木)",
);
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

function isTitle(text: string): boolean {
  return text.length > 0 && TITLE_END.test(fold(text)) && text.length <= 24;
}

const startsWithTitle = (text: string): boolean => TITLE_START.test(fold(text));

/**
 * A glued 姓名職稱 (林彥均主任檢察官, 馮成副署長) split into name and title: the name is two to four
 * characters, the rest a title ending in a known title word. A title starts with a rank word (副,
 * 主任 …) or a title word, so 馮成副署長 is 馮成 + 副署長; otherwise three-character names, the
 * most common, are preferred; compound surnames give four.
 */
function splitGlued(text: string): { name: string; title: string } | null {
  const lengths = COMPOUND_SURNAMES.test(fold(text)) ? [4, 3] : [3, 2, 4];
  const valid = lengths.filter(
    (n) =>
      text.length > n &&
      isTitle(text.slice(n)) &&
      HAN_NAME.test(text.slice(0, n)) &&
      !startsWithTitle(text.slice(0, n)),
  );
  const starting = valid.find((n) => startsWithTitle(text.slice(n)) && !startsWithTitle(text.slice(n - 1)));
  const n = starting ?? valid[0];
  return n === undefined ? null : { name: text.slice(0, n), title: text.slice(n) };
}

/** 法務部廉政署副署長馮成: unit and title first, the name last. */
function splitTitleFirst(text: string): { name: string; title: string } | null {
  let last: RegExpExecArray | null = null;
  for (const match of fold(text).matchAll(TITLE_ANYWHERE)) last = match as RegExpExecArray;
  if (!last) return null;
  const cut = (last.index ?? 0) + last[0].length;
  const name = text.slice(cut);
  return HAN_NAME.test(name) && !startsWithTitle(name) ? { name, title: text.slice(0, cut) } : null;
}

const TITLE_WORDS_OF_THE_CIVIL_SERVICE: TitleWords = { isTitle, startsWithTitle };

export interface TravellerReading {
  travellers: Traveller[];
  /** Entries that could not be split into name and title with confidence, as written. */
  uncertain: string[];
}

/**
 * 姓名職稱 (or Travellers) as written on a cover, split into people with name and title, however it
 * is laid out: one per line, on one line separated by spaces or 、, glued (林彥均主任檢察官),
 * spaced (馮 成 副署長 — a two-character name spaced to three, as covers do), title first
 * (副署長 馮成, 法務部廉政署副署長馮成), with the title in brackets (馮成（副署長）), or in English
 * (`Feng Cheng, Deputy Director-General; Lin Yen-chun, Chief Prosecutor`). A title that starts
 * with an agency (法務部廉政署副署長) or, in English, ends with one (Deputy Director-General, Agency
 * Against Corruption) gives the traveller's own `agency`, resolved (inside `within`, the cover's
 * agency ids, for short unit names such as 檢察司).
 */
export function parseTravellers(text: string, within: readonly string[] = []): TravellerReading {
  const reading = readPeople(text);
  return {
    travellers: reading.travellers.map((t) => withOwnAgency(t, TITLE_WORDS_OF_THE_CIVIL_SERVICE, within)),
    uncertain: reading.uncertain,
  };
}

function readPeople(text: string): TravellerReading {
  const travellers: Traveller[] = [];
  const uncertain: string[] = [];
  if (/[A-Za-z]/.test(text) && !/\p{Script=Han}/u.test(text)) return parseEnglishTravellers(text);
  for (const entry of text.split(/\s*(?:\n|、|，|；|;|／|\/)\s*/u)) {
    const tokens = entry.trim().split(/\s+/u).filter(Boolean);
    readTokens(tokens, travellers, uncertain);
  }
  return { travellers, uncertain };
}

/** People from the whitespace-separated tokens of one entry (a line may hold several people). */
function readTokens(tokens: string[], travellers: Traveller[], uncertain: string[]): void {
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] ?? "";
    const next = tokens[i + 1];
    const bracket = /^(\p{Script=Han}{2,4})[(（](.+)[)）]$/u.exec(token);
    if (bracket?.[1] && bracket[2]) {
      travellers.push({ name: bracket[1], title: bracket[2] });
      i += 1;
      continue;
    }
    // A lone character is half of a spaced two-character name (馮 成副署長, 馮 成 副署長).
    if (/^\p{Script=Han}$/u.test(token) && next !== undefined) {
      tokens[i + 1] = `${token}${next}`;
      i += 1;
      continue;
    }
    if (
      HAN_NAME.test(token) &&
      !isTitle(token) &&
      next !== undefined &&
      isTitle(next) &&
      !hasNameInside(next)
    ) {
      travellers.push({ name: token, title: next });
      i += 2;
      continue;
    }
    if (isTitle(token) && next !== undefined && HAN_NAME.test(next) && !isTitle(next)) {
      travellers.push({ name: next, title: token });
      i += 2;
      continue;
    }
    const split = splitGlued(token) ?? splitTitleFirst(token);
    if (split) travellers.push(split);
    else if (HAN_NAME.test(token) && !isTitle(token)) {
      travellers.push({ name: token, title: null });
      uncertain.push(token);
    } else uncertain.push(token);
    i += 1;
  }
}

/** A token that is a name glued to a title (馮成副署長), not a whole title (主任檢察官). */
function hasNameInside(token: string): boolean {
  return splitGlued(token) !== null;
}

function parseEnglishTravellers(text: string): TravellerReading {
  const travellers: Traveller[] = [];
  const uncertain: string[] = [];
  for (const entry of text.split(/\s*(?:\n|;)\s*/u)) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const match = /^([^,(]+?)\s*(?:,\s*|\(\s*)(.+?)\)?$/u.exec(trimmed);
    if (match?.[1] && match[2]) travellers.push({ name: match[1], title: match[2] });
    else {
      travellers.push({ name: trimmed, title: null });
      uncertain.push(trimmed);
    }
  }
  return { travellers, uncertain };
}
