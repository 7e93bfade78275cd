import { describe, expect, it } from "vitest";
import { readLayoutText } from "./grid.js";

// A space before closing punctuation is a column gap (no CJK cell line has one), unless the line
// is letter-spaced (`者 保 護 。`): seed 001's strategy 八 as the text-forms property renders it
// (4 columns, justified lines spread at random; lines 45–61 of one rendering, verbatim).
const TEXT = [
  "肆、具體作為",
  "",
  "具 體 策 略     執 行 措 施     績 效 目 標        辦 理 機 關",
  "",
  "八、增修肅貪法令，強  (一) 研議制定「揭  1. 積極蒐集各界建議，研  法務部(廉政署)",
  "化肅貪能量，落實揭弊  弊者保護法」草案，將  擬妥適條文，陳報行政院審查",
  "者 保 護 。     「揭弊者保護法」草案  。 2. 配合法制審查作業",
  "",
  "                              -3-",
  "\f具 體 策 略     執 行 措 施     績 效 目 標        辦 理 機 關",
  "",
  "            列為優先審議法案，積  ，持續更新「揭弊者保護專區",
  "            極鼓勵檢舉貪瀆不法。  」網站內容。 3. 完成揭",
  "                        弊者保護法草案立法。",
  "",
  "            (二) 定期召開審查  定期召開「法務部貪污瀆職案  法務部",
  "            會，審核貪瀆案件檢舉  件檢舉獎金審查會」會議，並",
  "            獎金申請案。      統計申請、核發件數及發給獎",
  "                        金 之 金 額 。",
].join("\n");

describe("readLayoutText: a space before closing punctuation", () => {
  const table = readLayoutText(TEXT).blocks.find((block) => block.kind === "table");
  const rows = table?.kind === "table" ? table.rows.map((row) => row.cells.map((c) => c.text)) : [];

  it("keeps a letter-spaced line's closing punctuation in its cell (者 保 護 。)", () => {
    expect(rows[0]?.[0]).toBe("八、增修肅貪法令，強化肅貪能量，落實揭弊者保護。");
    expect(rows[0]?.[1]).toBe(
      "(一) 研議制定「揭弊者保護法」草案，將「揭弊者保護法」草案列為優先審議法案，積極鼓勵檢舉貪瀆不法。",
    );
    expect(rows[0]?.[3]).toBe("法務部(廉政署)");
  });
});
