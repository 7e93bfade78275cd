import { describe, expect, it } from "vitest";
import { readMentions } from "./index.js";

const agencies = (text: string) =>
  readMentions(text)
    .mentions.filter((m) => m.kind === "agency")
    .map((m) => [m.id, m.count]);
const codes = (text: string) => readMentions(text).warnings.map((w) => [w.code, w.subject]);

describe("agency names of another government", () => {
  it("leaves out 法務部 listed beside China's own bodies (seed 002's sentence), with an info warning", () => {
    const text =
      "中國一方面修改國內反洗錢之相關刑法，並於今年年初，由國家監察委員會、中國人民銀行、法務部及其他相關機構共同發布 2022-2024 打擊洗錢行動計畫。";
    expect(agencies(text)).toEqual([]);
    const [warning] = readMentions(text).warnings;
    expect(warning).toMatchObject({
      code: "mention_foreign",
      severity: "info",
      subject: { kind: "agency", name: "法務部" },
    });
    expect(warning?.message).toContain("國家監察委員會、中國人民銀行、法務部");
  });

  it("leaves out a name right after a foreign country or government word", () => {
    expect(agencies("中國法務部與最高人民檢察院")).toEqual([]);
    expect(agencies("中共之法務部")).toEqual([]);
    expect(agencies("中国法务部")).toEqual([]);
    expect(agencies("亦與新加坡貪污調查局合作")).toEqual([]);
    expect(agencies("美國聯邦調查局")).toEqual([]);
    expect(agencies("China's Ministry of Justice met the delegates.")).toEqual([]);
    expect(agencies("the Ministry of Justice of the People's Republic of China")).toEqual([]);
    expect(agencies("the Supreme People's Procuratorate and the Ministry of Justice issued a plan.")).toEqual(
      [],
    );
  });

  it("keeps Taiwan's own: a name after 我國, 臺灣 or Taiwan, a name after a connector, a list without foreign bodies", () => {
    expect(agencies("我國法務部與中國最高人民檢察院")).toEqual([["moj", 1]]);
    expect(agencies("Taiwan's Ministry of Justice and China's Ministry of Justice")).toEqual([["moj", 1]]);
    expect(agencies("Chinese Taipei's Ministry of Justice reported.")).toEqual([["moj", 1]]);
    expect(agencies("代表團於泰國清邁與法務部人員會合")).toEqual([["moj", 1]]);
    expect(agencies("法務部與大陸委員會會商")).toEqual([
      ["moj", 1],
      ["mac", 1],
    ]);
    expect(codes("法務部與大陸委員會會商")).toEqual([]);
    expect(codes("法務部、外交部出席於 Hong Kong, China 舉行之會議")).toEqual([]);
  });

  it("keeps a name in a sentence about China alone, with a warning: the context is unsure", () => {
    const text = "法務部持續與中國大陸進行司法互助。法務部廉政署出席會議。";
    expect(agencies(text)).toEqual([
      ["moj", 1],
      ["moj-aac", 1],
    ]);
    expect(codes(text)).toEqual([["mention_context_uncertain", { kind: "agency", name: "法務部" }]]);
    expect(codes("我國法務部持續與中國大陸進行司法互助。")).toEqual([]);
  });

  it("counts only Taiwan's occurrences of a name used for both", () => {
    expect(agencies("法務部出席會議。中國法務部亦出席。法務部致詞。")).toEqual([["moj", 2]]);
  });
});
