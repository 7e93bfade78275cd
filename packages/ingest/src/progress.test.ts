import { describe, expect, it } from "vitest";
import type { Manifest, ManifestEntry } from "./ingest.js";
import { chooseProgressMode, createProgressReporter, type ProgressMode } from "./progress.js";

const entry = (
  path: string,
  status: ManifestEntry["status"],
  error: string | null = null,
): ManifestEntry => ({
  path,
  sha256: null,
  kind: null,
  language: null,
  status,
  documentId: null,
  warnings: 0,
  error,
  ms: 5,
});

const manifest = {
  totals: { inputs: 2, documents: 1, ok: 1, partial: 0, failed: 1, skipped: 0 },
} as Manifest;

function runReporter(mode: ProgressMode) {
  const out = { stdout: "", stderr: "" };
  let clock = 0;
  const append = (stream: "stdout" | "stderr", text: string) => {
    out[stream] += text;
    return true;
  };
  const reporter = createProgressReporter(
    mode,
    {
      stdout: { write: (text: string) => append("stdout", text) },
      stderr: { write: (text: string) => append("stderr", text), isTTY: true, columns: 60 },
    },
    () => {
      clock += 1000;
      return clock;
    },
  );
  reporter.start(2);
  reporter.fileStarted("seeds/a.txt");
  reporter.fileDone(entry("seeds/a.txt", "ok"), 1, 2);
  reporter.fileStarted("seeds/b.txt");
  reporter.fileDone(entry("seeds/b.txt", "failed", "seeds/b.txt: the file is empty [empty_input]"), 2, 2);
  reporter.finish(manifest, "out");
  return out;
}

const summary = "2 inputs: 1 ok, 0 partial, 1 failed, 0 skipped; 1 documents written to out\n";

describe("chooseProgressMode", () => {
  it("draws a bar only on a terminal outside CI", () => {
    expect(chooseProgressMode({}, { isTTY: true }, {})).toBe("bar");
    expect(chooseProgressMode({}, { isTTY: true }, { CI: "true" })).toBe("lines");
    expect(chooseProgressMode({}, { isTTY: false }, {})).toBe("lines");
    expect(chooseProgressMode({ quiet: true }, { isTTY: true }, {})).toBe("quiet");
    expect(chooseProgressMode({ json: true }, { isTTY: true }, {})).toBe("json");
  });
});

describe("createProgressReporter", () => {
  it("prints a line per input and the summary in a pipe, failures on stderr", () => {
    const { stdout, stderr } = runReporter("lines");
    expect(stdout).toBe(`[1/2] ok      seeds/a.txt (5 ms)\n[2/2] failed  seeds/b.txt (5 ms)\n${summary}`);
    expect(stderr).toBe("failed  seeds/b.txt: the file is empty [empty_input]\n");
  });

  it("prints only failures and the summary when quiet", () => {
    const { stdout, stderr } = runReporter("quiet");
    expect(stdout).toBe(summary);
    expect(stderr).toBe("failed  seeds/b.txt: the file is empty [empty_input]\n");
  });

  it("prints one JSON event per line", () => {
    const events = runReporter("json")
      .stdout.trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(events.map((event) => event.event)).toEqual(["start", "input", "input", "summary"]);
    expect(events[2]).toMatchObject({ done: 2, total: 2, path: "seeds/b.txt", status: "failed" });
    expect(events[3]).toMatchObject({ out: "out", failed: 1, ok: 1 });
  });

  it("redraws one bar line on stderr with count, time and current file, and clears it for the summary", () => {
    const { stdout, stderr } = runReporter("bar");
    expect(stdout).toBe(summary);
    expect(stderr).toContain("\r\u001b[K[##########----------] 1/2 00:0");
    expect(stderr).toContain("seeds/b.txt");
    expect(stderr).toContain("failed  seeds/b.txt: the file is empty [empty_input]\n");
    expect(stderr.endsWith("\r\u001b[K")).toBe(true);
    expect(stderr.split("\n")).toHaveLength(2);
  });
});
