// Build step: the registry is data people edit, so a build fails on an entry that breaks the
// model's Agency schema, a repeated id or a parent that does not exist (the tests check more).
import { readFileSync } from "node:fs";
import { Agency } from "@lianzheng/model";

const file = new URL("../src/registry.json", import.meta.url);
const groups = JSON.parse(readFileSync(file, "utf8"));
const problems = [];
if (!Array.isArray(groups)) problems.push("the file must be an array of { group, agencies } objects");
const agencies = [];
for (const [index, group] of (Array.isArray(groups) ? groups : []).entries()) {
  if (typeof group?.group !== "string" || !Array.isArray(group?.agencies)) {
    problems.push(`group ${index}: expected { "group": "<title>", "agencies": [ … ] }`);
    continue;
  }
  for (const entry of group.agencies) {
    const result = Agency.safeParse(entry);
    if (result.success) agencies.push(result.data);
    else problems.push(`${entry?.id ?? `an entry of "${group.group}"`}: ${result.error.issues[0]?.message}`);
  }
}
const ids = new Set();
for (const agency of agencies) {
  if (ids.has(agency.id)) problems.push(`${agency.id}: the id is used twice`);
  ids.add(agency.id);
}
for (const agency of agencies) {
  if (agency.parentId !== null && !ids.has(agency.parentId))
    problems.push(`${agency.id}: parent "${agency.parentId}" is not in the registry`);
}
if (problems.length > 0) {
  console.error(`src/registry.json: ${problems.length} problem(s)\n${problems.join("\n")}`);
  process.exit(1);
}
