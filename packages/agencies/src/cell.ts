import {
  type AgencyRole,
  type AgencyRoleKind,
  createWarning,
  type Language,
  type Location,
  type Warning,
} from "@lianzheng/model";
import { cleanText, parseNumber } from "@lianzheng/normalize";
import { type AgencyResolution, resolveAgencyName } from "./resolve.js";

/** What {@link parseAgencyCell} read from a cell: one role per agency mention, and the problems. */
export interface AgencyCellResult {
  roles: AgencyRole[];
  warnings: Warning[];
}

export interface ParseAgencyCellOptions {
  /** Where the cell is, copied into every warning. */
  at?: Location;
  /**
   * Names already resolved in this document's other cells (`createAgencyMemo`, one per document):
   * a plan names the same agencies cell after cell, and a name that resolves to none is tried
   * in every run of its parts.
   */
  memo?: AgencyMemo;
}

/** What the agency cells of one document resolved to, kept for its next cells. */
export interface AgencyMemo {
  readonly resolutions: Map<string, AgencyResolution>;
}

/** An empty memo, for one document's agency cells (see `ParseAgencyCellOptions.memo`). */
export function createAgencyMemo(): AgencyMemo {
  return { resolutions: new Map() };
}

// Names a memo keeps at most (a document names a few hundred agencies; hostile input, any number).
const MEMO_MAX = 20_000;

// 主辦機關： / 協辦機關： / 辦理機關：, optionally scoped: 績效目標 1 至 5 主辦機關：
const GOAL_NUMBER = "[0-9一二三四五六七八九十]+";
const GOAL_JOIN = "(?:至|到|~|～|-|–|—|、|,|，|及|和|與|与|to|through|and)";
const GOAL_LIST = `${GOAL_NUMBER}(?:\\s*${GOAL_JOIN}\\s*${GOAL_NUMBER})*`;
const ZH_ROLE = "(主辦|主办|協辦|协办|辦理|办理)(?:機關|机关|單位|单位)?(?:[(（]構[)）]|[(（]构[)）])?";
const EN_ROLE =
  "(authorit(?:y|ies)\\s+in\\s+charge|lead\\s+(?:authorit(?:y|ies)|agenc(?:y|ies))|assisting\\s+(?:authorit(?:y|ies)|agenc(?:y|ies))|co-?organi[sz]ers?|executing\\s+agenc(?:y|ies))";
const ROLE_LABEL = new RegExp(
  `(?:(?:績效目標|绩效目标)\\s*(${GOAL_LIST})\\s*${ZH_ROLE}|${ZH_ROLE}|(?:performance\\s+goals?\\s+(${GOAL_LIST})\\s*:?\\s*)?${EN_ROLE})\\s*[:：]`,
  "gi",
);

function roleOf(label: string): AgencyRoleKind {
  if (/^(主|authorit|lead)/i.test(label)) return "lead";
  if (/^(協|协|assisting|co)/i.test(label)) return "assisting";
  return "executing";
}

/** 1 至 5 → [1, 2, 3, 4, 5]; 1、3 → [1, 3]; 6 → [6]. */
function readGoals(list: string): number[] {
  const tokens = list.split(/\s*(至|到|~|～|-|–|—|to|through)\s*|\s*(?:、|,|，|及|和|與|与|and)\s*/i);
  const goals: number[] = [];
  let rangeNext = false;
  for (const token of tokens) {
    if (token === undefined) continue;
    if (/^(至|到|~|～|-|–|—|to|through)$/i.test(token)) {
      rangeNext = true;
      continue;
    }
    const value = parseNumber(token.trim());
    if (value === null || !Number.isInteger(value)) continue;
    const from = goals.at(-1);
    if (rangeNext && from !== undefined && value > from)
      for (let n = from + 1; n <= value; n++) goals.push(n);
    else goals.push(value);
    rangeNext = false;
  }
  return [...new Set(goals)];
}

interface Segment {
  role: AgencyRoleKind;
  goals: number[] | undefined;
  text: string;
  label: string | undefined;
}

