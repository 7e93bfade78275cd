import { describe, expect, it } from "vitest";
import { localeFromEnv, message } from "./messages.js";

describe("localeFromEnv", () => {
  it("speaks Traditional Chinese for zh_TW, zh_HK and zh_Hant, English otherwise", () => {
    expect(localeFromEnv({ LANG: "zh_TW.UTF-8" })).toBe("zh-Hant");
    expect(localeFromEnv({ LANG: "zh_HK.UTF-8" })).toBe("zh-Hant");
    expect(localeFromEnv({ LC_MESSAGES: "zh_Hant_TW" })).toBe("zh-Hant");
    expect(localeFromEnv({ LANG: "zh-TW" })).toBe("zh-Hant");
    expect(localeFromEnv({ LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(localeFromEnv({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(localeFromEnv({ LANG: "C" })).toBe("en");
    expect(localeFromEnv({})).toBe("en");
  });

  it("reads LC_ALL before LC_MESSAGES before LANG, skipping empty ones, as POSIX does", () => {
    expect(localeFromEnv({ LC_ALL: "C", LANG: "zh_TW.UTF-8" })).toBe("en");
    expect(localeFromEnv({ LC_ALL: "", LC_MESSAGES: "zh_TW.UTF-8", LANG: "en_US.UTF-8" })).toBe("zh-Hant");
    expect(localeFromEnv({ LC_MESSAGES: "en_US.UTF-8", LANG: "zh_TW.UTF-8" })).toBe("en");
  });
});

describe("message", () => {
  it("fills the parameters in both languages", () => {
    expect(message("unknown_command", { name: "pars" }, "en")).toBe('unknown command "pars"');
    expect(message("unknown_command", { name: "pars" }, "zh-Hant")).toBe("沒有「pars」這個指令");
  });
});
