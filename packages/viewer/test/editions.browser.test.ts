// The site of a dataset with two dated editions of the plan: seeds/, the six-column 2023 edition
// (fixtures/editions) and the 2018 edition (test/fixtures, every cell from seed 003), ingested with
// the real CLI, so `measure_lineage` is the one `lianzheng ingest` publishes. Expected values are
// read from the sources: seed 003's 序次 4 restates 2018's 一、(四) 辦理政府採購稽核及公共工程施工
// 品質查核 (goal 每年提報稽核及查核案件數及成果, target 政府採購稽核件數 280 件, achieved 287 件);
// seed 001 has the same measure as 一、(三) with the goal …案件數與成果; the six-column edition gives
// it 112年績效目標值 1. 政府採購稽核件數 300 件。 2. 施工品質查核 120 件。
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSiteOf, EDITION_INPUTS } from "../scripts/harness.mjs";
import type { SiteData } from "../src/index.js";
import {
  axeViolations,
  DESKTOP,
  type OpenSite,
  openPage,
  overflow,
  PHONE,
  shown,
  startSite,
  text,
} from "./browser.js";

let site: OpenSite["site"];
let browser: Browser;
let data: SiteData;
let close: () => Promise<void> = async () => {};
const consoleErrors: string[] = [];

beforeAll(async () => {
  ({ site, browser, data, close } = await startSite(() => buildSiteOf(EDITION_INPUTS)));
}, 240_000);

afterAll(() => close());

const open = (hash: string, viewport = DESKTOP): Promise<Page> =>
  openPage(browser, site.url, hash, consoleErrors, viewport);

/** The plan approved on `date`, as the dataset has it. */
function edition(date: string): string {
  const plan = data.documents.find((d) => d.kind === "action-plan" && d.revision?.date === date);
  if (!plan) throw new Error(`no edition of ${date}`);
  return plan.id;
}

describe("a dataset with the 2018 and 2023 editions", () => {
  it("lists every edition apart, even two with the same measures (2023 with and without indicators)", async () => {
    const page = await open("#/");
    // 000 (English, strategy 9), 001 (2023, undated), the six-column 2023 and the 2018 edition.
    expect(await page.locator("#plans-heading + ul > li").count()).toBe(4);
    expect(data.lineage.length).toBeGreaterThan(40);
    await page.close();
  });

  it("shows a 2023 measure's lineage back to 2018 and the 2018 result on one page", async () => {
    const page = await open(`#/plan/${edition("2023-08-18")}/1.3`);
    expect(await shown(page.locator("article.measure .measure-text"))).toMatch(
      /^辦理政府採購稽核及公共工程施工品質查核/,
    );
    expect(await shown(page.locator("[data-testid=edition]"))).toMatch(
      /核定本[\s\S]*2023-08-18 \(民國 112-08-18\)[\s\S]*行政院/,
    );
    const lineage = page.locator("#history-heading ~ section table.lineage tbody tr");
    expect(await lineage.count()).toBe(1);
    expect(await shown(lineage)).toMatch(
      /^修正 2018-07-27 · 1\.4\s+調整編號 →\s+核定本 2023-08-18 · 1\.3 \(本措施\)\s+1\.00\s+績效目標變動$/,
    );
    const results = page.locator("#results-heading ~ section table tbody tr");
    expect(await results.count()).toBe(1);
    expect(await shown(results)).toMatch(/^2018\s+4\s+修正 2018-07-27 · 1\.4\s+1\. 政府採購稽核件數 280 件/);
    expect(await shown(results)).toContain("280 件 → 287 件 · 102.5% ✓");
    expect(await axeViolations(page)).toEqual([]);
    // The 2018 measure's page: the same lineage seen from the other side, and its own target.
    await lineage.locator("a").click();
    await page.waitForFunction(() => location.hash.endsWith("/1.4"));
    expect(await text(page, "#page-heading")).toBe("措施 1.4");
    expect(await shown(page.locator("[data-testid=target-2018]"))).toMatch(
      /^107年績效目標值 \(2018\)\s+政府採購稽核件數 280 件。\s+施工品質查核 110 件。/,
    );
    expect(await shown(page.locator("#history-heading ~ section table.lineage tbody tr"))).toMatch(
      /^修正 2018-07-27 · 1\.4 \(本措施\)\s+調整編號 →\s+核定本 2023-08-18 · 1\.3\s/,
    );
    expect(await shown(page.locator("#results-heading ~ section table tbody tr"))).toMatch(/^2018\s+4\s/);
    await page.close();
  });

  it("shows a 2023 measure's indicators and 112 target where the edition has them", async () => {
    const page = await open(`#/plan/${edition("2023-08-18")}/1.3`);
    expect(await shown(page.locator(".indicators > div").first())).toMatch(
      /^績效衡量指標\s+每年提報稽核及查核案件數及成果。$/,
    );
    expect(await shown(page.locator("[data-testid=target-2023]"))).toMatch(
      /^112年績效目標值 \(2023\)\s+政府採購稽核件數 300 件。\s+施工品質查核 120 件。\s+1\. 300 件\s+2\. 120 件$/,
    );
    await page.close();
  });

  it("says when a measure was removed, and shows the edition's own facts on its plan page", async () => {
    const page = await open(`#/plan/${edition("2018-07-27")}/1.1`);
    expect(await shown(page.locator("#history-heading ~ section table.lineage tbody tr"))).toMatch(
      /^修正 2018-07-27 · 1\.1 \(本措施\)\s+刪除 →\s+—/,
    );
    await page.close();
    const plan = await open(`#/plan/${edition("2018-07-27")}`);
    expect(await text(plan, "[data-testid=measure-count]")).toBe("46");
    expect(await shown(plan.locator("[data-testid=edition]"))).toMatch(
      /修正[\s\S]*2018-07-27 \(民國 107-07-27\)[\s\S]*行政院/,
    );
    expect(await axeViolations(plan)).toEqual([]);
    await plan.close();
  });

  it("fits a phone's width with the lineage table, and logged no console error", async () => {
    const page = await open(`#/plan/${edition("2023-08-18")}/1.3`, PHONE);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.close();
    expect(consoleErrors).toEqual([]);
  });
});
