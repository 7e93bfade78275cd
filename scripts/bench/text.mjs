// `pnpm bench text`: the text path beside the PDF path on the same document. A 300-page PDF (the
// plan fixture repeated with qpdf, in a temp dir) is read with @lianzheng/pdf and parsed; its
// `pdftotext -layout` text is read with @lianzheng/text (form recognised, grid read) and parsed
// by the same parser. Both in this process, best of --runs; the ratio is the figure to keep.
//
// Needs the built packages (`pnpm build`) and, from Debian, qpdf and poppler-utils.
//   pnpm bench text [--runs 3]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3;
const PAGES = 300;
const dist = (name) => import(pathToFileURL(join(root, `packages/${name}/dist/index.js`)).href);
const [{ readPdf }, { readAnyText }, { parseActionPlan }] = await Promise.all([
  dist("pdf"),
  dist("text"),
  dist("action-plan"),
]);

const dir = mkdtempSync(join(os.tmpdir(), "lianzheng-bench-text-"));
try {
  const fixture = join(root, "fixtures/pdf/plan-2023-zh.pdf");
  const pdf = join(dir, "long.pdf");
  const fixturePages = Number(execFileSync("qpdf", ["--show-npages", fixture], { encoding: "utf8" }).trim());
  const copies = Math.ceil(PAGES / fixturePages);
  execFileSync("qpdf", ["--empty", "--pages", ...Array(copies).fill(fixture), "--", pdf]);
  const txt = join(dir, "long.txt");
  execFileSync("pdftotext", ["-layout", pdf, txt]);
  const pdfBytes = readFileSync(pdf);
  const text = readFileSync(txt, "utf8");
  const pages = copies * fixturePages;

  const source = (format) => ({ path: `long.${format}`, format, sha256: "0".repeat(64), bytes: 1 });
  const best = async (run) => {
    let fastest = Number.POSITIVE_INFINITY;
    let result;
    for (let i = 0; i < runs; i++) {
      globalThis.gc?.();
      const start = performance.now();
      result = await run();
      fastest = Math.min(fastest, performance.now() - start);
    }
    return { ms: fastest, result };
  };
  const fromPdf = await best(async () => parseActionPlan(await readPdf(pdfBytes), { source: source("pdf") }));
  const fromText = await best(async () =>
    parseActionPlan(readAnyText(text).document, { source: source("text") }),
  );
  const readOnlyPdf = await best(() => readPdf(pdfBytes));
  const readOnlyText = await best(async () => readAnyText(text));
  const measures = (plan) => plan.strategies.reduce((sum, s) => sum + s.measures.length, 0);

  console.log(`${pages} pages (plan-2023-zh.pdf × ${copies}); best of ${runs} runs; read + parse`);
  console.log(
    `  PDF  (@lianzheng/pdf)          ${fromPdf.ms.toFixed(0).padStart(7)} ms  ${(pages / (fromPdf.ms / 1000)).toFixed(0).padStart(6)} pages/s  ${measures(fromPdf.result)} measures`,
  );
  console.log(
    `  text (pdftotext -layout, ${(text.length / 1e6).toFixed(1)} M chars) ${fromText.ms.toFixed(0).padStart(7)} ms  ${(pages / (fromText.ms / 1000)).toFixed(0).padStart(6)} pages/s  ${measures(fromText.result)} measures`,
  );
  console.log(
    `  text is ${(fromPdf.ms / fromText.ms).toFixed(1)}× faster than the PDF it came from (goal ≥ 20×)`,
  );
  console.log(
    `  reading alone: PDF ${readOnlyPdf.ms.toFixed(0)} ms, text ${readOnlyText.ms.toFixed(0)} ms: ${(readOnlyPdf.ms / readOnlyText.ms).toFixed(1)}×`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
