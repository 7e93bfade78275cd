// Checks that the package in the current folder is ready to publish, as `npm publish` would see it:
// its metadata, LICENSE, README install line and CHANGELOG, then `npm publish --dry-run` of the
// tarball `pnpm pack` makes (pnpm rewrites `workspace:*`, which npm alone would publish as it is).
// Run by each package's `lint` script. Exits 1 naming every problem.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const problems = [];
const expect = (ok, problem) => ok || problems.push(problem);

for (const field of ["description", "license", "homepage", "keywords"]) expect(pkg[field], `no "${field}"`);
expect(pkg.repository?.url && pkg.repository?.directory, 'no "repository" with "url" and "directory"');
expect(pkg.bugs?.url, 'no "bugs.url"');
expect(pkg.publishConfig?.access === "public", '"publishConfig.access" is not "public"');
expect(
  existsSync("LICENSE") && readFileSync("LICENSE", "utf8") === readFileSync(join(root, "LICENSE"), "utf8"),
  "LICENSE is missing or differs from the repository's",
);
expect(existsSync("CHANGELOG.md"), "no CHANGELOG.md (changesets writes it; start one by hand)");
const readme = existsSync("README.md") ? readFileSync("README.md", "utf8") : "";
expect(readme.includes(`npm install ${pkg.name}`), `README.md has no "npm install ${pkg.name}" line`);

const dir = mkdtempSync(join(tmpdir(), "lianzheng-publish-"));
try {
  execFileSync("pnpm", ["pack", "--pack-destination", dir], { stdio: "pipe" });
  const tarball = join(dir, `${pkg.name.replace("@", "").replace("/", "-")}-${pkg.version}.tgz`);
  const report = JSON.parse(
    execFileSync("npm", ["publish", "--dry-run", "--json", tarball], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  const published = report[pkg.name] ?? report;
  const files = new Set(published.files.map((file) => file.path));
  for (const file of ["LICENSE", "README.md", "CHANGELOG.md", "package.json"]) {
    expect(files.has(file), `the tarball has no ${file}`);
  }
  for (const file of [pkg.main, pkg.types].filter(Boolean)) {
    expect(files.has(file.replace(/^\.\//, "")), `the tarball has no ${file}`);
  }
  expect(![...files].some((file) => /\.test\.ts$/.test(file)), "the tarball holds test files");
  const packed = execFileSync("tar", ["-xOzf", tarball, "package/package.json"], { encoding: "utf8" });
  expect(!packed.includes("workspace:"), "the packed package.json still names workspace: versions");
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`${pkg.name} is not ready to publish:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
