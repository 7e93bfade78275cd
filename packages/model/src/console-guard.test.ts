import { describe, expect, it } from "vitest";

// The shared setup (vitest.setup.ts) fails a test that writes to the console.
describe("the console guard of every package's tests", () => {
  it.fails("fails a test that writes to the console", () => {
    console.warn("a library must not print this");
  });

  it("replaces the console's methods rather than spying on them", () => {
    expect(console.log.name).not.toBe("log");
  });
});
