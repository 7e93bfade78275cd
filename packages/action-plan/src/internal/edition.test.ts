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

  it("reads the first edition's 函頒 and the law database's 民國 … 修正 lines", () => {
    expect(readApproval(["經行政院98年7月8日院臺法字第0980087657號函頒，自98年7月8日生效"])).toEqual({
      label: "函頒",
      date: "2009-07-08",
      rocDate: "98-07-08",
      authority: "行政院",
      documentNumber: "院臺法字第0980087657號",
    });
    expect(readApproval(["民國 112 年 08 月 18 日修正"])).toEqual({
      label: "修正",
      date: "2023-08-18",
      rocDate: "112-08-18",
    });
  });

  it("skips an impossible date and lines that are no approval", () => {
    expect(readApproval(["107年2月30日核定", "國家廉政建設行動方案"])).toBeNull();
  });
});
