#!/usr/bin/env node
// Writes the small PDFs of fixtures/pdf/faults/: each shows one way real producers draw tables
// that the reader once got wrong (Word's cell shading, page rotation, character spacing, word
// spaces, merged cells, two-row headers, charts, fake bold). PDF operators are written directly,
// so every byte is known and the same on every machine. See fixtures/pdf/faults/README.md.
//
//   node scripts/make-fault-fixtures.mjs
//
// Pages are designed in top-down points on the page as it should read; `Canvas` maps them to PDF
// user space through the page's /Rotate and, for a table printed sideways, a quarter turn.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const outDir = fileURLToPath(new URL("../fixtures/pdf/faults/", import.meta.url));

// Glyph widths (per 1000 em) written into each font's /Widths, so the reader and this script
// measure text the same way. Helvetica's and Times-Roman's are their AFM widths.
/** Widths by character: the characters of `chars` in order, with `widths` (space-separated) in order. */
const widthTable = (chars, widths) => {
  const list = widths.trim().split(/\s+/).map(Number);
  return Object.fromEntries([...chars].map((char, i) => [char, list[i]]));
};
const DIGITS = "0123456789";
const HELVETICA = widthTable(
  ` !"#$%&'()*+,-./:;<=>?@${DIGITS}ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz`,
  `278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 278 278 584 584 584 556 1015
   556 556 556 556 556 556 556 556 556 556
   667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 611 722 667 944 667 667 611
   556 556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 500 500 500`,
);
const TIMES = widthTable(
  ` %&(),-./:=${DIGITS}ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz`,
  `250 833 778 333 333 250 333 250 278 278 564
   500 500 500 500 500 500 500 500 500 500
   722 667 667 722 611 556 722 722 333 389 722 611 889 722 722 556 722 667 556 611 722 722 944 722 722 611
   444 500 444 500 444 333 500 500 278 278 500 278 778 500 500 500 500 333 389 278 500 500 722 500 500 444`,
);
const COURIER = Object.fromEntries(Array.from({ length: 95 }, (_, i) => [String.fromCharCode(32 + i), 600]));
// A Helvetica whose space is narrow (180), as in tightly set fonts: gaps alone must show words.
const NARROW_SPACE = { ...HELVETICA, " ": 180 };

/** The fonts every fixture's pages may use, by resource name. */
const FONTS = {
  F1: { base: "Helvetica", widths: HELVETICA },
  F2: { base: "Times-Roman", widths: TIMES },
  F3: { base: "Courier", widths: COURIER },
  F4: { base: "Helvetica-Bold", widths: HELVETICA },
  F5: { base: "Helvetica", widths: NARROW_SPACE },
  // CJK fonts every reader knows without embedding (Adobe's predefined CMaps), UCS-2 codes.
  C1: { cjk: "STSong-Light", encoding: "UniGB-UCS2-H", ordering: "GB1", supplement: 4 },
  C2: { cjk: "MSung-Light", encoding: "UniCNS-UCS2-H", ordering: "CNS1", supplement: 4 },
};

const widthOf = (font, text, size) =>
  FONTS[font].cjk
    ? [...text].length * size
    : [...text].reduce((sum, char) => sum + (FONTS[font].widths[char] ?? 500), 0) * (size / 1000);

