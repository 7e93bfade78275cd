// The site of the default dataset (seeds/ and the PDF fixtures, as `pnpm ingest` reads them), built
// with the real CLI and opened from file:// in Chromium. Expected figures are read from the seeds:
// 001 has strategies 一 to 九 and 58 measures in 肆, 003 has 序次 1 to 46, and 序次 4's first
// target is 政府採購稽核件數 280 件 against 287 件 achieved (達成率 102.5%).
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { Document } from "@lianzheng/model";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDefaultSite } from "../scripts/harness.mjs";
import { prepareSiteData, type SiteData, writeSite } from "../src/index.js";
import {
  axeViolations,
  count,
  DESKTOP,
  type OpenSite,
  openPage,
  overflow,
  PHONE,
  serveFolder,
  shown,
  startSite,
  text,
} from "./browser.js";
import { measure, plan, report } from "./documents.js";

let site: OpenSite["site"];
let browser: Browser;
let data: SiteData;
let close: () => Promise<void> = async () => {};
const consoleErrors: string[] = [];

beforeAll(async () => {
  ({ site, browser, data, close } = await startSite(buildDefaultSite));
}, 240_000);

afterAll(() => close());

const open = (hash: string, viewport = DESKTOP, url = site.url): Promise<Page> =>
  openPage(browser, url, hash, consoleErrors, viewport);

function documentOf<K extends Document["kind"]>(kind: K) {
  const found = data.documents.find((d) => d.kind === kind);
  if (!found) throw new Error(`no ${kind} in the dataset`);
  return found as Extract<SiteData["documents"][number], { kind: K }>;
}

function canonicalPlan() {
  const plan = data.documents.find((d) => d.kind === "action-plan" && d.language === "zh-Hant");
  if (!plan) throw new Error("no Chinese plan in the dataset");
  return plan;
}

