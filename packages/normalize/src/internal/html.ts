// Tags whose boundaries are line breaks in the text the documents mean.
const BLOCK_TAGS = new Set([
  "address",
  "article",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "ol",
  "p",
  "section",
  "table",
  "tbody",
  "thead",
  "tr",
  "ul",
]);
const CELL_TAGS = new Set(["td", "th"]);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  shy: "",
  middot: "·",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  bull: "•",
  times: "×",
  divide: "÷",
  deg: "°",
  plusmn: "±",
  copy: "©",
  reg: "®",
  trade: "™",
  yen: "¥",
  laquo: "«",
  raquo: "»",
  sect: "§",
  para: "¶",
  permil: "‰",
  zwsp: "\u200b",
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

function fromCodePoint(code: number, raw: string): string {
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : raw;
}

/** Decodes numeric entities and the common named ones; unknown names stay as written. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(ENTITY, (raw, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10), raw);
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16), raw);
    return NAMED_ENTITIES[name ?? ""] ?? NAMED_ENTITIES[(name ?? "").toLowerCase()] ?? raw;
  });
}

// A tag starts with `<` and a letter (or `</` and a letter), so `a < b` and `<公職人員>` survive.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;
const COMMENT = /<!--[\s\S]*?-->/g;
const RAW_TEXT = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

// A noncharacter marks tag breaks until runs of them are merged.
const BREAK = "\ufdd0";

/**
 * Removes tags once: block tags become one paragraph break, a blank line (however many meet, so
 * `</p> <p>` and `</li>\n<li>` give a single one), cells a space, other tags nothing. Blank lines
 * are breaks that line rejoining keeps.
 */
export function stripHtmlTags(html: string): string {
  if (!html.includes("<")) return html;
  return html
    .replace(COMMENT, "")
    .replace(RAW_TEXT, "")
    .replace(TAG, (_tag, _slash: string, name: string) => {
      const lower = name.toLowerCase();
      if (BLOCK_TAGS.has(lower)) return BREAK;
      if (CELL_TAGS.has(lower)) return " ";
      return "";
    })
    .replace(/\s*\ufdd0[\s\ufdd0]*/g, "\n\n");
}