function splitByRole(text: string): Segment[] {
  const segments: Segment[] = [];
  let role: AgencyRoleKind = "executing";
  let goals: number[] | undefined;
  let label: string | undefined;
  let start = 0;
  for (const match of text.matchAll(ROLE_LABEL)) {
    const before = text.slice(start, match.index);
    if (label !== undefined || before.trim()) segments.push({ role, goals, text: before, label });
    const [whole, zhGoals, zhScopedRole, zhRole, enGoals, enRole] = match;
    role = roleOf(zhScopedRole ?? zhRole ?? enRole ?? "");
    const goalList = zhGoals ?? enGoals;
    goals = goalList === undefined ? undefined : readGoals(goalList);
    label = whole.trim();
    start = match.index + whole.length;
  }
  const rest = text.slice(start);
  if (label !== undefined || rest.trim()) segments.push({ role, goals, text: rest, label });
  return segments;
}

const OPEN = new Set(["(", "（", "[", "【"]);
const CLOSE = new Set([")", "）", "]", "】"]);
// A list separator at bracket depth 0. Strong ones always separate; soft ones (及, and, a space
// in Chinese) also occur inside names (國際及兩岸法律司), so they separate only when the parts
// resolve on their own and the whole does not.
const EN_SEPARATOR = /^(?:\s*[,;、，；]\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/i;
const ZH_SEPARATOR = /^(?:\s*[,;、，；]\s*|[及與与暨]|\s+)/;

interface Piece {
  atoms: string[];
  /** The separator after each atom (the last is ""). */
  separators: string[];
  strong: boolean[];
  unbalanced: boolean;
}

/** Cuts text at depth-0 separators. Unbalanced brackets are closed at the end (and reported). */
function splitAtoms(text: string, language: Language): Piece {
  const separator = language === "en" ? EN_SEPARATOR : ZH_SEPARATOR;
  const atoms: string[] = [];
  const separators: string[] = [];
  const strong: boolean[] = [];
  let depth = 0;
  let unbalanced = false;
  let current = "";
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? "";
    if (depth === 0 && current.trim()) {
      const sep = separator.exec(text.slice(i));
      if (sep && i + sep[0].length < text.length) {
        atoms.push(current.trim());
        separators.push(sep[0]);
        strong.push(/[,;、，；]/.test(sep[0]));
        current = "";
        i += sep[0].length;
        continue;
      }
    }
    if (OPEN.has(char)) depth++;
    else if (CLOSE.has(char)) {
      if (depth === 0) unbalanced = true;
      else depth--;
    }
    current += char;
    i++;
  }
  if (depth > 0) {
    unbalanced = true;
    current += ")".repeat(depth);
  }
  if (current.trim()) {
    atoms.push(current.trim());
    separators.push("");
    strong.push(false);
  }
  return { atoms, separators, strong, unbalanced };
}

interface Mention {
  name: string;
  agencyId: string | null;
  ambiguous?: string[];
}

function join(piece: Piece, from: number, to: number): string {
  let text = "";
  for (let i = from; i <= to; i++)
    text += (piece.atoms[i] ?? "") + (i < to ? (piece.separators[i] ?? "") : "");
  return text.trim();
}

const INCLUDING = /^(?:含|包含|包括|including\s+|incl\.\s*)/i;
// At most this many atoms are tried as one name: a name has few separators inside it.
const MAX_ATOMS_PER_NAME = 6;

/** `parent(children)` written at the end of a mention, split into its parts. */
function splitParentChildren(text: string): { parent: string; open: string; inner: string } | undefined {
  const last = text.at(-1) ?? "";
  if (!CLOSE.has(last)) return undefined;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const char = text[i] ?? "";
    if (CLOSE.has(char)) depth++;
    else if (OPEN.has(char)) depth--;
    if (depth === 0) {
      const parent = text.slice(0, i).trim();
      const inner = text.slice(i + 1, -1).trim();
      return parent && inner ? { parent, open: char, inner } : undefined;
    }
  }
  return undefined;
}

