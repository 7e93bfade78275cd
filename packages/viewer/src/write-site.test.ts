import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prepareSiteData } from "./prepare.js";
import { writeSite } from "./write-site.js";

// writeSite against the built dist/site/ (the package test task builds first).
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "lianzheng-write-site-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const emptySite = () => prepareSiteData({ documents: [], agencies: [] });

describe("writeSite", () => {
  it("copies the PDF reader's folder: the worker, every CMap and font as a script, the font licences", async () => {
    const report = await writeSite(emptySite(), dir);
    expect((await readdir(dir)).sort()).toEqual([
      "app.css",
      "app.js",
      "data.js",
      "index.html",
      "pdf",
      "read.js",
    ]);
    expect(await readFile(join(dir, "pdf", "worker.js"), "utf8")).toMatch(/^window\.LIANZHENG_PDF_WORKER="/);
    // PDF.js 5 ships 168 CMaps (.bcmap) and 14 standard fonts; each is one script here.
    const cmaps = await readdir(join(dir, "pdf", "cmaps"));
    expect(cmaps.filter((name) => name.endsWith(".bcmap.js"))).toHaveLength(168);
    expect(await readFile(join(dir, "pdf", "cmaps", "UniCNS-UCS2-H.bcmap.js"), "utf8")).toMatch(
      /^\(window\.LIANZHENG_PDF_ASSETS=window\.LIANZHENG_PDF_ASSETS\|\|\{\}\)\["cmaps\/UniCNS-UCS2-H\.bcmap"\]="[A-Za-z0-9+/]+=*";\n$/,
    );
    const fonts = await readdir(join(dir, "pdf", "standard_fonts"));
    expect(fonts.filter((name) => /\.(pfb|ttf)\.js$/.test(name))).toHaveLength(14);
    expect(fonts.filter((name) => name.startsWith("LICENSE")).sort()).toEqual([
      "LICENSE_FOXIT",
      "LICENSE_LIBERATION",
    ]);
    const pdf = report.files.find((file) => file.name === "pdf/");
    expect(pdf?.bytes).toBeGreaterThan(4_000_000);
  });

  it("rewrites an earlier site, leaving no file of its pdf/ folder that the reader no longer has", async () => {
    await writeSite(emptySite(), dir);
    await writeFile(join(dir, "pdf", "cmaps", "Gone-H.bcmap.js"), "");
    await writeSite(emptySite(), dir);
    expect(await readdir(join(dir, "pdf", "cmaps"))).not.toContain("Gone-H.bcmap.js");
  });

  it("refuses a folder of other files", async () => {
    await mkdir(join(dir, "documents"));
    await expect(writeSite(emptySite(), dir)).rejects.toThrow(
      /holds files that are not a site \(documents\)/,
    );
  });
});
