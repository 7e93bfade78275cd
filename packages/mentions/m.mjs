import { findMentions } from "./dist/index.js";
import { readFileSync } from "node:fs";
for (const f of process.argv.slice(2)) { const ms = findMentions(readFileSync(f, "utf8")); for (const m of ms) if (m.kind==="agency") console.log(f.slice(6,9), m.id, m.count, JSON.stringify(m.name)); }
