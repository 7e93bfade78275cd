import { describe, expect, it } from "vitest";
import { asksForHelp, type CommandSpec, formatCommandHelp, nearest, parseCommandArgs } from "./command.js";
import { UsageError } from "./usage.js";

const spec: CommandSpec = {
  name: "demo",
  summary: { en: "a demo", "zh-Hant": "示範" },
  usage: ["demo <thing> [--out DIR]"],
  options: {
    out: { type: "string", value: "DIR", example: "dir", description: { en: "where", "zh-Hant": "哪裡" } },
    jobs: { type: "string", short: "j", value: "N", description: { en: "how many", "zh-Hant": "幾個" } },
    force: { type: "boolean", description: { en: "again", "zh-Hant": "重來" } },
  },
  examples: [{ command: "demo x --out y", what: { en: "x into y", "zh-Hant": "x 寫入 y" } }],
};

function usageErrorOf(args: string[]): UsageError {
  try {
    parseCommandArgs(spec, args);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`no usage error for ${args.join(" ")}`);
}

describe("nearest", () => {
  it("suggests the option one or two edits away", () => {
    expect(nearest("--jbos", ["--out", "--jobs", "--force"])).toBe("--jobs");
    expect(nearest("--froce", ["--out", "--jobs", "--force"])).toBe("--force");
    expect(nearest("pars", ["parse", "ingest"])).toBe("parse");
    expect(nearest("ingets", ["parse", "ingest"])).toBe("ingest");
  });

  it("suggests a command of which the typed word is a prefix", () => {
    expect(nearest("norm", ["parse", "normalize"])).toBe("normalize");
  });

  it("suggests nothing when nothing is close", () => {
    expect(nearest("--colour", ["--out", "--jobs", "--force"])).toBeUndefined();
    expect(nearest("x", ["parse", "ingest"])).toBeUndefined();
  });
});

describe("parseCommandArgs", () => {
  it("parses known options, shorts and positionals, with - as a positional", () => {
    const { values, positionals } = parseCommandArgs(spec, ["a", "-", "--out", "o", "-j", "2", "--force"]);
    expect(values).toMatchObject({ out: "o", jobs: "2", force: true });
    expect(positionals).toEqual(["a", "-"]);
  });

  it("names an unknown long or short option, with the nearest real one", () => {
    const long = usageErrorOf(["x", "--jbos", "2"]);
    expect(long).toMatchObject({ code: "unknown_option", command: "demo", suggestion: "--jobs" });
    expect(long.message).toContain("--jbos");
    expect(usageErrorOf(["-k"])).toMatchObject({ code: "unknown_option", suggestion: undefined });
  });

  it("asks for a missing value with an example, refuses a value given to a flag", () => {
    const missing = usageErrorOf(["x", "--out"]);
    expect(missing).toMatchObject({ code: "missing_option_value" });
    expect(missing.message).toContain("--out dir");
    expect(usageErrorOf(["x", "--force=yes"])).toMatchObject({ code: "unexpected_option_value" });
  });

  it("leaves arguments after -- alone", () => {
    expect(parseCommandArgs(spec, ["--", "--jbos"]).positionals).toEqual(["--jbos"]);
    expect(asksForHelp(["--", "--help"])).toBe(false);
    expect(asksForHelp(["x", "-h"])).toBe(true);
  });
});

describe("formatCommandHelp", () => {
  it("lists every option with its placeholder and an example, in either language", () => {
    const en = formatCommandHelp(spec, "en");
    for (const text of [
      "usage:",
      "lianzheng demo <thing>",
      "--out DIR",
      "-j, --jobs N",
      "--force",
      "-h, --help",
      "examples:",
      "lianzheng demo x --out y",
    ]) {
      expect(en).toContain(text);
    }
    const zh = formatCommandHelp(spec, "zh-Hant");
    expect(zh).toContain("用法：");
    expect(zh).toContain("x 寫入 y");
    expect(zh).not.toContain("x into y");
  });
});