function childName(parent: string, open: string, child: string, language: Language): string {
  const close = open === "（" ? "）" : open === "【" ? "】" : open === "[" ? "]" : ")";
  return language === "en" ? `${parent} ${open}${child}${close}` : `${parent}${open}${child}${close}`;
}

class MentionReader {
  constructor(
    private readonly language: Language,
    private readonly unbalanced: string[],
    private readonly memo: AgencyMemo | undefined,
  ) {}

  /** `resolveAgencyName` inside `within` only, from the memo where the name was met before. */
  private resolve(text: string, within: string | undefined): AgencyResolution {
    const key = within === undefined ? text : `${within}\u0000${text}`;
    const known = this.memo?.resolutions.get(key);
    if (known) return known;
    const result = resolveAgencyName(text, within, { onlyWithin: true });
    if (this.memo && this.memo.resolutions.size < MEMO_MAX) this.memo.resolutions.set(key, result);
    return result;
  }

  /** Every mention in a list, resolved inside `within` when given. */
  read(text: string, within: string | undefined): Mention[] {
    const piece = splitAtoms(text, this.language);
    if (piece.unbalanced) this.unbalanced.push(text);
    const mentions: Mention[] = [];
    let i = 0;
    while (i < piece.atoms.length) {
      const run = this.longestResolvedRun(piece, i, within);
      if (run) {
        for (const mention of run.mentions) mentions.push(mention);
        i = run.end + 1;
        continue;
      }
      const end = this.unresolvedEnd(piece, i, within);
      for (const mention of this.readUnresolved(join(piece, i, end), within)) mentions.push(mention);
      i = end + 1;
    }
    return mentions;
  }

  private longestResolvedRun(
    piece: Piece,
    start: number,
    within: string | undefined,
  ): { end: number; mentions: Mention[] } | undefined {
    const last = Math.min(piece.atoms.length - 1, start + MAX_ATOMS_PER_NAME - 1);
    for (let end = last; end >= start; end--) {
      const mentions = this.resolveGroup(join(piece, start, end), within);
      if (mentions) return { end, mentions };
    }
    return undefined;
  }

  /**
   * An unresolved name runs on over soft separators until something resolvable starts, or, in
   * English, a part that starts with "the" ("the Bureau of Weights and Measures and the …").
   */
  private unresolvedEnd(piece: Piece, start: number, within: string | undefined): number {
    let end = start;
    while (
      end + 1 < piece.atoms.length &&
      !piece.strong[end] &&
      !(this.language === "en" && /^the\s/i.test(piece.atoms[end + 1] ?? "")) &&
      !this.longestResolvedRun(piece, end + 1, within)
    ) {
      end++;
    }
    return end;
  }

  /** The mentions a text stands for when all of them resolve, else undefined. */
  private resolveGroup(text: string, within: string | undefined): Mention[] | undefined {
    const single = this.resolve(text, within);
    if (single.kind === "match") return [{ name: text, agencyId: single.agencyId }];
    const split = splitParentChildren(text);
    if (!split) return undefined;
    const parent = this.resolve(split.parent, within);
    if (parent.kind !== "match") return undefined;
    const children = this.expandChildren(split, parent.agencyId);
    return children.every((m) => m.agencyId !== null) ? children : undefined;
  }

  /** 法務部(檢察司、調查局) → its children; 內政部(含警政署刑事警察局) → the parent and its children. */
  private expandChildren(
    split: { parent: string; open: string; inner: string },
    parentId: string,
  ): Mention[] {
    const including = INCLUDING.exec(split.inner);
    const inner = including ? split.inner.slice(including[0].length) : split.inner;
    const children = this.read(inner, parentId).map((child) => ({
      ...child,
      name: childName(split.parent, split.open, child.name, this.language),
    }));
    return including ? [{ name: split.parent, agencyId: parentId }, ...children] : children;
  }

