// `pnpm bench <name>` runs scripts/bench/<name>.mjs against the built packages.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

const names = readdirSync(new URL("./bench/", import.meta.url))
  .filter((f) => f.endsWith(".mjs"))
  .map((f) => f.slice(0, -4));
const [name, ...rest] = process.argv.slice(2);
if (!name || !names.includes(name)) {
  console.error(`usage: pnpm bench <${names.join("|")}> [options]`);
  process.exit(2);
}
if (!existsSync(new URL("../packages/ingest/dist/cli.js", import.meta.url))) {
  console.error("build first: pnpm build");
  process.exit(2);
}
const result = spawnSync(
  process.execPath,
  ["--expose-gc", new URL(`./bench/${name}.mjs`, import.meta.url).pathname, ...rest],
  {
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
