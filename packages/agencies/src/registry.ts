import type { Agency } from "@lianzheng/model";
import registryFile from "./registry.json" with { type: "json" };

/**
 * The agencies the action plans and execution reports name, hand-curated (no maintained dataset
 * gives Taiwan's agencies with official English names and hierarchy), in the groups of
 * `registry.json`. The file is data: `registry.test.ts` and the build (`scripts/check-registry.mjs`)
 * validate every entry against the model's zod `Agency` schema; the test also checks ids, parents,
 * dates and name collisions. The conventions for entries are in this package's README.
 */
export const agencyRegistry: readonly Agency[] = (
  registryFile as ReadonlyArray<{ group: string; agencies: readonly unknown[] }>
).flatMap((group) => group.agencies) as Agency[];
