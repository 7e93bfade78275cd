import { afterEach, beforeEach } from "vitest";

// Libraries stay silent: a test that writes to the console (the code under test or the test
// itself) fails. The methods are replaced, not spied on, so `vi.restoreAllMocks()` in a test does
// not lift the guard; a test that means to print runs a child process instead.
const METHODS = ["log", "info", "warn", "error", "debug", "trace"] as const;
let written: string[] = [];

for (const method of METHODS) {
  console[method] = (...args: unknown[]) => {
    written.push(
      `console.${method}(${args
        .map((arg) => String(arg))
        .join(" ")
        .slice(0, 200)})`,
    );
  };
}

beforeEach(() => {
  written = [];
});

afterEach(() => {
  if (written.length === 0) return;
  const calls = written;
  written = [];
  throw new Error(`the test wrote to the console (libraries stay silent):\n${calls.join("\n")}`);
});