/** A PDF string of `text` in `font`: literal for the single-byte fonts, hex UCS-2 for CJK. */
function pdfString(font, text) {
  if (FONTS[font].cjk) {
    return `<${[...text].map((c) => c.codePointAt(0).toString(16).padStart(4, "0")).join("")}>`;
  }
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

const num = (value) => {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? "0" : String(rounded);
};

/**
 * One page: operators in top-down design coordinates (`width` × `height` as the page should
 * read), mapped to user space. `rotate` is the page's /Rotate; `turn` (quarter turns clockwise)
 * prints the design sideways on the shown page, as a landscape table on a portrait sheet.
 */
class Canvas {
  constructor({ width = 595, height = 842, rotate = 0, turn = 0 } = {}) {
    this.ops = [];
    this.rotate = rotate;
    // Design (top-down) → shown page (top-down): a quarter turn clockwise maps (x, y) to (h − y, x).
    let shown = { w: width, h: height, map: (x, y) => [x, y] };
    for (let i = 0; i < turn; i++) {
      const { w, h, map } = shown;
      shown = { w: h, h: w, map: (x, y) => ((px, py) => [h - py, px])(...map(x, y)) };
    }
    // Shown page (top-down) → user space, undoing /Rotate (clockwise) on a media box W × H.
    const quarter = (((rotate / 90) % 4) + 4) % 4;
    const W = quarter % 2 === 0 ? shown.w : shown.h;
    const H = quarter % 2 === 0 ? shown.h : shown.w;
    this.mediaBox = [0, 0, W, H];
    const toUser = [(X, Y) => [X, H - Y], (X, Y) => [Y, X], (X, Y) => [W - X, Y], (X, Y) => [W - Y, H - X]][
      quarter
    ];
    this.point = (x, y) => toUser(...shown.map(x, y));
  }

  /** Direction vectors in user space of design "right" and design "up". */
  frame(x, y) {
    const [ox, oy] = this.point(x, y);
    const [rx, ry] = this.point(x + 1, y);
    const [ux, uy] = this.point(x, y - 1);
    return [rx - ox, ry - oy, ux - ox, uy - oy, ox, oy];
  }

  /** Text with its baseline starting at (x, y); `tj` replaces the string by a TJ array body. */
  text(font, size, x, y, text, { tc = 0, tj, gray = 0 } = {}) {
    const m = this.frame(x, y).map(num).join(" ");
    const show = tj ? `[${tj}] TJ` : `${pdfString(font, text)} Tj`;
    this.ops.push(`BT ${gray} g /${font} ${size} Tf ${num(tc)} Tc ${m} Tm ${show} ET`);
  }

  /** A stroked line. */
  line(x0, y0, x1, y1, width = 0.5, gray = 0) {
    const [a, b] = this.point(x0, y0);
    const [c, d] = this.point(x1, y1);
    this.ops.push(`${width} w ${gray} G ${num(a)} ${num(b)} m ${num(c)} ${num(d)} l S`);
  }

  /** A filled axis-aligned rectangle (design coordinates of its top-left corner and size). */
  fill(x, y, w, h, rgb) {
    const corners = [this.point(x, y), this.point(x + w, y), this.point(x + w, y + h), this.point(x, y + h)];
    const path = corners.map(([a, b], i) => `${num(a)} ${num(b)} ${i === 0 ? "m" : "l"}`).join(" ");
    this.ops.push(`${rgb.map(num).join(" ")} rg ${path} h f`);
  }

  /** A stroked rectangle. */
  box(x, y, w, h, width = 0.5, gray = 0) {
    const corners = [this.point(x, y), this.point(x + w, y), this.point(x + w, y + h), this.point(x, y + h)];
    const path = corners.map(([a, b], i) => `${num(a)} ${num(b)} ${i === 0 ? "m" : "l"}`).join(" ");
    this.ops.push(`${width} w ${gray} G ${path} h S`);
  }
}

/**
 * A ruled table. `rows` are arrays of cells: a string, or `{ text, rowSpan, colSpan }`; `null`
 * marks a place a merged cell covers. Borders are stroked lines (`stroke`) or thin filled
 * rectangles (`thin`, as Word draws them); `shade(row, col)` gives a cell's fill, drawn as Word
 * draws shading: a box over the cell and a second one inset by `inset` points.
 */
function drawTable(
  canvas,
  {
    x,
    y,
    widths,
    rowHeight,
    rows,
    font,
    size,
    border = "stroke",
    shade,
    inset = 5.4,
    insetY = 0,
    lineWidth = 0.5,
    doubleBelow,
  },
) {
  const edgesOf = (start, sizes) => {
    const edges = [start];
    for (const size of sizes) edges.push(edges.at(-1) + size);
    return edges;
  };
  const xs = edgesOf(x, widths);
  const heights = Array.isArray(rowHeight) ? rowHeight : rows.map(() => rowHeight);
  const ys = edgesOf(y, heights);
  const cells = [];
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null) return;
      const spec = typeof cell === "string" ? { text: cell } : cell;
      cells.push({ r, c, rowSpan: spec.rowSpan ?? 1, colSpan: spec.colSpan ?? 1, ...spec });
    });
  });
  // Shading first, then text, then borders, as Word writes a table.
  for (const cell of cells) {
    const rgb = shade?.(cell.r, cell.c);
    if (!rgb) continue;
    const [x0, x1] = [xs[cell.c], xs[cell.c + cell.colSpan]];
    const [y0, y1] = [ys[cell.r], ys[cell.r + cell.rowSpan]];
    canvas.fill(x0, y0, x1 - x0, y1 - y0, rgb);
    canvas.fill(x0 + inset, y0 + insetY, x1 - x0 - 2 * inset, y1 - y0 - 2 * insetY, rgb);
  }
  for (const cell of cells) {
    if (!cell.text) continue;
    const top = ys[cell.r];
    canvas.text(cell.font ?? font, size, xs[cell.c] + 5.4, top + 4 + size * 0.85, cell.text);
  }
  const rule = (x0, y0, x1, y1) => {
    if (border === "stroke") canvas.line(x0, y0, x1, y1, lineWidth);
    else if (y0 === y1) canvas.fill(x0, y0 - lineWidth / 2, x1 - x0, lineWidth, [0, 0, 0]);
    else canvas.fill(x0 - lineWidth / 2, y0, lineWidth, y1 - y0, [0, 0, 0]);
  };
  // Horizontal borders: under every row, except through a cell spanning rows.
  ys.forEach((yy, r) => {
    for (let c = 0; c < widths.length; c++) {
      const through = cells.some(
        (cell) => cell.c <= c && c < cell.c + cell.colSpan && cell.r < r && r < cell.r + cell.rowSpan,
      );
      if (!through) rule(xs[c], yy, xs[c + 1], yy);
    }
  });
  xs.forEach((xx, c) => {
    for (let r = 0; r < heights.length; r++) {
      const through = cells.some(
        (cell) => cell.r <= r && r < cell.r + cell.rowSpan && cell.c < c && c < cell.c + cell.colSpan,
      );
      if (!through) rule(xx, ys[r], xx, ys[r + 1]);
    }
  });
  if (doubleBelow !== undefined) rule(xs[0], ys[doubleBelow + 1] + 2.5, xs.at(-1), ys[doubleBelow + 1] + 2.5);
  return { xs, ys };
}

