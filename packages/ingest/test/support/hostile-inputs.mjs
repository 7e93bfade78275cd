// Hostile inputs for the hardening suite (packages/ingest/test/hostile.test.ts, small sizes) and
// `pnpm bench hostile` (full sizes): Flate bombs, an operator bomb, long dense PDFs, a line of
// tabs, a report with a huge number of rows, a 400-digit number, Big5 text. Plain JavaScript so the
// bench can run it without a build; Node's zlib only.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createDeflate } from "node:zlib";

const MB = 1 << 20;

/** A PDF from object bodies (object n is `objects[n - 1]`), with a correct xref table. */
export function buildPdf(objects) {
  const parts = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let length = parts[0].length;
  const offsets = [];
  objects.forEach((body, index) => {
    offsets.push(length);
    const part = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`, "latin1"),
      Buffer.isBuffer(body) ? body : Buffer.from(body, "latin1"),
      Buffer.from("\nendobj\n", "latin1"),
    ]);
    parts.push(part);
    length += part.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`];
  for (const offset of offsets) xref.push(`${String(offset).padStart(10, "0")} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  parts.push(Buffer.from(xref.join(""), "latin1"));
  return Buffer.concat(parts);
}

function stream(data, flate) {
  const head = `<< /Length ${data.length}${flate ? " /Filter /FlateDecode" : ""} >>\nstream\n`;
  return Buffer.concat([Buffer.from(head, "latin1"), data, Buffer.from("\nendstream", "latin1")]);
}

/** `unit` repeated to `total` bytes and deflated, a megabyte at a time (never all in memory). */
function deflateRepeated(unit, total) {
  const chunk = Buffer.from(unit.repeat(Math.max(1, Math.floor(MB / unit.length))), "latin1");
  const deflate = createDeflate({ level: 9 });
  const out = [];
  deflate.on("data", (data) => out.push(data));
  const ended = new Promise((resolve, reject) => {
    deflate.on("end", () => resolve(Buffer.concat(out)));
    deflate.on("error", reject);
  });
  let written = 0;
  while (written + chunk.length <= total) {
    deflate.write(chunk);
    written += chunk.length;
  }
  if (written < total) deflate.write(chunk.subarray(0, total - written));
  deflate.end();
  return ended;
}

const FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
const page = (contents) =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} >>`;

/** One page whose second content stream inflates to `total` bytes of `unit`. */
export async function bombPdf(unit, total) {
  const head = Buffer.from("BT /F1 12 Tf 72 720 Td (Hello bomb) Tj ET\n", "latin1");
  const body = await deflateRepeated(unit, total);
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
    FONT,
    page("[5 0 R 6 0 R]"),
    stream(head, false),
    stream(body, true),
  ]);
}

/** `pages` pages sharing one content stream of `lines` text lines. */
export function densePdf(pages, lines) {
  let content = "";
  for (let i = 0; i < lines; i++)
    content += `BT /F1 9 Tf 40 ${800 - 9 * i} Td (Line ${i} of a long page of text) Tj ET\n`;
  const kids = Array.from({ length: pages }, (_, i) => `${6 + i} 0 R`).join(" ");
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    FONT,
    "<< >>",
    stream(Buffer.from(content, "latin1"), false),
    ...Array.from({ length: pages }, () => page("5 0 R")),
  ]);
}

/** Seed 003 (an execution report) with one line of `count` tabs after its first 2,000 characters. */
export const tabLine = (seed, count) => `${seed.slice(0, 2000)}${"\t".repeat(count)}\n${seed.slice(2000)}`;

/** Seed 003 with `count` extra two-cell rows. */
export function manyRows(seed, count) {
  const rows = [];
  for (let i = 0; i < count; i++) rows.push(`序次\t${i}\n`);
  return seed + rows.join("");
}

/** Seed 003 with a count of `digits` nines in one cell. */
export const hugeNumber = (seed, digits) =>
  seed.replace(
    "行政院暨所屬機關(構)簽署內部控制聲明書完成率為100%。",
    `行政院暨所屬機關(構)簽署內部控制聲明書 ${"9".repeat(digits)} 件，完成率為100%。`,
  );

/** Sizes for the test suite (fast) and for the bench (the sizes the issue reported). */
export const SIZES = {
  small: {
    bombs: [8],
    opsBomb: 2,
    dense: [60],
    denseLines: 80,
    tabs: [100_000],
    rows: [20_000],
    digits: 400,
  },
  full: {
    bombs: [128, 256, 512, 1024],
    opsBomb: 200,
    dense: [500, 1000, 1400, 1999],
    denseLines: 80,
    tabs: [10_000, 100_000, 1_048_576],
    rows: [5_000, 20_000, 150_000],
    digits: 400,
  },
};

/**
 * Write the hostile inputs of one size into `dir`; returns their file names. `root` is the
 * repository (for seed 003).
 */
export async function writeHostileInputs(dir, root, size = "small") {
  const sizes = SIZES[size];
  const seed = readFileSync(join(root, "seeds/003_2d62c1db8ab3e0f0.txt"), "utf8");
  mkdirSync(dir, { recursive: true });
  const written = [];
  const put = (name, data) => {
    writeFileSync(join(dir, name), data);
    written.push(name);
  };
  for (const mb of sizes.bombs) put(`bomb-${mb}m-spaces.pdf`, await bombPdf(" ", mb * MB));
  put(`bomb-ops-${sizes.opsBomb}m.pdf`, await bombPdf("BT /F1 1 Tf (A) Tj ET\n", sizes.opsBomb * MB));
  for (const pages of sizes.dense)
    put(`dense-${pages}p-${sizes.denseLines}l.pdf`, densePdf(pages, sizes.denseLines));
  for (const count of sizes.tabs) put(`tabs-${count}.txt`, tabLine(seed, count));
  for (const count of sizes.rows) put(`rows-${count}-report.txt`, manyRows(seed, count));
  put("huge-number.txt", hugeNumber(seed, sizes.digits));
  return written;
}
