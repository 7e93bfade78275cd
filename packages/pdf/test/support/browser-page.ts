// A page in Chromium that reads PDFs with the browser entry: `src/browser.ts` bundled (from
// source) as the page's script, the built worker and PDF.js's assets (`dist/browser/`) beside it,
// all served from one local origin. Every request the page makes is recorded.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../../viewer/scripts/harness.mjs";

const dist = fileURLToPath(new URL("../../dist/browser/", import.meta.url));
const entry = fileURLToPath(new URL("../../src/browser.ts", import.meta.url));
const fixtures = fileURLToPath(new URL("../../../../fixtures/pdf/", import.meta.url));

const PAGE = `<!doctype html><meta charset="utf-8"><title>reader</title>
<button id="tick" onclick="window.ticks = (window.ticks || 0) + 1">tick</button>
<script src="/reader.js"></script>`;

const TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".html": "text/html",
  ".bcmap": "application/octet-stream",
  ".pfb": "application/octet-stream",
  ".ttf": "font/ttf",
};

/** The page's script: the browser entry as a classic script, its exports on `window.reader`. */
async function bundleEntry(): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName: "reader",
    platform: "browser",
    target: "es2022",
    conditions: ["@lianzheng/source"],
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

function serve(script: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    const body =
      path === "/"
        ? PAGE
        : path === "/reader.js"
          ? script
          : path.startsWith("/pdf/")
            ? await readFile(`${dist}${path.slice("/pdf/".length)}`).catch(() => undefined)
            : path.startsWith("/fixtures/")
              ? await readFile(`${fixtures}${path.slice("/fixtures/".length)}`).catch(() => undefined)
              : undefined;
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "text/html" }).end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export interface ReaderPage {
  page: Page;
  origin: string;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** The URLs requested until the page had loaded (no PDF read yet). */
  requestsAtLoad: string[];
  close(): Promise<void>;
}

/** Opens the reader's page in Chromium; `close()` ends the browser and the server. */
export async function openReaderPage(): Promise<ReaderPage> {
  if (!existsSync(`${dist}pdf-worker.js`))
    throw new Error("dist/browser/pdf-worker.js is missing: run `pnpm build` first");
  const server = await serve(await bundleEntry());
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await launchChromium();
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(`${origin}/`, { waitUntil: "networkidle" });
  return {
    page,
    origin,
    requests,
    requestsAtLoad: [...requests],
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** What `readPdfInBrowser` gave in the page: the document, or the error as data. */
export type BrowserRead =
  | { document: unknown }
  | { error: { name: string; code: string; message: string; line: string; at: unknown } };

/**
 * Reads a PDF in the page, with the worker and assets served beside it: a fixture by its path
 * under fixtures/pdf/ (fetched by the page), or bytes made by the test.
 */
export function readInPage(
  page: Page,
  input: { fixture: string } | { bytes: Uint8Array },
  options: Record<string, unknown>,
): Promise<BrowserRead> {
  const source = "fixture" in input ? { fixture: input.fixture } : { bytes: [...input.bytes] };
  return page.evaluate(
    async ({ source, options }) => {
      const reader = (globalThis as unknown as { reader: typeof import("../../src/browser.js") }).reader;
      const data =
        "fixture" in source
          ? new Uint8Array(await (await fetch(`/fixtures/${source.fixture}`)).arrayBuffer())
          : new Uint8Array(source.bytes);
      try {
        const document = await reader.readPdfInBrowser(data, { worker: "/pdf/pdf-worker.js", ...options });
        return { document };
      } catch (error) {
        const e = error as { name: string; code: string; message: string; at: unknown; toLine(): string };
        return { error: { name: e.name, code: e.code, message: e.message, line: e.toLine(), at: e.at } };
      }
    },
    { source, options },
  );
}
