// Writes the JSON Schema files generated from the built zod schemas into schema/.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { generateJsonSchemas } from "../dist/index.js";

const dir = new URL("../schema/", import.meta.url);
mkdirSync(dir, { recursive: true });
const files = generateJsonSchemas();
for (const name of readdirSync(dir)) if (!(name in files)) rmSync(new URL(name, dir));
for (const [name, text] of Object.entries(files)) writeFileSync(new URL(name, dir), text);