describe("the default dataset's site", () => {
  // The page's own work, not the wall time of a loaded machine: Chromium counts, in thread CPU
  // time ("threadTicks"), every task its main thread ran for the page (parsing data.js and app.js,
  // building the lookups, rendering, style and layout) from navigation to the app's
  // `lianzheng:first-render` mark. On a 2-core machine running nine workers the wall time of the
  // same load varies threefold with the load while this figure does not; on an idle machine the
  // wall time is this work plus reading three local files. The wall figures (to the mark, to the
  // first contentful paint) are written down beside it, not asserted.
  it("does its first page's work in under a second", async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
    await page.goto(site.url);
    await page.waitForFunction(() => performance.getEntriesByName("lianzheng:first-render").length > 0);
    const { metrics } = await cdp.send("Performance.getMetrics");
    const cpu = metrics.find((m) => m.name === "TaskDuration")?.value ?? Number.NaN;
    const wall = await page.evaluate(() => ({
      render: performance.getEntriesByName("lianzheng:first-render")[0]?.startTime ?? Number.NaN,
      paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
    }));
    // Figures for the record, on stderr: the console is for the code under test, which stays silent.
    process.stderr.write(
      `first page: ${(cpu * 1000).toFixed(0)} ms of main-thread CPU to first render; wall ${wall.render.toFixed(0)} ms to render, ${wall.paint.toFixed(0)} ms to first paint\n${site.log.trim()}\n`,
    );
    expect(await text(page, "#page-heading")).toBe("國家廉政建設行動方案");
    expect(cpu).toBeGreaterThan(0);
    expect(cpu).toBeLessThan(1);
    await page.close();
  });

  it("keeps the site's script small", async () => {
    const bytes = Number(/app\.js\t(\d+) B/.exec(site.log)?.[1]);
    const script = await readFile(join(site.site, "app.js"));
    expect(script.length).toBe(bytes);
    // What a reader downloads: the script gzipped, as any static host serves it.
    expect(gzipSync(script).length).toBeLessThan(32 * 1024);
  });

  it("shows one canonical plan, report and trip report, with the other files as copies", async () => {
    const page = await open("#/");
    expect(await page.locator("#plans-heading + ul > li").count()).toBe(2); // zh-Hant, en strategy 9
    expect(await page.locator("#reports-heading + ul > li").count()).toBe(1);
    // zh plan: text and two PDFs; en plan and report: text and a PDF; the trip report and the
    // narrative: text only.
    expect(data.documents.map((d) => d.copies.length).sort()).toEqual([0, 0, 1, 1, 2]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("renders the 2023 plan: 9 strategies, 58 measures, agencies with roles, English alongside", async () => {
    const plan = canonicalPlan();
    const page = await open(`#/plan/${plan.id}`);
    expect(await text(page, "[data-testid=strategy-count]")).toBe("9");
    expect(await text(page, "[data-testid=measure-count]")).toBe("58");
    expect(await count(page, "section.strategy")).toBe(9);
    expect(await count(page, "article.measure")).toBe(58);
    expect(await text(page, "#s-9 h2")).toContain("九、推動國際合作與資產追繳");
    expect(await text(page, "#m-9\\.1")).toContain("主辦");
    expect(await count(page, ".translation")).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "English" }).click();
    expect(await text(page, "#m-9\\.1 .measure-text")).toContain(
      "Encourage foreign countries to sign mutual legal assistance treaties",
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("renders the 2018 report: 46 records, 序次 4's 280 → 287, unlinked records and every warning", async () => {
    const report = data.documents.find((d) => d.kind === "execution-report");
    if (report?.kind !== "execution-report") throw new Error("no report");
    const page = await open("#/report/2018");
    expect(await text(page, "[data-testid=record-count]")).toBe("46");
    expect(await count(page, "article.record")).toBe(46);
    const record4 = page.locator("#r-4");
    expect(await shown(record4.locator("table.evaluations tbody tr").first())).toMatch(
      /280 件\s+287 件\s+102\.5%\s+102\.5%\s+✓/,
    );
    expect(await shown(record4.locator(".side-by-side"))).toContain("政府採購稽核件數 280 件");
    expect(await shown(record4.locator(".side-by-side"))).toContain("政府採購稽核件數計 287 件");
    expect(await shown(page.locator(".chart"))).toContain("280 件 → 287 件 · 102.5% ✓");
    const unlinked = report.records.filter((r) => !r.planMeasureId).map((r) => `序次 ${r.seq}`);
    expect(await page.locator("#unlinked-heading + ul li").allInnerTexts()).toEqual(unlinked);
    expect(await count(page, "#warnings-heading ~ ul.warnings > li")).toBe(report.warnings.length);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("deep-links to a record: #/report/<year>/<seq> scrolls to it and focuses it", async () => {
    const page = await open("#/report/2018/4");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("r-4");
    await page.close();
  });

  it("renders a measure's history with its results across years", async () => {
    const plan = canonicalPlan();
    const page = await open(`#/plan/${plan.id}/1.3`);
    expect(await text(page, "#page-heading")).toBe("措施 1.3");
    const results = page.locator("#results-heading ~ section table tbody tr");
    expect(await results.count()).toBe(1);
    expect(await shown(results.first())).toMatch(/2018\s+4\s/);
    expect(await shown(results.first())).toContain("280 件 → 287 件");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("renders an agency with the measures it leads or executes and its report records", async () => {
    const page = await open("#/agency/pcc");
    expect(await text(page, "#page-heading")).toBe("行政院公共工程委員會");
    expect(await shown(page.locator("#agency-measures ~ div").first())).toContain("1.3");
    expect(await page.locator("#agency-records ~ div a", { hasText: /^4$/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("renders the agency index and the sources page", async () => {
    for (const hash of ["#/agencies", "#/sources"]) {
      const page = await open(hash);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });

  // Seed 002's cover: 出國類別：出席國際會議, 服務機關：法務部、法務部廉政署, four travellers (馮 成
  // 副署長 … 張媛婷 廉政官), 派赴國家：泰國清邁, 出國期間：2022 年 8 月 16 日至 19 日, 報告日期：2022 年
  // 9 月; its agenda opens at 09:00–09:15 with 開場 / Opening Session; 伍、心得與建議 has four.
  it("renders seed 002's trip report: cover, travellers, agenda, sections, recommendations, measures", async () => {
    const trip = documentOf("trip-report");
    const page = await open(`#/document/${trip.id}`);
    expect(await text(page, "#page-heading")).toBe(
      "參加亞太經濟合作組織(APEC)第 35 次反貪腐及透明化工作小組會議",
    );
    const cover = await shown(page.locator("[data-testid=cover]"));
    for (const value of [
      "出席國際會議",
      "法務部、法務部廉政署",
      "泰國清邁 (TH)",
      "2022-08-16 – 2022-08-19",
      "2022-9",
    ])
      expect(cover).toContain(value);
    expect(await page.locator("[data-testid=cover] a").first().getAttribute("href")).toBe("#/agency/moj");
    const travellers = page.locator("table.travellers tbody tr");
    expect(await travellers.count()).toBe(4);
    expect(await shown(travellers.nth(0))).toMatch(/^馮\s?成\s+副署長$/);
    expect(await shown(travellers.nth(3))).toMatch(/^張媛婷\s+廉政官$/);
    const agenda = page.locator("table.agenda tbody tr");
    expect(await agenda.count()).toBe(trip.agenda.length);
    expect(await shown(agenda.first())).toMatch(/^2022-08-17\s+09:00–09:15\s+開場[\s\S]*Opening Session/);
    expect(await page.locator("#text-heading ~ .section > h3").allInnerTexts()).toEqual([
      "壹 摘要",
      "貳 第 35 次反貪腐暨透明化工作小組會議議程",
      "參 2022 年 8 月 17 日會議紀要",
      "肆 2022 年 8 月 18 日會議紀要",
      "伍 心得與建議",
      "陸 照片集錦",
    ]);
    const recommendations = page.locator("ol.recommendations > li > strong");
    expect(await recommendations.count()).toBe(4);
    expect(await shown(recommendations.first())).toBe("本次會議為 COVID-19 疫情後首次召開實體會議，意義重大");
    // The measures it serves link to the plan's measure pages; strategy 九 (international cooperation).
    const served = page.locator("#served-heading + ul > li > a");
    expect(await served.first().getAttribute("href")).toMatch(
      /^#\/plan\/action-plan\.zh-hant\.[0-9a-f]+\/9\.\d$/,
    );
    expect(await shown(page.locator("table.mentions"))).toContain("泰國");
    expect(await axeViolations(page)).toEqual([]);
    // … and the measure's page names the trip report back.
    await served.first().click();
    await page.waitForSelector("#served-by-heading");
    expect(await shown(page.locator("#served-by-heading + ul"))).toContain(trip.title);
    await page.close();
  });

  // Seed 004 (page 151 of a Ministry of the Interior report): an untitled opening paragraph, then
  // three headed sections; "more than 6.162 million" applicants and "ten important sites".
  it("renders seed 004's narrative: sections with their quantities, mentions and the measure it serves", async () => {
    const narrative = documentOf("narrative");
    const page = await open(`#/document/${narrative.id}`);
    expect(await text(page, "[data-testid=section-count]")).toBe("4");
    expect(await page.locator("#text-heading ~ .section > h3").allInnerTexts()).toEqual([
      "Utilization of technology to control and manage national borders for enhanced national land security",
      "Advancement in human trafficking prevention -- safeguarding universal human rights",
      "Expanding the scope of transnational cooperation to control and prevent crimes",
    ]);
    const borders = page.locator("#text-heading ~ .section").nth(1);
    expect(await shown(borders.locator("table.quantities tbody tr").first())).toMatch(
      /≈ 6,162,000\s+count\s+more than 6\.162 million/,
    );
    const crimes = page.locator("#text-heading ~ .section").nth(3);
    expect(await shown(crimes.locator("table.quantities"))).toContain("ten important sites");
    expect(await shown(page.locator("table.mentions"))).toContain("Immigration Agency of MOI");
    expect(await page.locator("#served-heading + ul > li > a").first().getAttribute("href")).toMatch(
      /\/9\.1$/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("finds a measure and its record by a Simplified query, and by English", async () => {
    const page = await open("#/search/");
    await page.getByLabel("搜尋措施、機關、執行紀錄").fill("采购稽核");
    const measures = page.locator("#hits-measure + ul a");
    expect(await shown(measures.first())).toMatch(/^1\.3 辦理政府採購稽核/);
    expect(await shown(page.locator("#hits-record + ul a").first())).toContain("序次 4");
    expect(page.url()).toContain(`#/search/${encodeURIComponent("采购稽核")}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("搜尋措施、機關、執行紀錄").fill("Asset Recovery");
    expect(await measures.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^9\.1 /)]));
    await measures.first().click();
    await page.waitForSelector("article.measure");
    expect(await text(page, "#page-heading")).toMatch(/^措施 9\.\d$/);
    await page.close();
  });

  it("resolves every link on every page kind to a page", async () => {
    const plan = canonicalPlan();
    const page = await open("#/");
    const hrefs = new Set<string>();
    for (const hash of [
      "#/",
      `#/plan/${plan.id}`,
      "#/report/2018",
      `#/plan/${plan.id}/9.1`,
      "#/agency/aac",
      "#/agencies",
      "#/sources",
      `#/document/${documentOf("trip-report").id}`,
      `#/document/${documentOf("narrative").id}`,
    ]) {
      await page.evaluate((h) => {
        location.hash = h;
      }, hash);
      await page.waitForFunction((h) => location.hash === h && document.getElementById("page-heading"), hash);
      for (const href of await page
        .locator("a[href^='#/']")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "")))
        hrefs.add(href);
    }
    expect(hrefs.size).toBeGreaterThan(100);
    // A record link (#/report/<id>/<seq>) resolves when its report renders a record with that
    // seq: each report is rendered once for all of them, every other link is rendered itself.
    const broken = await page.evaluate(
      async (all) => {
        const failed: string[] = [];
        const render = async (href: string) => {
          location.hash = href;
          await new Promise((resolve) => setTimeout(resolve, 0));
          const heading = document.getElementById("page-heading")?.textContent ?? "";
          return heading !== "" && heading !== "找不到此頁面" && heading !== "Page not found";
        };
        const records = new Map<string, string[]>();
        for (const href of all) {
          const record = /^(#\/report\/[^/]+)\/(\d+)$/.exec(href);
          if (record?.[1] && record[2])
            records.set(record[1], [...(records.get(record[1]) ?? []), record[2]]);
          else if (!(await render(href))) failed.push(href);
        }
        for (const [report, seqs] of records) {
          if (!(await render(report))) failed.push(report);
          for (const seq of seqs) if (!document.getElementById(`r-${seq}`)) failed.push(`${report}/${seq}`);
        }
        return failed;
      },
      [...hrefs],
    );
    expect(broken).toEqual([]);
    await page.close();
  }, 120_000);

  it("works by keyboard: skip to content, then follow a link and land on the new page's heading", async () => {
    const page = await open("#/");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("跳至內容");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.hash.startsWith("#/plan/"));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("page-heading");
    await page.close();
  });

  it("fits a phone's width on every page kind", async () => {
    const plan = canonicalPlan();
    for (const hash of [
      "#/",
      `#/plan/${plan.id}`,
      "#/report/2018",
      `#/plan/${plan.id}/1.3`,
      "#/agency/pcc",
      `#/document/${documentOf("trip-report").id}`,
      `#/document/${documentOf("narrative").id}`,
    ]) {
      const page = await open(hash, PHONE);
      expect(await overflow(page), hash).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  it("works from a static web server as well as from disk", async () => {
    const server = await serveFolder(site.site);
    try {
      const page = await open("#/report/2018", DESKTOP, server.url);
      expect(await text(page, "[data-testid=record-count]")).toBe("46");
      await page.close();
    } finally {
      server.close();
    }
  });

  it("logged no console error on any page", () => {
    expect(consoleErrors).toEqual([]);
  });
});

// A dataset built field by field: editions with lineage, indicators and targets on measures, a
// copy named by copyOf, a narrative, a warning with a subject.
describe("a dataset built field by field", () => {
  const edition2018 = plan("action-plan.zh-hant.2018", [measure("1.2", "落實內部控制聲明書制度")], {
    revision: { label: "107年修正", date: "2018-07-27" },
  });
  const edition2023 = plan(
    "action-plan.zh-hant.2023",
    [
      measure("1.2", "針對貪腐高風險業務實施稽核清查", {
        indicators: [{ number: 1, text: "稽核清查件數" }],
        targets: [
          {
            rocYear: 113,
            year: 2024,
            text: "稽核清查 300 件",
            items: [],
            quantities: [{ value: 300, unit: "件", kind: "count", raw: "300 件" }],
          },
        ],
      }),
    ],
    { revision: { label: "核定本", date: "2023-08-18" } },
  );
  const copy = {
    ...edition2023,
    id: "action-plan.zh-hant.copy",
    copyOf: edition2023.id,
    title: "不同的標題",
  };
  const narrative = {
    id: "narrative.zh-hant.0001",
    kind: "narrative",
    language: "zh-Hant",
    title: "國際合作成果",
    source: { path: "narrative.txt", format: "text", sha256: "4".repeat(64), bytes: 1 },
    warnings: [],
    planId: edition2023.id,
    planLinks: [
      {
        measureId: "1.2",
        strategy: 1,
        score: 0.8,
        evidence: [{ anchor: "稽核", kind: "topic", phrase: "完成專案稽核 12 案。", weight: 1 }],
      },
    ],
    sections: [{ heading: "壹、國際合作", paragraphs: ["參與國際反貪會議。"], quantities: [] }],
    mentions: [{ kind: "body", id: "apec", name: "APEC", count: 1, evidence: "參與 APEC 會議。" }],
  };
  const report2024 = report("execution-report.zh-hant.2024", 2024, ["稽核清查 300 件"], {
    planId: copy.id,
    warnings: [
      { code: "unresolved_agency", message: "某某署 is in no registry", subject: { kind: "record", seq: 1 } },
    ],
  });
  const linked = report2024.records[0];
  if (linked) linked.planMeasureId = "1.2";
  let dir: string;
  let url: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "viewer-future-"));
    const documents = [edition2018, edition2023, copy, narrative, report2024] as Document[];
    const lineage = [
      {
        from: edition2018.id,
        to: edition2023.id,
        kind: "reworded",
        fromMeasure: "1.2",
        toMeasure: "1.2",
        similarity: 0.31,
        renumbered: false,
        wordsRemoved: ["落實內部控制聲明書制度"],
        wordsAdded: ["針對貪腐高風險業務實施稽核清查"],
        agenciesAdded: [],
        agenciesDropped: [],
        goalsChanged: true,
      },
    ];
    await writeSite(prepareSiteData({ documents, agencies: [], lineage }), dir);
    url = pathToFileURL(join(dir, "index.html")).href;
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("lists each edition once, newest first, with a copy under its original", async () => {
    const page = await open("#/", DESKTOP, url);
    expect(await shown(page.locator("#plans-heading + ul"))).toMatch(/2023-08-18[\s\S]*2018-07-27/);
    expect(await page.locator("#plans-heading + ul > li").count()).toBe(2);
    await page.close();
  });

  it("shows a measure's indicators, targets, lineage to the earlier edition, and results", async () => {
    const page = await open(`#/plan/${edition2023.id}/1.2`, DESKTOP, url);
    const card = await shown(page.locator("article.measure"));
    expect(card).toContain("績效衡量指標");
    expect(card).toContain("稽核清查件數");
    expect(await shown(page.locator("[data-testid=target-2024]"))).toMatch(
      /^113年績效目標值 \(2024\)\s+稽核清查 300 件\s+300 件$/,
    );
    const row = page.locator("#history-heading ~ section table.lineage tbody tr");
    expect(await shown(row)).toMatch(
      /^107年修正 2018-07-27 · 1\.2\s+文字修正 →\s+核定本 2023-08-18 · 1\.2 \(本措施\)\s+0\.31\s+刪除文字: 落實內部控制聲明書制度/,
    );
    expect(await shown(row)).toContain("績效目標變動");
    await row.locator("a").first().click();
    await page.waitForFunction(() => location.hash.includes("2018"));
    expect(await shown(page.locator("article.measure .measure-text"))).toBe("落實內部控制聲明書制度");
    await page.goBack();
    await page.waitForSelector("#results-heading");
    expect(await shown(page.locator("#results-heading ~ section tbody tr"))).toMatch(/^2024\s+1\s/);
    expect(await shown(page.locator("#served-by-heading + ul"))).toContain("國際合作成果");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("shows a warning under the record its subject names, and links to it", async () => {
    const page = await open(`#/report/${report2024.id}`, DESKTOP, url);
    expect(await shown(page.locator("#r-1 ul.warnings"))).toContain("某某署 is in no registry");
    const link = page.locator("#warnings-heading ~ ul.warnings a");
    expect(await link.getAttribute("href")).toBe(`#/report/${report2024.id}/1`);
    await page.close();
  });

  it("gives a narrative a page with its text and the measures it serves, and the measure names it back", async () => {
    const page = await open(`#/document/${narrative.id}`, DESKTOP, url);
    const served = page.locator("#served-heading + ul > li");
    expect(await served.locator("a").getAttribute("href")).toBe(`#/plan/${edition2023.id}/1.2`);
    expect(await shown(served)).toMatch(/^1\.2 \(0\.80\) 針對貪腐高風險業務實施稽核清查\s+連結依據 \(1\)$/);
    await served.locator("summary").click();
    expect(await shown(served.locator("details li"))).toBe("稽核 完成專案稽核 12 案。");
    expect(await shown(page.locator("#text-heading ~ div h3"))).toBe("壹、國際合作");
    expect(await shown(page.locator("#text-heading ~ div p"))).toBe("參與國際反貪會議。");
    expect(await shown(page.locator("table.mentions tbody tr"))).toMatch(
      /^國際組織\s+APEC\s+1\s+參與 APEC 會議。$/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