/** The PDF file of some pages (objects: catalog, pages, fonts, then each page and its content). */
function writePdf(name, canvases) {
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add(null);
  const pagesObj = add(null);
  const fontRefs = {};
  for (const [key, font] of Object.entries(FONTS)) {
    if (font.cjk) {
      const descriptor = add(
        `<< /Type /FontDescriptor /FontName /${font.cjk} /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>`,
      );
      const cid = add(
        `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${font.cjk} /CIDSystemInfo << /Registry (Adobe) /Ordering (${font.ordering}) /Supplement ${font.supplement} >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
      );
      fontRefs[key] = add(
        `<< /Type /Font /Subtype /Type0 /BaseFont /${font.cjk}-${font.encoding} /Encoding /${font.encoding} /DescendantFonts [${cid} 0 R] >>`,
      );
    } else {
      const widths = Array.from({ length: 95 }, (_, i) => font.widths[String.fromCharCode(32 + i)] ?? 500);
      fontRefs[key] = add(
        `<< /Type /Font /Subtype /Type1 /BaseFont /${font.base} /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [${widths.join(" ")}] >>`,
      );
    }
  }
  const fontDict = Object.entries(fontRefs)
    .map(([key, ref]) => `/${key} ${ref} 0 R`)
    .join(" ");
  const kids = [];
  for (const canvas of canvases) {
    const content = canvas.ops.join("\n");
    const stream = add(
      `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    );
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [${canvas.mediaBox.map(num).join(" ")}]${canvas.rotate ? ` /Rotate ${canvas.rotate}` : ""} /Resources << /Font << ${fontDict} >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let out = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  writeFileSync(join(outDir, name), Buffer.from(out, "latin1"));
}

const GREY = [0.851, 0.851, 0.851]; // Word's "White, Background 1, Darker 15%"
const BAND = [0.949, 0.949, 0.949];
const BLUE = [0.867, 0.922, 0.969];

// 1. Word-style shading: a 3 × 3 table (header shaded, body banded) with thin filled borders, and
//    a 4-column table, every cell shaded, stroked borders, a double rule under the header.
function wordShading() {
  const page = new Canvas();
  page.text("F1", 12, 56.7, 60, "Offices and staff");
  drawTable(page, {
    x: 56.7,
    y: 80,
    widths: [140, 110, 120],
    rowHeight: 20,
    font: "F1",
    size: 10,
    border: "thin",
    rows: [
      ["Region", "Offices", "Staff"],
      ["North", "12", "1,204"],
      ["Central", "9", "877"],
      ["South", "15", "1,530"],
    ],
    shade: (r) => (r === 0 ? GREY : r % 2 === 1 ? BAND : undefined),
  });
  page.text("F2", 12, 56.7, 200, "Cases by year");
  drawTable(page, {
    x: 56.7,
    y: 220,
    widths: [70, 90, 100, 80],
    rowHeight: 18,
    font: "F2",
    size: 10.5,
    border: "stroke",
    lineWidth: 0.75,
    inset: 4.95,
    insetY: 1.5,
    rows: [
      ["Year", "Cases", "Convictions", "Rate"],
      ["2019", "1,772", "1,204", "67.9%"],
      ["2020", "1,655", "1,130", "68.3%"],
      ["2021", "1,590", "1,118", "70.3%"],
    ],
    shade: () => BLUE,
    doubleBelow: 0,
  });
  writePdf("word-shading.pdf", [page]);
}

// 2. Rotation: a landscape table stored sideways with /Rotate 90 and 270, upside down with
//    /Rotate 180, shown sideways by a /Rotate 90 over upright content, and printed sideways on an
//    unrotated portrait page (text running upwards).
function rotation() {
  const tables = [
    {
      rotate: 90,
      turn: 0,
      title: "Audits by agency",
      rows: [
        ["Agency", "Audits", "Findings"],
        ["Ministry of Justice", "14", "3"],
        ["Ministry of Finance", "22", "7"],
      ],
    },
    {
      rotate: 270,
      turn: 0,
      title: "Reports by unit",
      rows: [
        ["Unit", "Reports", "Closed"],
        ["Investigation", "41", "38"],
        ["Prevention", "17", "17"],
      ],
    },
    {
      rotate: 180,
      turn: 0,
      title: "Cases by quarter",
      rows: [
        ["Quarter", "Cases", "Amount"],
        ["First", "8", "1,200"],
        ["Second", "11", "2,050"],
      ],
    },
    {
      // Upright in user space, /Rotate 90 on top (as `qpdf --rotate=+90` leaves a page): shown sideways.
      rotate: 90,
      turn: 1,
      title: "Hearings by court",
      rows: [
        ["Court", "Hearings", "Rulings"],
        ["Taipei District", "52", "47"],
        ["Shilin District", "19", "18"],
      ],
    },
    {
      rotate: 0,
      turn: 3,
      title: "Training by county",
      rows: [
        ["County", "Training", "Attendance"],
        ["Hualien", "6", "310"],
        ["Taitung", "4", "185"],
      ],
    },
  ];
  const pages = tables.map(({ rotate, turn, title, rows }, i) => {
    const page = new Canvas({ width: 842, height: 595, rotate, turn });
    page.text("F1", 14, 60, 90, title);
    drawTable(page, {
      x: 60,
      y: 110,
      widths: [200 + 10 * i, 120, 140],
      rowHeight: 22,
      font: "F1",
      size: 11,
      rows,
    });
    return page;
  });
  writePdf("rotation.pdf", pages);
}

/**
 * A TJ body that draws `text` with character spacing `tc` and kerning that takes it back, so the
 * glyphs sit as without spacing (as some producers write every glyph).
 */
const spacedTj = (font, text, size, tc) =>
  [...text].map((char) => pdfString(font, char)).join(` ${num((tc / size) * 1000)} `);

// 3. Character spacing: each row of a table drawn by one TJ across its three cells, with Tc and
//    the opposite kerning inside the words, and a wide kerning jump to the next cell.
function charSpacing() {
  const page = new Canvas();
  const size = 9;
  const widths = [150, 90, 90];
  const rows = [
    ["Item", "Amount", "Change"],
    ["Salaries", "1,772", "-3.5%"],
    ["Travel and training", "245", "12.0%"],
    ["Equipment", "31,006", "0.8%"],
  ];
  const { xs, ys } = drawTable(page, {
    x: 70,
    y: 100,
    widths,
    rowHeight: 18,
    font: "F1",
    size,
    rows: rows.map((r) => r.map(() => "")),
  });
  // Spacing per row: small, wider than half an em, negative, and between.
  const spacings = [1.5, 7.5, -2, 4];
  rows.forEach((row, r) => {
    const tc = spacings[r] ?? 1;
    const parts = [];
    let pen = xs[0] + 5.4;
    row.forEach((text, c) => {
      const target = xs[c] + 5.4;
      // Jump from the pen to the cell's start: a TJ number is thousandths of the font size.
      if (c > 0) parts.push(num(((pen - target) / size) * 1000));
      parts.push(spacedTj("F1", text, size, tc));
      pen = target + widthOf("F1", text, size) + tc; // the last glyph's spacing is not taken back
    });
    page.text("F1", size, xs[0] + 5.4, ys[r] + 4 + size * 0.85, "", { tc, tj: parts.join(" ") });
  });
  // Narrow columns of right-aligned figures, 1 pt of cell padding: the next cell's text starts
  // a third of an em after the last, still a separate cell. One TJ per row, Tc 1 taken back.
  const quarters = [
    ["A-17", "1,772", "31,006", "12,440"],
    ["B-02", "245", "98,113", "7,005"],
  ];
  const narrow = drawTable(page, {
    x: 70,
    y: 220,
    widths: [50, 31, 31, 31],
    rowHeight: 16,
    font: "F1",
    size,
    rows: [["Code", "Q1", "Q2", "Q3"], ...quarters.map((row) => row.map(() => ""))],
  });
  quarters.forEach((row, r) => {
    const tc = 1;
    const parts = [];
    let pen = narrow.xs[0] + 5.4;
    row.forEach((text, c) => {
      const target = c === 0 ? pen : narrow.xs[c + 1] - 1 - widthOf("F1", text, size);
      if (c > 0) parts.push(num(((pen - target) / size) * 1000));
      parts.push(spacedTj("F1", text, size, tc));
      pen = target + widthOf("F1", text, size) + tc;
    });
    page.text("F1", size, narrow.xs[0] + 5.4, narrow.ys[r + 1] + 3 + size * 0.85, "", {
      tc,
      tj: parts.join(" "),
    });
  });
  writePdf("char-spacing.pdf", [page]);
}

// 4. Word spaces: words drawn one by one with tight gaps and no space glyph; real space glyphs in
//    a font whose space is narrow; a space drawn on its own between words; words with character
//    spacing; a monospaced line with real spaces.
function wordSpaces() {
  const page = new Canvas();
  const sentence = "FY=Financial Year ending March 31";
  const widths = [60, 300];
  const { xs, ys } = drawTable(page, {
    x: 60,
    y: 100,
    widths,
    rowHeight: 20,
    font: "F1",
    size: 9,
    rows: [
      ["Form", "Text"],
      ["gaps", ""],
      ["glyphs", ""],
      ["alone", ""],
      ["spacing", ""],
      ["mono", ""],
    ],
  });
  const size = 9;
  const baseline = (r) => ys[r] + 4 + size * 0.85;
  const left = xs[1] + 5.4;
  const words = sentence.split(" ");
  // Row 1: each word its own text object, 0.2 em apart (a narrow space's width).
  let x = left;
  for (const word of words) {
    page.text("F1", size, x, baseline(1), word);
    x += widthOf("F1", word, size) + 0.2 * size;
  }
  // Row 2: one string with its space glyphs, in the font whose space is 0.18 em.
  page.text("F5", size, left, baseline(2), sentence);
  // Row 3: words and spaces, each drawn on its own, in the font whose space is 0.18 em.
  x = left;
  words.forEach((word, i) => {
    page.text("F5", size, x, baseline(3), word);
    x += widthOf("F5", word, size);
    if (i < words.length - 1) {
      page.text("F5", size, x, baseline(3), " ");
      x += widthOf("F5", " ", size);
    }
  });
  // Row 4: character spacing 1 pt, each word its own text object, 0.2 em after the spacing.
  x = left;
  for (const word of words) {
    page.text("F1", size, x, baseline(4), word, { tc: 1 });
    x += widthOf("F1", word, size) + [...word].length * 1 + 0.2 * size;
  }
  // Row 5: Courier, real spaces.
  page.text("F3", size, left, baseline(5), sentence);
  writePdf("word-spaces.pdf", [page]);
}

// 5. Merged first column: a group cell spanning 8 and then 11 rows on one page (names in the
//    next column, no numbering), and a table whose leading column is empty in most rows.
function mergedRows() {
  const page = new Canvas();
  const north = ["Keelung", "Taipei", "New Taipei", "Taoyuan", "Hsinchu", "Miaoli", "Yilan", "Lienchiang"];
  const south = [
    "Taichung",
    "Changhua",
    "Nantou",
    "Yunlin",
    "Chiayi",
    "Tainan",
    "Kaohsiung",
    "Pingtung",
    "Penghu",
    "Hualien",
    "Taitung",
  ];
  const rows = [["Region", "Office", "Cases", "Closed"]];
  north.forEach((name, i) => {
    rows.push([
      i === 0 ? { text: "North and islands", rowSpan: 8 } : null,
      name,
      String(10 + i),
      String(9 + i),
    ]);
  });
  south.forEach((name, i) => {
    rows.push([
      i === 0 ? { text: "Central and south", rowSpan: 11 } : null,
      name,
      String(20 + i),
      String(18 + i),
    ]);
  });
  drawTable(page, { x: 56.7, y: 70, widths: [110, 120, 70, 70], rowHeight: 16, font: "F2", size: 10, rows });
  page.text("F1", 11, 56.7, 430, "Follow-up list");
  drawTable(page, {
    x: 56.7,
    y: 450,
    widths: [40, 150, 110, 90],
    rowHeight: 17,
    font: "F1",
    size: 9,
    border: "thin",
    rows: [
      ["Flag", "Name", "Role", "Status"],
      ["", "Chen Mei-ling", "Auditor", "Open"],
      ["", "Lin Chih-hao", "Investigator", "Closed"],
      ["*", "Wang Shu-fen", "Auditor", "Open"],
      ["", "Huang Kuo-wei", "Clerk", "Open"],
    ],
  });
  writePdf("merged-rows.pdf", [page]);
}

// 6. Two header rows: a label spanning two rows and group labels spanning two sub-columns each;
//    the table runs onto a second page, where the producer repeats both header rows.
function twoRowHeader() {
  const header = [
    [
      { text: "Airport", rowSpan: 2 },
      { text: "Intl Pax", colSpan: 2 },
      null,
      { text: "Domestic Pax", colSpan: 2 },
      null,
    ],
    [null, "Traffic", "Share", "Traffic", "Share"],
  ];
  const body = [
    ["Taoyuan", "46,380", "82%", "1,204", "9%"],
    ["Songshan", "2,210", "4%", "5,870", "44%"],
    ["Kaohsiung", "6,530", "12%", "2,410", "18%"],
    ["Taichung", "1,050", "2%", "3,880", "29%"],
  ];
  const pages = [body.slice(0, 2), body.slice(2)].map((part) => {
    const page = new Canvas();
    drawTable(page, {
      x: 60,
      y: 120,
      widths: [100, 80, 60, 80, 60],
      rowHeight: 18,
      font: "F1",
      size: 9.5,
      rows: [
        header[0].map((cell) => (cell && typeof cell === "object" ? { ...cell, font: "F4" } : cell)),
        header[1].map((cell) => (typeof cell === "string" ? { text: cell, font: "F4" } : cell)),
        ...part,
      ],
      shade: (r) => (r < 2 ? GREY : undefined),
    });
    return page;
  });
  pages[0].text("F1", 12, 60, 100, "Passenger traffic (thousands)");
  writePdf("two-row-header.pdf", pages);
}

// 7. A chart with gridlines and bars, a photo in a double frame, and then a real table.
function chart() {
  const page = new Canvas();
  page.text("F1", 12, 60, 60, "Figure 1. Cases by year");
  const [x0, y0, w, h] = [100, 80, 300, 200];
  for (let i = 1; i < 5; i++) page.line(x0, y0 + (i * h) / 5, x0 + w, y0 + (i * h) / 5, 0.5, 0.75);
  for (let i = 1; i < 5; i++) page.line(x0 + (i * w) / 5, y0, x0 + (i * w) / 5, y0 + h, 0.5, 0.75);
  const values = [120, 150, 90, 170, 140];
  values.forEach((value, i) => {
    const bx = x0 + i * 60 + 15;
    const top = y0 + h - value * 0.8; // the axis runs 0–250 over the plot's 200 pt
    page.fill(bx, top, 30, value * 0.8, [0.27, 0.45, 0.77]);
    if (i % 2 === 0) page.text("F1", 8, bx + 6, top - 3, String(value));
  });
  page.box(x0, y0, w, h, 0.75);
  ["0", "50", "100", "150", "200", "250"].forEach((label, i) => {
    page.text("F1", 8, x0 - 20, y0 + h - i * 40 + 3, label);
  });
  ["2017", "2018", "2019", "2020", "2021"].forEach((label, i) => {
    page.text("F1", 8, x0 + i * 60 + 20, y0 + h + 12, label);
  });
  // A photograph's place: an outer and an inner frame, the caption below.
  page.box(100, 320, 220, 140, 1);
  page.box(106, 326, 208, 128, 0.5);
  page.fill(106, 326, 208, 128, [0.6, 0.6, 0.6]);
  page.text("F1", 9, 100, 475, "Photo 1. The integrity workshop");
  drawTable(page, {
    x: 100,
    y: 500,
    widths: [100, 100],
    rowHeight: 18,
    font: "F1",
    size: 10,
    rows: [["Year", "Cases"], ...["2017", "2018", "2019"].map((year, i) => [year, String(values[i])])],
  });
  writePdf("chart.pdf", [page]);
}

// 8. Fake bold: a CJK header drawn glyph by glyph twice (0.3 pt apart, `项项目目`), a title drawn
//    twice whole, slightly offset; words with real double letters stay.
function fakeBold() {
  const page = new Canvas();
  // The title twice, 0.35 pt right and 0.2 pt down the second time.
  page.text("F2", 14, 60, 70, "Committee Approval");
  page.text("F2", 14, 60.35, 70.2, "Committee Approval");
  const { xs, ys } = drawTable(page, {
    x: 60,
    y: 100,
    widths: [120, 100, 160],
    rowHeight: 20,
    font: "C1",
    size: 10,
    rows: [
      ["", "", ""],
      ["办公用品", "1,200", "已核销"],
      ["差旅费", "3,400", "待审核"],
    ],
  });
  ["项目", "金额", "说明"].forEach((label, c) => {
    // Each glyph, then kerning back by 0.97 em, the glyph again, and on to the next.
    const tj = [...label].map((char) => `${pdfString("C1", char)} 970 ${pdfString("C1", char)} 30`).join(" ");
    page.text("C1", 10, xs[c] + 5.4, ys[0] + 4 + 8.5, "", { tj });
  });
  page.text("C2", 10.5, 60, 190, "備註：本表單位為新臺幣元。");
  page.text("C2", 10.5, 60.3, 190, "備註：本表單位為新臺幣元。");
  writePdf("fake-bold.pdf", [page]);
}

mkdirSync(outDir, { recursive: true });
wordShading();
rotation();
charSpacing();
wordSpaces();
mergedRows();
twoRowHeader();
chart();
fakeBold();
