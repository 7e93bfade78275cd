// `pnpm bench browser-pdf`: the browser reader's sizes, and its speed against the Node reader.
// Sizes: the page's entry (`@lianzheng/pdf/browser`, bundled and minified as a site would bundle
// it, against the workspace sources and against the built packages), the worker (PDF.js and the
// reader's own code, loaded when a PDF is read), and the CMaps and standard fonts beside it (each
// fetched only when a PDF needs it). Speed: each fixture read in Chromium with a fresh worker
// (PDF.js parsed each time: a page's first PDF), with the worker kept from the read before (the
// page's next PDFs) and in Node (a warm PDF.js process), alternately, best of 3.
import { readdir, readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { launchChromium } from "../../packages/viewer/scripts/harness.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const pdfPackage = join(root, "packages/pdf");
const browserDist = join(pdfPackage, "dist/browser");
const kb = (bytes) => (bytes / 1024).toFixed(1);

async function bundle(entry, conditions) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "iife",
    globalName: "reader",
    platform: "browser",
    target: "es2022",
    conditions,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  return { code: result.outputFiles[0].contents, metafile: result.metafile };
}

async function folderSize(folder) {
  const names = await readdir(folder);
  let bytes = 0;
  let gzip = 0;
  for (const name of names) {
    const data = await readFile(join(folder, name));
    bytes += data.length;
    gzip += gzipSync(data).length;
  }
  return { files: names.length, bytes, gzip };
}

async function sizes() {
  const rows = [];
  const source = await bundle(join(pdfPackage, "src/browser.ts"), ["@lianzheng/source"]);
  rows.push(["page entry (workspace sources)", source.code.length, gzipSync(source.code).length]);
  const built = await bundle(join(pdfPackage, "dist/browser.js"), []);
  rows.push([
    "page entry (built packages: model's dist brings zod)",
    built.code.length,
    gzipSync(built.code).length,
  ]);
  const worker = await readFile(join(browserDist, "pdf-worker.js"));
  rows.push(["worker: PDF.js + reader (pdf-worker.js)", worker.length, gzipSync(worker).length]);
  const ours = await bundle(join(pdfPackage, "src/internal/browser-worker.ts"), ["@lianzheng/source"]);
  let pdfjs = 0;
  for (const [path, input] of Object.entries(Object.values(ours.metafile.outputs)[0].inputs)) {
    if (path.includes("node_modules/unpdf/")) pdfjs += input.bytesInOutput;
  }
  rows.push(["  of which PDF.js (unpdf's build)", pdfjs, Number.NaN]);
  for (const folder of ["cmaps", "standard_fonts"]) {
    const size = await folderSize(join(browserDist, folder));
    rows.push([`${folder}/ (${size.files} files, fetched one by one when needed)`, size.bytes, size.gzip]);
  }
  const cns = await stat(join(browserDist, "cmaps/Adobe-CNS1-UCS2.bcmap"));
  rows.push(["  e.g. cmaps/Adobe-CNS1-UCS2.bcmap", cns.size, Number.NaN]);
  console.log("| what | KB | KB gzip |\n| --- | ---: | ---: |");
  for (const [what, bytes, gzip] of rows)
    console.log(`| ${what} | ${kb(bytes)} | ${Number.isNaN(gzip) ? "" : kb(gzip)} |`);
}

const PAGE = `<!doctype html><meta charset="utf-8"><script src="/reader.js"></script>`;

async function serve(script) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, "http://x").pathname;
    const file = path.startsWith("/pdf/") ? join(browserDist, path.slice(5)) : undefined;
    const body =
      path === "/"
        ? PAGE
        : path === "/reader.js"
          ? script
          : file && (await readFile(file).catch(() => undefined));
    if (body === undefined) response.writeHead(404).end();
    else
      response
        .writeHead(200, {
          "content-type": path.endsWith(".js") || path === "/reader.js" ? "text/javascript" : "text/html",
        })
        .end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

async function speed() {
  const { readPdf } = await import(join(pdfPackage, "dist/index.js"));
  const { code } = await bundle(join(pdfPackage, "src/browser.ts"), ["@lianzheng/source"]);
  const server = await serve(code);
  const browser = await launchChromium();
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const inBrowser = (data, keepWorkerMs) =>
    page.evaluate(
      async ({ bytes, keepWorkerMs }) => {
        const started = performance.now();
        const options = { worker: "/pdf/pdf-worker.js", keepWorkerMs };
        await globalThis.reader.readPdfInBrowser(new Uint8Array(bytes), options);
        return performance.now() - started;
      },
      { bytes: data, keepWorkerMs },
    );
  const inNode = async (data) => {
    const started = performance.now();
    await readPdf(data);
    return performance.now() - started;
  };
  const fixtures = join(root, "fixtures/pdf");
  const names = (await readdir(fixtures)).filter((name) => name.endsWith(".pdf"));
  console.log(
    "\n| PDF | browser, new worker ms | browser, kept worker ms | Node ms | new / Node | kept / Node |\n| --- | ---: | ---: | ---: | ---: | ---: |",
  );
  await inNode(await readFile(join(fixtures, names[0]))); // a warm PDF.js process, as in a batch
  for (const name of names) {
    const data = await readFile(join(fixtures, name));
    const times = { fresh: [], kept: [], node: [] };
    for (let round = 0; round < 3; round++) {
      // keepWorkerMs 0 ends the worker after the read: the next one starts afresh.
      times.fresh.push(await inBrowser([...data], 0));
      await inBrowser([...data], 60_000); // leaves a worker that has read a PDF
      times.kept.push(await inBrowser([...data], 0));
      times.node.push(await inNode(data));
    }
    const [fresh, kept, node] = [times.fresh, times.kept, times.node].map((all) => Math.min(...all));
    const ratio = (ms) => (ms / node).toFixed(2);
    console.log(
      `| ${name} | ${fresh.toFixed(0)} | ${kept.toFixed(0)} | ${node.toFixed(0)} | ${ratio(fresh)} | ${ratio(kept)} |`,
    );
  }
  await browser.close();
  server.close();
}

await sizes();
if (!process.argv.includes("--sizes-only")) await speed();
