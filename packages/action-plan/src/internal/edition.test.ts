import { describe, expect, it } from "vitest";
import { readApproval } from "./edition.js";

describe("readApproval", () => {
  it("reads date, authority, document number and action of an approval line", () => {
    expect(readApproval(["行政院 107 年 7 月 27 日院臺法字第 1070182045 號函修正"])).toEqual({
      label: "修正",
      date: "2018-07-27",
      rocDate: "107-07-27",
      authority: "行政院",
      documentNumber: "院臺法字第1070182045號",
    });
  });

  it("takes a line without a document number, authority after the date", () => {
    expect(readApproval(["中華民國98年7月8日行政院核定"])).toEqual({
      label: "核定",
      date: "2009-07-08",
      rocDate: "98-07-08",
      authority: "行政院",
    });
  });

  it("skips an impossible date and lines that are no approval", () => {
    expect(readApproval(["107年2月30日核定", "國家廉政建設行動方案"])).toBeNull();
  });
});
