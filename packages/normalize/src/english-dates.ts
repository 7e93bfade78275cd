// Dates written in English: `16 August 2022`, `August 16, 2022`, `Aug. 16–19, 2022`,
// `16–19 August 2022`, `September 2022`. ISO out, at the precision the text gives.

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY = "(?:[0-3]?\\d)(?:st|nd|rd|th)?";

function monthNumber(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, "");
  return MONTHS[key.slice(0, key.startsWith("sept") ? 4 : 3)];
}

function iso(year: number, month: number, day?: number): string | null {
  if (month < 1 || month > 12 || year < 1000 || year > 9999) return null;
  const mm = String(month).padStart(2, "0");
  if (day === undefined) return `${year}-${mm}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return null;
  return `${year}-${mm}-${String(day).padStart(2, "0")}`;
}

interface Parts {
  day?: number;
  month?: number;
  year?: number;
}

const DMY = new RegExp(`^(?:(?<day>${DAY})\\s+)?(?<month>${MONTH})(?:,?\\s+(?<year>\\d{4}))?$`, "i");
const MDY = new RegExp(`^(?<month>${MONTH})\\s+(?<day>${DAY})(?:,?\\s+(?<year>\\d{4}))?$`, "i");
const DAY_ONLY = new RegExp(`^(?<day>${DAY})(?:,?\\s+(?<year>\\d{4}))?$`, "i");

function readParts(text: string): Parts | null {
  const trimmed = text.trim().replace(/\s+/g, " ");
  const match = MDY.exec(trimmed) ?? DMY.exec(trimmed) ?? DAY_ONLY.exec(trimmed);
  const groups = match?.groups;
  if (!groups) return null;
  const parts: Parts = {};
  if (groups.day !== undefined) parts.day = Number.parseInt(groups.day, 10);
  if (groups.month !== undefined) {
    const month = monthNumber(groups.month);
    if (month === undefined) return null;
    parts.month = month;
  }
  if (groups.year !== undefined) parts.year = Number(groups.year);
  return parts;
}

/** `16 August 2022`, `August 16, 2022`, `September 2022` → ISO at that precision, or null. */
export function parseEnglishDate(text: string): string | null {
  const parts = readParts(text);
  if (parts?.year === undefined || parts.month === undefined) return null;
  return iso(parts.year, parts.month, parts.day);
}

const RANGE_SEPARATOR = /\s*(?:–|—|-|~|\bto\b|\bthrough\b|\buntil\b)\s*/giu;

/**
 * A date range in English, the end lending its month and year to the start where the start
 * leaves them out (`16–19 August 2022`, `August 16-19, 2022`, `16 August to 2 September 2022`),
 * or null. `from … to …` and `between … and …` are accepted.
 */
export function parseEnglishDateRange(text: string): { start: string; end: string } | null {
  const body = text
    .trim()
    .replace(/^(?:from|between)\s+/i, "")
    .replace(/\s+and\s+/i, " to ");
  for (const separator of body.matchAll(RANGE_SEPARATOR)) {
    const index = separator.index ?? 0;
    const left = readParts(body.slice(0, index));
    const right = readParts(body.slice(index + separator[0].length));
    if (!left || !right || right.year === undefined) continue;
    const endMonth = right.month ?? left.month;
    if (endMonth === undefined) continue;
    const startMonth = left.month ?? endMonth;
    const startYear = left.year ?? right.year;
    const end = iso(right.year, endMonth, right.day);
    const start = iso(startYear, startMonth, left.day);
    if (start !== null && end !== null && start <= end) return { start, end };
  }
  const single = parseEnglishDate(body);
  return single === null ? null : { start: single, end: single };
}
