import type { TextRun } from "../types.js";
import { type Quarter, quarterOf } from "./orientation.js";

/** One glyph where the page shows it: its baseline from the pen position to the end of its own advance. */
export interface PlacedGlyph {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** A space glyph (kept in the text: it is the PDF's own word space). */
  space: boolean;
}

/**
 * A glyph with where its own advance starts and ends along the line (text space, before hScale);
 * one object per glyph, which the run collector then takes as the PlacedGlyph it is.
 */
export interface DrawnGlyph extends PlacedGlyph {
  start: number;
  end: number;
}

/** Letter spacing above this (font sizes) is taken for gaps between words or cells. */
const MAX_TRACKING = 0.3;
/** Fewer gaps between letters than this tell nothing about letter spacing. */
const MIN_TRACKING_GAPS = 3;

/**
 * The letter spacing a producer wrote into a TJ array (the same gap after every glyph, as
 * Chromium writes CSS letter-spacing), beyond character spacing: the median gap between two
 * non-space glyphs, when there are enough of them and it is positive and small; else 0.
 */
export function trackingOf(drawn: readonly DrawnGlyph[], fontSize: number, charSpacing = 0): number {
  const gaps: number[] = [];
  for (let i = 1; i < drawn.length; i++) {
    const before = drawn[i - 1] as DrawnGlyph;
    const glyph = drawn[i] as DrawnGlyph;
    if (!before.space && !glyph.space) gaps.push(glyph.start - before.end - charSpacing);
  }
  if (gaps.length < MIN_TRACKING_GAPS) return 0;
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)] as number;
  return median > 0 && median <= MAX_TRACKING * fontSize ? median : 0;
}

/** The style shared by the glyphs of one text-showing operation. */
export interface RunStyle {
  /** Font size on the page (pt). */
  size: number;
  fontName: string;
  bold: boolean;
  /** Direction of the baseline on the page (a unit vector, top-down coordinates). */
  dx: number;
  dy: number;
  /** The marked-content id the glyphs are drawn in (tagged PDFs). */
  mcid?: number | undefined;
}

/**
 * The same character drawn again closer than this (in font sizes) to where it was drawn is an
 * overprint, which some producers use as fake bold (`项项目目`); real neighbours are at least a
 * narrow glyph's advance (about 0.2 em) apart.
 */
const OVERPRINT = 0.12;
/** Height (pt) of the bands overprints are looked up in; a band and its neighbours are searched. */
const BAND = 4;
/** A space glyph standing on its own joins the run it touches if it is this close (font sizes). */
const TOUCH = 0.3;

/**
 * Collects a page's text runs glyph by glyph: drops overprinted glyphs, keeps space glyphs, and
 * counts the characters per text direction (to turn pages whose text runs sideways).
 */
export class RunCollector {
  readonly runs: TextRun[] = [];
  /** Non-space characters per direction, quarter turns clockwise from left-to-right. */
  readonly directions: [number, number, number, number] = [0, 0, 0, 0];
  /** Where each character was drawn: by band of baselines (BAND pt high), then by character. */
  private readonly drawn = new Map<number, Map<string, number[]>>();

  /** True when the same character was drawn at (almost) this place before: an overprint. */
  isOverprint(glyph: PlacedGlyph, size: number): boolean {
    if (glyph.space || glyph.text === "") return false;
    const tolerance = OVERPRINT * size;
    const band = Math.floor(glyph.y0 / BAND);
    for (let near = band - 1; near <= band + 1; near++) {
      const seen = this.drawn.get(near)?.get(glyph.text);
      if (!seen) continue;
      for (let i = 0; i < seen.length; i += 2) {
        if (
          Math.abs((seen[i] as number) - glyph.x0) <= tolerance &&
          Math.abs((seen[i + 1] as number) - glyph.y0) <= tolerance
        ) {
          return true;
        }
      }
    }
    let byText = this.drawn.get(band);
    if (!byText) {
      byText = new Map();
      this.drawn.set(band, byText);
    }
    const seen = byText.get(glyph.text);
    if (seen) seen.push(glyph.x0, glyph.y0);
    else byText.set(glyph.text, [glyph.x0, glyph.y0]);
    return false;
  }

  /** Adds the glyphs of one run (consecutive glyphs that follow each other on the baseline). */
  add(glyphs: readonly PlacedGlyph[], style: RunStyle): void {
    const first = glyphs[0];
    const last = glyphs.at(-1);
    if (!first || !last) return;
    // The text and its count of non-space characters, in one pass over the glyphs.
    let text = "";
    let letters = 0;
    for (const glyph of glyphs) {
      text += glyph.text;
      if (glyph.space) continue;
      // A glyph that is not a space holds a non-space character; only a longer one (a ligature's
      // letters) can hold spaces as well.
      letters += glyph.text.length === 1 ? 1 : glyph.text.replace(/\s/gu, "").length;
    }
    const quarter = quarterOf(style.dx, style.dy);
    if (letters === 0) {
      this.attachSpace(first, last, style);
      return;
    }
    this.directions[quarter] += letters;
    const { x, y, width } = place(first, last, quarter);
    this.runs.push({
      text,
      x,
      y,
      width,
      fontSize: style.size,
      fontName: style.fontName,
      bold: style.bold,
      ...(style.mcid === undefined ? {} : { mcid: style.mcid }),
    });
  }

  /**
   * A run of only spaces is kept as the space it is when it touches the end of the run before
   * (a word, then a space drawn on its own); elsewhere (a line's indent, padding) it is dropped.
   */
  private attachSpace(first: PlacedGlyph, last: PlacedGlyph, style: RunStyle): void {
    const previous = this.runs.at(-1);
    if (!previous || quarterOf(style.dx, style.dy) !== 0 || previous.text.endsWith(" ")) return;
    const end = previous.x + previous.width;
    const near = TOUCH * style.size;
    if (Math.abs(first.x0 - end) <= near && Math.abs(first.y0 - previous.y) <= near) {
      previous.text += " ";
      previous.width = Math.max(previous.width, last.x1 - previous.x);
    }
  }
}

/** Position and width of a run: left to right as drawn, else its extent along the page's x axis. */
function place(first: PlacedGlyph, last: PlacedGlyph, quarter: Quarter): Pick<TextRun, "x" | "y" | "width"> {
  if (quarter === 0) return { x: first.x0, y: first.y0, width: last.x1 - first.x0 };
  const x = Math.min(first.x0, last.x1);
  return { x, y: Math.max(first.y0, last.y1), width: Math.max(first.x0, last.x1) - x };
}
