import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { cli, repoRoot as root } from "@lianzheng/test-support";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPdf, writeHostileInputs } from "./support/hostile-inputs.mjs";
import { canSeeGroups, groupMembers, leftBehind, sleep, startCli } from "./support/process-group.js";

// The hardening issue's hostile inputs at sizes a test can afford (`pnpm bench hostile` runs the
// full ones): each ends in a document or one line, the rest of the batch is written, and no child
// process outlives the CLI.
const SEED = join(root, "seeds/001_6bac756fe4f12e99.txt");
const dir = mkdtempSync(join(tmpdir(), "lianzheng-hostile-"));
let names: string[] = [];

/** A PDF whose one page keeps PDF.js busy for minutes: two million nested `q`. */
function stuckPdf(): Buffer {
  const content = deflateSync(Buffer.from(`${"q ".repeat(2_000_000)}BT /F1 12 Tf 72 720 Td (Hi) Tj ET`));
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`),
      content,
      Buffer.from("\nendstream"),
    ]),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ]);
}

beforeAll(async () => {
  names = await writeHostileInputs(dir, root, "small");
  // Big5 text (國家廉政建設行動方案 …), and a name that would forge a line if printed as it is.
  writeFileSync(
    join(dir, "big5.txt"),
    Buffer.from("b0eaae61b747ac46abd8b35da6e6b0caa4e8aed70ab0f5a6e6b1b9ac4909", "hex"),
  );
  writeFileSync(join(dir, "forged\nfailed  other.txt"), "\u0000binary");
  writeFileSync(join(dir, "stuck.pdf"), stuckPdf());
}, 60_000);

describe("a batch of hostile inputs", () => {
  it.each([["1"], ["2"]])(
    "ends each in a document or one line, writes the rest, and leaves no process behind (--jobs %s)",
    async (jobs) => {
      const out = join(dir, `out-${jobs}`);
      const inputs = [...names, "big5.txt", "forged\nfailed  other.txt"].map((name) => join(dir, name));
      const run = startCli(["ingest", ...inputs, SEED, "--out", out, "--quiet", "--jobs", jobs]);
      const { code, stderr } = await run.done;
      if (canSeeGroups) expect(await leftBehind(run.child.pid as number)).toEqual([]);
      expect(code).toBe(1);
      const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
      const byName = new Map<string, { status: string; error: string | null; documentId: string | null }>(
        manifest.inputs.map((entry: { path: string }) => [entry.path.slice(dir.length + 1), entry]),
      );
      expect(
        manifest.inputs.find((entry: { path: string }) => entry.path === SEED).documentId,
      ).not.toBeNull();
      for (const name of names) expect(byName.get(name)?.status).toMatch(/^(ok|partial|skipped|failed)$/);
      expect(byName.get("huge-number.txt")?.status).toBe("partial");
      expect(byName.get("tabs-100000.txt")?.documentId).not.toBeNull();
      // 20,000 empty records give nine warnings each: the document lists 1,000 of a code and
      // counts the rest, so nothing after parsing carries 180,000 warnings.
      const padded = byName.get("rows-20000-report.txt")?.documentId as string;
      const { records, warnings } = JSON.parse(
        readFileSync(join(out, "documents", `${padded}.json`), "utf8"),
      );
      expect(records.length).toBeGreaterThan(20_000);
      const counts = new Map<string, number>();
      for (const { code } of warnings) counts.set(code, (counts.get(code) ?? 0) + 1);
      expect(Math.max(...counts.values())).toBeLessThanOrEqual(1000);
      const capped = warnings.filter((w: { code: string }) => w.code === "warnings_capped");
      expect(capped.map((w: { message: string }) => w.message)).toContain(
        '18999 more "missing_target" warnings left out (序次 1001–19999); the first 1000 are listed',
      );
      // Big5 is one of the encodings the text readers decode (it used to be refused): its text,
      // the plan's title over one column name, is read and refused as a plan whose table is lost.
      expect(byName.get("big5.txt")?.error).toContain("titled as the action plan");
      // Every failure is one line on stderr, the forged name escaped.
      const lines = stderr.trimEnd().split("\n");
      expect(lines.every((line) => line.startsWith("failed  "))).toBe(true);
      expect(lines).toHaveLength(manifest.totals.failed);
      expect(stderr).toContain("forged\\nfailed  other.txt: ");
    },
    240_000,
  );

  it("parse: a runaway input in its own process, one line and exit 1", () => {
    const run = cli("parse", join(dir, "forged\nfailed  other.txt"));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^lianzheng: .*forged\\nfailed {2}other\.txt: .*\[binary_input\]\n$/);
    expect(JSON.parse(cli("parse", join(dir, "tabs-100000.txt"), "--compact").stdout).kind).toBe(
      "execution-report",
    );
  }, 120_000);

  it.runIf(canSeeGroups).each([["SIGINT"], ["SIGTERM"], ["SIGKILL"]] as const)(
    "%s during a heavy PDF page: the CLI answers within two seconds and its children die with it",
    async (signal) => {
      const run = startCli([
        "ingest",
        join(dir, "stuck.pdf"),
        "--out",
        join(dir, `out-${signal}`),
        "--quiet",
        "--jobs",
        "1",
      ]);
      const pgid = run.child.pid as number;
      // Wait for the parse process and its PDF.js child to be at work.
      for (let i = 0; i < 300 && groupMembers(pgid).length < 3; i++) await sleep(50);
      expect(groupMembers(pgid).length).toBeGreaterThanOrEqual(3);
      await sleep(300);
      const sent = Date.now();
      process.kill(pgid, signal);
      const { code } = await run.done;
      expect(Date.now() - sent).toBeLessThan(2000);
      if (signal !== "SIGKILL") expect(code).toBe(130);
      expect(await leftBehind(pgid, 2000)).toEqual([]);
    },
    60_000,
  );
});