  /** A mention that did not resolve: expanded where its parent did, otherwise kept whole. */
  private readUnresolved(text: string, within: string | undefined): Mention[] {
    const result = this.resolve(text, within);
    if (result.kind === "ambiguous") return [{ name: text, agencyId: null, ambiguous: result.agencyIds }];
    const split = splitParentChildren(text);
    const parent = split ? this.resolve(split.parent, within) : undefined;
    if (split && parent?.kind === "match") return this.expandChildren(split, parent.agencyId);
    return [{ name: text, agencyId: null }];
  }
}

const EDGE = /^[\s,;:.、，；：。]+|[\s,;:.、，；：。]+$/g;

/**
 * Reads a 辦理機關 / Executing Agency cell into one {@link AgencyRole} per agency, in cell order.
 *
 * - Roles: 主辦機關 → `lead`, 協辦機關 → `assisting` (and the English "Authority(ies) in charge",
 *   "Assisting authority(ies)"); text before any label is `executing`. A scoped label
 *   (績效目標 1 至 5 主辦機關：…) sets `goals` to the goal numbers.
 * - A parent with children in brackets expands to the children (法務部(檢察司、調查局) → 法務部檢察司
 *   and 法務部調查局); `含` keeps the parent too (內政部(含警政署刑事警察局) → both).
 * - Separators: 、，,;； everywhere; 及/與 and spaces in Chinese, "and" and "&" in English only
 *   where the parts resolve on their own (國際及兩岸法律司 and "International and Cross-Strait
 *   Legal Affairs" stay whole). HTML tags and line breaks (a cell rejoined across a page break)
 *   are joined first.
 * - A mention that does not resolve is kept with `agencyId: null` and a warning naming it
 *   (`unresolved_agency`, or `ambiguous_agency` when several agencies share the name); nothing
 *   is dropped or guessed.
 *
 * Returns the roles and the warnings, rather than only the roles, so that callers can put the
 * warnings on the document.
 *
 * @example parseAgencyCell("主辦機關：法務部(檢察司、調查局) 協辦機關：外交部", "zh-Hant").roles
 * // [{ agencyId: "moj-prosecutorial-affairs", name: "法務部(檢察司)", role: "lead" },
 * //  { agencyId: "moj-ib", name: "法務部(調查局)", role: "lead" },
 * //  { agencyId: "mofa", name: "外交部", role: "assisting" }]
 */
export function parseAgencyCell(
  cellText: string,
  language: Language,
  options: ParseAgencyCellOptions = {},
): AgencyCellResult {
  const { at } = options;
  const warnings: Warning[] = [];
  const roles: AgencyRole[] = [];
  const text = cleanText(cellText).replace(/\s+/g, " ").trim();
  if (!text) {
    warnings.push(createWarning("empty_agency_cell", "the agency cell is empty", { at }));
    return { roles, warnings };
  }
  const unbalanced: string[] = [];
  const reader = new MentionReader(language, unbalanced, options.memo);
  for (const segment of splitByRole(text)) {
    const body = segment.text.replace(EDGE, "");
    if (!body) {
      warnings.push(createWarning("empty_agency_role", `"${segment.label ?? ""}" names no agency`, { at }));
      continue;
    }
    for (const mention of reader.read(body, undefined)) {
      roles.push({
        agencyId: mention.agencyId,
        name: mention.name,
        role: segment.role,
        ...(segment.goals === undefined ? {} : { goals: segment.goals }),
      });
      if (mention.agencyId !== null) continue;
      const subject = { kind: "agency", name: mention.name } as const;
      warnings.push(
        mention.ambiguous
          ? createWarning(
              "ambiguous_agency",
              `agency "${mention.name}" could be any of ${mention.ambiguous.join(", ")}; kept unresolved (write the full name)`,
              { at, subject },
            )
          : createWarning(
              "unresolved_agency",
              `agency "${mention.name}" is not in the agency registry; kept with agencyId null (add it, or an alias, to the registry if it is an agency)`,
              { at, subject },
            ),
      );
    }
  }
  for (const text of unbalanced) {
    warnings.push(
      createWarning("unbalanced_brackets", `unbalanced brackets in agency list "${text}"`, { at }),
    );
  }
  return { roles, warnings };
}
