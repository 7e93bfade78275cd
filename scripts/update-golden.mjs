// Rewrites fixtures/golden/<seed>.json from the built CLI's parse of each seed, so that a reviewer
// reads the diff. Read every changed golden file against its seed by eye before committing it.
import { execFileSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";

const root = new URL("../", import.meta.url);
process.chdir(root.pathname);
execFileSync("pnpm", ["build"], { stdio: "inherit" });
for (const name of readdirSync("seeds").filter((n) => n.endsWith(".txt"))) {
  const json = execFileSync(process.execPath, ["packages/ingest/dist/cli.js", "parse", `seeds/${name}`], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  writeFileSync(`fixtures/golden/${name.replace(/\.txt$/, ".json")}`, json);
  console.log(`fixtures/golden/${name.replace(/\.txt$/, ".json")}`);
}
