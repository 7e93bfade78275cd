import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { cliPath, repoRoot as root } from "@lianzheng/test-support";
import { describe, expect, it } from "vitest";

// The built CLI as a person at a terminal meets it: help, usage errors, locale (turbo builds first).
function run(args: string[], options: { lang?: string; input?: Buffer } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: options.lang ?? "en_US.UTF-8" };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: root,
    encoding: "utf8",
    env,
    maxBuffer: 1 << 26,
    ...(options.input ? { input: options.input } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const commands = ["parse", "ingest", "normalize", "derive-plan", "diff", "agencies"];

describe("help", () => {
  it.each(commands)("%s --help lists its options and an example, exit 0", (name) => {
    const { code, stdout } = run([name, "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain(`lianzheng ${name}:`);
    expect(stdout).toMatch(/usage:\n {2}lianzheng /);
    expect(stdout).toContain("-h, --help");
    expect(stdout).toMatch(/examples:\n {2}lianzheng \S+/);
    // -h and `help <command>` give the same text
    expect(run([name, "-h"]).stdout).toBe(stdout);
    expect(run(["help", name]).stdout).toBe(stdout);
  });

  it("ingest --help lists every option and says where it writes by default", () => {
    const { stdout } = run(["ingest", "--help"]);
    for (const option of ["--out DIR", "--format LIST", "-j, --jobs N", "--force", "-q, --quiet", "--json"]) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toContain("default ./out");
  });

  it("--help lists every command; no command at all is a usage error with the same list", () => {
    const help = run(["--help"]);
    expect(help.code).toBe(0);
    for (const name of commands) expect(help.stdout).toMatch(new RegExp(`^ {2}${name} `, "m"));
    const none = run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("[missing_command]");
    expect(none.stderr).toContain("  ingest ");
  });

  it("-V, -v and --version print the version", () => {
    const version = JSON.parse(readFileSync(join(root, "packages/ingest/package.json"), "utf8")).version;
    for (const flag of ["-V", "-v", "--version"]) expect(run([flag]).stdout).toBe(`${version}\n`);
  });
});

describe("usage errors: exit 2, the mistake named with its code, the nearest fix, the command's usage", () => {
  it.each([
    [
      ["ingest", "seeds", "--jbos", "2"],
      "unknown_option",
      "--jbos",
      "did you mean --jobs?",
      "lianzheng ingest <paths…>",
    ],
    [
      ["parse", "--compcat", "x"],
      "unknown_option",
      "--compcat",
      "did you mean --compact?",
      "lianzheng parse <file>",
    ],
    [
      ["agencies", "--reslove", "x"],
      "unknown_option",
      "--reslove",
      "did you mean --resolve?",
      "lianzheng agencies",
    ],
    [
      ["normalize", "--pretty", "amount", "1"],
      "unknown_option",
      "--pretty",
      undefined,
      "lianzheng normalize <number",
    ],
    [["ingest", "seeds", "-x"], "unknown_option", "-x", undefined, "lianzheng ingest"],
    [["ingets", "seeds"], "unknown_command", "ingets", "did you mean ingest?", "  parse "],
    [["ingest", "seeds", "--out"], "missing_option_value", "--out", undefined, "lianzheng ingest"],
    [["agencies", "--resolve"], "missing_option_value", "--resolve", undefined, "lianzheng agencies"],
    [["ingest", "seeds", "--force=yes"], "unexpected_option_value", "--force", undefined, "lianzheng ingest"],
    [["ingest"], "wrong_arguments", "files or folders", undefined, "lianzheng ingest"],
    [
      ["ingest", "seeds", "--quiet", "--json"],
      "conflicting_options",
      "--quiet",
      undefined,
      "lianzheng ingest",
    ],
    [["ingest", "seeds", "--format", "xml"], "bad_option_value", '"xml"', undefined, "lianzheng ingest"],
    [["ingest", "seeds", "--jobs", "0"], "bad_option_value", '"0"', undefined, "lianzheng ingest"],
    [["ingest", "no/such/folder"], "input_not_found", "no/such/folder", undefined, "lianzheng ingest"],
    [["parse"], "wrong_arguments", "exactly one file", undefined, "lianzheng parse"],
    [["parse", "a.txt", "b.txt"], "wrong_arguments", "a.txt b.txt", undefined, "lianzheng parse"],
    [["parse", "no-such-file.txt"], "no_such_file", "no-such-file.txt", undefined, "lianzheng parse"],
    [
      ["normalize", "amont", "5 元"],
      "wrong_arguments",
      '"amont"',
      "did you mean amount?",
      "lianzheng normalize",
    ],
    [["normalize", "amount"], "wrong_arguments", "needs a text", undefined, "lianzheng normalize"],
    [
      ["agencies", "--resolve", "x", "--unresolved", "seeds"],
      "conflicting_options",
      "--unresolved",
      undefined,
      "lianzheng agencies",
    ],
    [
      ["agencies", "--unresolved"],
      "wrong_arguments",
      "--unresolved needs files",
      undefined,
      "lianzheng agencies",
    ],
    [["agencies", "MOJ", "AAC"], "wrong_arguments", '"MOJ"', undefined, "lianzheng agencies"],
  ])("%j → %s", (args, code, named, suggestion, usage) => {
    const result = run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    const [first] = result.stderr.split("\n");
    expect(first).toMatch(new RegExp(`^lianzheng: .*\\[${code}\\]$`));
    expect(first).toContain(named);
    if (suggestion) expect(result.stderr).toContain(suggestion);
    else expect(result.stderr).not.toContain("did you mean");
    expect(result.stderr).toContain(usage);
    expect(result.stderr).not.toMatch(/TypeError|ERR_PARSE_ARGS|\n {4}at /);
  });

  it("a usage error of ingest over PDFs ends the run at once: the parse process started ahead holds nothing open", async () => {
    // The CLI starts a parse process (and its PDF reader) while it loads the command; the
    // option is refused after that. A process left referenced would keep the CLI waiting.
    const child = spawn(process.execPath, [cliPath, "ingest", "fixtures/pdf", "--jobs", "0"], {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const ended = await new Promise<number | "still running">((resolve) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        resolve("still running");
      }, 30_000);
      child.once("exit", (code) => {
        clearTimeout(timer);
        resolve(code ?? -1);
      });
    });
    expect(ended).toBe(2);
    expect(stderr.split("\n")[0]).toContain("[bad_option_value]");
  }, 60_000);

  it("the folder given to --out being a file is a usage error naming it", () => {
    const file = join(mkdtempSync(join(tmpdir(), "lianzheng-outfile-")), "taken");
    writeFileSync(file, "x");
    const result = run(["ingest", "seeds/002_9a82e845d717d122.txt", "--out", file, "--quiet"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("[output_is_file]");
    expect(result.stderr).toContain("lianzheng ingest <paths…>");
  });
});

describe("Traditional Chinese when the locale asks for it", () => {
  it("help in Chinese for LANG=zh_TW.UTF-8, the option names as they are", () => {
    const { stdout } = run(["ingest", "--help"], { lang: "zh_TW.UTF-8" });
    expect(stdout).toContain("用法：");
    expect(stdout).toContain("選項：");
    expect(stdout).toContain("範例：");
    expect(stdout).toContain("資料集寫入的資料夾");
    expect(stdout).toContain("--out DIR");
    expect(stdout).not.toContain("where the dataset is written");
  });

  it("usage errors in Chinese keep their codes and the suggestion", () => {
    const option = run(["ingest", "seeds", "--jbos", "2"], { lang: "zh_TW.UTF-8" });
    expect(option.code).toBe(2);
    expect(option.stderr.split("\n")[0]).toBe("lianzheng: ingest：沒有 --jbos 這個選項 [unknown_option]");
    expect(option.stderr).toContain("您是指 --jobs 嗎？");
    const command = run(["pars"], { lang: "zh_TW.UTF-8" });
    expect(command.stderr.split("\n")[0]).toBe("lianzheng: 沒有「pars」這個指令 [unknown_command]");
    const jobs = run(["ingest", "seeds", "--jobs", "0"], { lang: "zh_TW.UTF-8" });
    expect(jobs.stderr).toContain("--jobs 須為1 以上的整數；收到「0」 [bad_option_value]");
  });

  it("the ingest run reports in Chinese, and English again under LANG=C", () => {
    const out = join(mkdtempSync(join(tmpdir(), "lianzheng-zh-")), "out");
    const zh = run(["ingest", "seeds/002_9a82e845d717d122.txt", "--out", out], { lang: "zh_TW.UTF-8" });
    expect(zh.code).toBe(0);
    const lines = zh.stdout.trim().split("\n");
    expect(lines[0]).toBe(`資料集寫入 ${resolve(out)}（新資料夾）`);
    expect(lines.at(-1)).toBe(`1 個輸入：1 個成功、0 個部分成功、0 個失敗、0 個略過；1 份文件已寫入 ${out}`);
    const en = run(["ingest", "seeds/002_9a82e845d717d122.txt", "--out", out], { lang: "C" });
    expect(en.stdout.split("\n")[0]).toBe(
      `writing the dataset to ${resolve(out)} (its earlier output is replaced at the end)`,
    );
  });
});

describe("parse -", () => {
  it("reads standard input, text or PDF, and gives the same document as the file", () => {
    for (const path of ["seeds/003_2d62c1db8ab3e0f0.txt", "fixtures/pdf/plan-2023-en-strategy9.pdf"]) {
      const fromFile = JSON.parse(run(["parse", path]).stdout);
      const piped = run(["parse", "-"], { input: readFileSync(join(root, path)) });
      expect(piped.code, piped.stderr).toBe(0);
      const fromStdin = JSON.parse(piped.stdout);
      expect(fromStdin.id).toBe(fromFile.id);
      expect(fromStdin.source.path).toBe("-");
      expect({ ...fromStdin, source: null }).toEqual({ ...fromFile, source: null });
    }
  });

  it("fails empty standard input with one line and exit 1", () => {
    const result = run(["parse", "-"], { input: Buffer.alloc(0) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("[empty_input]");
  });
});
