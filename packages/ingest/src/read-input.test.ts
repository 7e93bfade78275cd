import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeInput, decodeText, readInput } from "./read-input.js";

const dir = mkdtempSync(join(tmpdir(), "lianzheng-read-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code: string }).code;
  }
  return "no error";
}

describe("readInput", () => {
  it("tells a PDF from text by its header, not its name", async () => {
    expect((await readInput(file("a.txt", "%PDF-1.7\n%junk"))).format).toBe("pdf");
    expect((await readInput(file("b.txt", "國家廉政"))).format).toBe("text");
  });

  it("hashes the bytes with sha256", async () => {
    const input = await readInput(file("c.txt", "abc"));
    expect(input.sha256).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("fails with its own code for each broken input", async () => {
    expect(await failure(readInput(join(dir, "missing.txt")))).toBe("not_found");
    expect(await failure(readInput(file("empty.txt", "")))).toBe("empty_input");
    expect(await failure(readInput(file("text.pdf", "not a pdf at all")))).toBe("not_a_pdf");
    expect(await failure(readInput(dir))).toBe("unreadable");
    expect(await failure(readInput(file("big.txt", "x".repeat(100)), { maxBytes: 10 }))).toBe(
      "file_too_large",
    );
  });
});

describe("decodeText", () => {
  const decode = async (name: string, content: string | Uint8Array) =>
    decodeText(await readInput(file(name, content)));

  it("drops a UTF-8 byte-order mark and reads UTF-16 with one", async () => {
    expect(await decode("bom.txt", "\uFEFF序次\t1")).toBe("序次\t1");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("序次\t1", "utf16le")]);
    expect(await decode("utf16.txt", utf16)).toBe("序次\t1");
  });

  it("refuses binary junk and white space only", async () => {
    expect(await failure(decode("junk.txt", new Uint8Array([0x89, 0x50, 0xc3, 0x28, 0xa0, 0xa1])))).toBe(
      "binary_input",
    );
    expect(await failure(decode("nul.txt", "abc\u0000def"))).toBe("binary_input");
    expect(await failure(decode("blank.txt", " \n\t\n"))).toBe("empty_input");
  });

  it("reads Big5 (CP950) text and records the encoding", async () => {
    // 國家廉政建設行動方案 / 執行措施<TAB>辦理機關 / 法務部廉政署, encoded in Big5.
    const big5 = Buffer.from(
      "b0eaae61b747ac46abd8b35da6e6b0caa4e8aed70ab0f5a6e6b1b9ac4909bfecb27abef7c3f60aaa6bb0c8b3a1b747ac46b8700a",
      "hex",
    );
    const decoded = decodeInput(await readInput(file("big5.txt", big5)));
    expect(decoded.encoding).toBe("big5");
    expect(decoded.text).toBe("國家廉政建設行動方案\n執行措施\t辦理機關\n法務部廉政署\n");
  });
});
