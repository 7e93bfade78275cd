import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, vi } from "vitest";
import { repoRoot } from "./repo.js";

// The e2e tests run the built CLI as a user would (turbo builds it before `test`).
export const cliPath = join(repoRoot, "packages/ingest/dist/cli.js");

/** Runs the built `lianzheng` CLI from the repository root; its exit code, stdout and stderr. */
export function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder with its bytes; manifest.json without its timings. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    let text = readFileSync(path).toString("base64");
    if (path === join(dir, "manifest.json")) {
      const manifest = JSON.parse(readFileSync(path, "utf8"));
      for (const input of manifest.inputs) {
        input.ms = 0;
        delete input.reused;
      }
      text = JSON.stringify(manifest);
    }
    files[path.slice(dir.length)] = text;
  }
  return files;
}

/** What the code under test wrote to stdout and stderr; tests may clear it between steps. */
export interface CapturedOutput {
  out: string;
  err: string;
}

/**
 * Captures process.stdout and process.stderr for each test of the calling file (spies set before
 * each test and restored after it), for commands run in-process.
 */
export function captureOutput(): CapturedOutput {
  const captured: CapturedOutput = { out: "", err: "" };
  beforeEach(() => {
    captured.out = "";
    captured.err = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      captured.out += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      captured.err += String(chunk);
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());
  return captured;
}
