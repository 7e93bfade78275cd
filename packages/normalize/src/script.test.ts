import { describe, expect, it } from "vitest";
import { detectScript, hasSimplifiedCharacters, normalizeTaiCharacter, toTraditional } from "./script.js";

describe("script", () => {
  it("converts Simplified to Taiwan Traditional with phrases, and writes 臺 in place names", async () => {
    expect(await toTraditional("台湾廉政建设 软件")).toBe("臺灣廉政建設 軟體");
    expect(await toTraditional("国家廉政建设行动方案")).toBe("國家廉政建設行動方案");
  });

  it("leaves Traditional text alone apart from 台 → 臺 in place names and the currency", async () => {
    expect(await toTraditional("台灣透明組織 新台幣 平台 台電公司")).toBe(
      "臺灣透明組織 新臺幣 平台 台電公司",
    );
    expect(normalizeTaiCharacter("院台法字第0980087657號")).toBe("院臺法字第0980087657號");
  });

  it("tells Simplified-only characters from characters both scripts share", () => {
    expect(hasSimplifiedCharacters("们")).toBe(true);
    expect(hasSimplifiedCharacters("台准干里后杰")).toBe(false);
    expect(detectScript("法务部廉政署")).toBe("zh-Hans");
    expect(detectScript("")).toBeNull();
  });
});
