import { describe, expect, it } from "vitest";
import { runsOn } from "./runs-on.js";

const none = new Map<string, number>();

describe("runsOn: a row cut by a page end", () => {
  it("goes on below when two of its cells stopped mid-sentence and each cell below goes on", () => {
    // A strategy beside its measure, both cut (the six-column edition at other widths).
    const above = [
      "九、推動國際合作與資產追繳，建構國家間互",
      "推動外國與我國簽署司法互助條約協定，並",
      "",
      "",
      "",
      "辦理 159 件。",
    ];
    const below = ["惠機制。", "透過參與相關國際會議。", "", "", "", ""];
    expect(runsOn(above, below, none)).toBe(true);
    // A list going on in its cell counts as going on (2. after 1. …。).
    const listed = [
      "六、推動校園誠信",
      "鼓勵各大專院校開設法治教育相",
      "",
      "",
      "完成年度工作項目",
      "1. 完成研議 1 案。",
    ];
    expect(
      runsOn(
        listed,
        ["，深化學子品格教育。", "關課程。", "", "", "之比率。", "2. 召開研商會議 4 次。"],
        none,
      ),
    ).toBe(true);
  });

  it("does not when one cell alone stops without a sentence end (a label: 績效衡量指標)", () => {
    const above = ["績效衡量指標", "1. 每年依據廉政風險評估採取適當的措施。"];
    const below = ["107 年績效目標值", "1. 各機關提出廉政風險評估並採取適當的措施達 70%。"];
    expect(runsOn(above, below, none)).toBe(false);
  });

  it("does not when the first cell below is numbered (a new strategy)", () => {
    const above = ["八、增修肅貪法令，強化", "研議制定", "", "", "", "辦理。"];
    expect(runsOn(above, ["九、推動國際合作", "推動外國", "", "", "", ""], none)).toBe(false);
  });
});
