import { describe, expect, it } from "vitest";
import { createProgressReporter } from "./progress.js";

// A bar drawn for a terminal of the given width, with one long file name current.
function barFor(columns: number | undefined): string {
  let stderr = "";
  let clock = 0;
  const write = (text: string) => {
    stderr += text;
    return true;
  };
  const reporter = createProgressReporter(
    "bar",
    {
      stdout: { write: () => true },
      stderr: {
        write,
        isTTY: true,
        ...(columns === undefined ? {} : { columns }),
      },
    },
    () => (clock += 1000),
  );
  reporter.start(3);
  reporter.fileStarted(`reports/${"執行情形".repeat(3)}/national-integrity-action-plan-2023.pdf`);
  return stderr.split("\r\u001b[K").at(-1) ?? "";
}

describe("progress bar width", () => {
  it("takes 0 columns (under `script`, a serial console) as unknown: 80, not the 40 minimum", () => {
    const zero = barFor(0);
    expect(zero).toBe(barFor(undefined));
    expect(zero.length).toBe(79);
    expect(zero).toContain("national-integrity-action-plan-2023.pdf");
  });

  it("fits a narrow terminal by keeping the end of the name", () => {
    const narrow = barFor(50);
    expect(narrow.length).toBeLessThanOrEqual(49);
    expect(narrow).toMatch(/….*2023\.pdf$/);
  });
});
