// Screenshots of each page kind of the default dataset's site, for review and for the README:
// `pnpm --filter @lianzheng/viewer screenshots` (needs `pnpm build` and Chromium) rewrites
// screenshots/*.png.
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { buildDefaultSite, launchChromium } from "./harness.mjs";

const outDir = fileURLToPath(new URL("../screenshots/", import.meta.url));
const PLAN = "action-plan.zh-hant.2dd2e3f2758b902d";
const DESKTOP = { width: 1100, height: 900 };
const PHONE = { width: 390, height: 844 };

/** name, hash, viewport, and what to do before the shot (an element to show, a toggle). */
const SHOTS = [
  ["home", "#/", DESKTOP],
  ["plan", `#/plan/${PLAN}`, DESKTOP],
  ["plan-english", `#/plan/${PLAN}`, DESKTOP, { english: true, element: "#m-9\\.1" }],
  ["measure", `#/plan/${PLAN}/1.3`, DESKTOP],
  ["report", "#/report/2018", DESKTOP],
  ["report-chart", "#/report/2018", DESKTOP, { element: ".chart" }],
  ["report-record", "#/report/2018/4", DESKTOP, { element: "#r-4" }],
  ["agency", "#/agency/pcc", DESKTOP],
  ["agencies", "#/agencies", DESKTOP],
  ["trip-report", "#/document/trip-report.zh-hant.e4b17e45d6ed7845", DESKTOP],
  ["search", "#/search/", DESKTOP, { query: "采购稽核" }],
  ["sources", "#/sources", DESKTOP],
  ["phone-plan", `#/plan/${PLAN}`, PHONE],
  ["phone-report-record", "#/report/2018/4", PHONE, { element: "#r-4" }],
];

const site = await buildDefaultSite();
const browser = await launchChromium();
try {
  await mkdir(outDir, { recursive: true });
  for (const [name, hash, viewport, options = {}] of SHOTS) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${site.url}${hash}`);
    await page.waitForSelector("#page-heading");
    if (options.english) await page.getByRole("button", { name: "English" }).click();
    if (options.query) await page.getByRole("searchbox").fill(options.query);
    const path = `${outDir}${name}.png`;
    if (options.element) await page.locator(options.element).screenshot({ path });
    else await page.screenshot({ path });
    process.stdout.write(`${name}.png\n`);
    await page.close();
  }
} finally {
  await browser.close();
  await site.cleanUp();
}
