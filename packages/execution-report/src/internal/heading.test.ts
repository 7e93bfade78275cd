import { describe, expect, it } from "vitest";
import { parseHeading } from "./heading.js";

describe("parseHeading", () => {
  it("reads the approval and the year of seed 003's heading", () => {
    expect(
      parseHeading([
        "行政院 108 年 9 月 11 日院臺法字第 1080029452 號函核定",
        "國家廉政建設行動方案 107 年執行情形",
      ]),
    ).toEqual({
      title: "國家廉政建設行動方案 107 年執行情形",
      rocYear: 107,
      approval: { authority: "行政院", date: "2019-09-11", documentNumber: "院臺法字第1080029452號" },
    });
  });
  it("reads unspaced, full-width and 年度 forms", () => {
    const heading = parseHeading([
      "行政院１１３年８月１日院臺法字第1130012345號函核定",
      "# 國家廉政建設行動方案112年度執行情形",
    ]);
    expect(heading.rocYear).toBe(112);
    expect(heading.title).toBe("國家廉政建設行動方案112年度執行情形");
    expect(heading.approval?.date).toBe("2024-08-01");
  });
  it("leaves the approval out of a title it runs into (one heading in a print of the law database's page)", () => {
    const line = "行政院 108 年 9 月 11 日院臺法字第 1080029452 號函核定國家廉政建設行動方案 107 年執行情形";
    expect(parseHeading([line])).toEqual(
      parseHeading([
        "行政院 108 年 9 月 11 日院臺法字第 1080029452 號函核定",
        "國家廉政建設行動方案 107 年執行情形",
      ]),
    );
    // A title naming an approval after its year keeps it.
    expect(
      parseHeading(["國家廉政建設行動方案 107 年執行情形（行政院 108 年 9 月 11 日院臺法字第 1 號函核定）"])
        .title,
    ).toMatch(/\(行政院.*核定\)$/u);
  });
  it("gives no approval for an impossible date", () => {
    expect(parseHeading(["行政院 108 年 2 月 30 日院臺法字第 1 號函核定"]).approval).toBeNull();
  });
  it("finds nothing in unrelated text", () => {
    expect(parseHeading(["出國報告"])).toEqual({ title: null, rocYear: null, approval: null });
  });
});
