import { describe, expect, test } from "vitest";
import { readAnyText } from "./forms.js";
import { preformattedPage } from "./html-pre.js";

const BOX = ["┌──┬──┐", "│甲│乙│", "├──┼──┤", "│丙│丁│", "└──┴──┘"];
const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>規則 - 全國法規資料庫</title></head><body>${body}</body></html>`;

describe("preformattedPage", () => {
  test("a page whose table is box-drawn in <pre>: its lines, the <pre> verbatim, chrome left out", () => {
    const html = page(
      `<div class="nav">首頁 &gt; 法規內容</div><div>規則名稱</div><div>一、  說明</div><pre>\n${BOX.join("\n").replaceAll("│", "&#9474;")}\n</pre><div class="footer">列印時間</div>`,
    );
    expect(preformattedPage(html)).toBe(["規則名稱", "一、 說明", ...BOX].join("\n"));
  });

  test("read as a box table, the form still html", () => {
    const html = page(`<div>規則名稱</div><pre>${BOX.join("\n")}</pre>`);
    const { form, document } = readAnyText(html);
    expect(form).toBe("html");
    const table = document.blocks.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ["丙", "丁"],
    ]);
  });

  test("none where no <pre> holds a box table, or the page has a <table> of its own", () => {
    expect(preformattedPage(page("<div>規則名稱</div>"))).toBeNull();
    expect(preformattedPage(page("<pre>程式碼\n  縮排</pre>"))).toBeNull();
    expect(
      preformattedPage(page(`<pre>${BOX.join("\n")}</pre><table><tr><td>甲</td></tr></table>`)),
    ).toBeNull();
    // Markup inside the <pre> is dropped, its text kept.
    expect(preformattedPage(page(`<pre><b>${BOX.join("\n")}</b></pre>`))).toBe(BOX.join("\n"));
  });
});
