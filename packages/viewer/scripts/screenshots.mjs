// Screenshots of each page kind, for review and for the README: `pnpm --filter @lianzheng/viewer
// screenshots` (needs `pnpm build` and Chromium) rewrites screenshots/*.png. Most pages are of the
// default dataset's site; the measure history is of the dataset with the 2018 and 2023 editions.
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { buildDefaultSite, buildSiteOf, EDITION_INPUTS, launchChromium } from "./harness.mjs";

const outDir = fileURLToPath(new URL("../screenshots/", import.meta.url));
const PLAN = "action-plan.zh-hant.2dd2e3f2758b902d";
const DESKTOP = { width: 1100, height: 900 };
const PHONE = { width: 390, height: 844 };

/** name, hash, viewport, and what to do before the shot (an element to show, a toggle). */
const DEFAULT_SHOTS = [
  ["home", "#/", DESKTOP],
  ["plan", `#/plan/${PLAN}`, DESKTOP],
  ["plan-english", `#/plan/${PLAN}`, DESKTOP, { english: true, element: "#m-9\\.1" }],
  ["measure", `#/plan/${PLAN}/9.3`, DESKTOP],
  ["report", "#/report/2018", DESKTOP],
  ["report-chart", "#/report/2018", DESKTOP, { element: ".chart" }],
  ["report-record", "#/report/2018/4", DESKTOP, { element: "#r-4" }],
  ["agency", "#/agency/pcc", DESKTOP],
  ["agencies", "#/agencies", DESKTOP],
  ["trip-report", "#/document/trip-report.zh-hant.e4b17e45d6ed7845", DESKTOP],
  [
    "trip-report-agenda",
    "#/document/trip-report.zh-hant.e4b17e45d6ed7845",
    DESKTOP,
    { element: "#agenda-heading + section" },
  ],
  ["narrative", "#/document/narrative.en.3e5fceba71957e1e", DESKTOP],
  ["search", "#/search/", DESKTOP, { query: "采购稽核" }],
  ["sources", "#/sources", DESKTOP],
  ["phone-plan", `#/plan/${PLAN}`, PHONE],
  ["phone-report-record", "#/report/2018/4", PHONE, { element: "#r-4" }],
  ["phone-trip-report", "#/document/trip-report.zh-hant.e4b17e45d6ed7845", PHONE],
];
// The six-column 2023 edition (fixtures/editions) and the 2018 edition (test/fixtures).
const SIX_COLUMNS = "action-plan.zh-hant.7a42f850463d052a";
const EDITION_SHOTS = [
  ["measure-history", `#/plan/${SIX_COLUMNS}/1.3`, DESKTOP],
  [
    "phone-measure-history",
    `#/plan/${SIX_COLUMNS}/1.3`,
    PHONE,
    { element: "#history-heading + p ~ section" },
  ],
];

async function shoot(browser, site, shots) {
  for (const [name, hash, viewport, options = {}] of shots) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${site.url}${hash}`);
    await page.waitForSelector("#page-heading");
    if (options.english) await page.getByRole("button", { name: "English" }).click();
    if (options.query) await page.getByRole("searchbox").fill(options.query);
    const path = `${outDir}${name}.png`;
    if (options.element) await page.locator(options.element).first().screenshot({ path });
    else await page.screenshot({ path });
    process.stdout.write(`${name}.png\n`);
    await page.close();
  }
}

const browser = await launchChromium();
try {
  await mkdir(outDir, { recursive: true });
  for (const [build, shots] of [
    [buildDefaultSite, DEFAULT_SHOTS],
    [() => buildSiteOf(EDITION_INPUTS), EDITION_SHOTS],
  ]) {
    const site = await build();
    try {
      await shoot(browser, site, shots);
    } finally {
      await site.cleanUp();
    }
  }
} finally {
  await browser.close();
}
