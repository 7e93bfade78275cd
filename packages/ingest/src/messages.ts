// The CLI's own words, in English and Traditional Chinese. Codes are stable and printed in both
// languages (`[unknown_option]`), so a script or a bug report can match on them whatever the locale.

/** A language the CLI speaks. */
export type Locale = "en" | "zh-Hant";

/** Text in each language the CLI speaks. */
export interface Localized {
  en: string;
  "zh-Hant": string;
}

type Params = Record<string, string | number>;
type Entry = { en: (p: Params) => string; "zh-Hant": (p: Params) => string };

/**
 * The locale the environment asks for, read as POSIX does: the first set of LC_ALL, LC_MESSAGES,
 * LANG. Traditional Chinese for zh_TW, zh_HK, zh_MO and any zh_Hant; English otherwise.
 */
export function localeFromEnv(env: NodeJS.ProcessEnv = process.env): Locale {
  const asked = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== "");
  return asked !== undefined && /^zh[_-](?:TW|HK|MO|Hant)(?![a-z])/i.test(asked) ? "zh-Hant" : "en";
}

const catalog = {
  unknown_command: {
    en: (p) => `unknown command "${p.name}"`,
    "zh-Hant": (p) => `沒有「${p.name}」這個指令`,
  },
  unknown_option: {
    en: (p) => `${p.command}: unknown option ${p.option}`,
    "zh-Hant": (p) => `${p.command}：沒有 ${p.option} 這個選項`,
  },
  missing_option_value: {
    en: (p) => `${p.command}: ${p.option} needs a value, e.g. ${p.example}`,
    "zh-Hant": (p) => `${p.command}：${p.option} 後面要接一個值，例如 ${p.example}`,
  },
  unexpected_option_value: {
    en: (p) => `${p.command}: ${p.option} takes no value`,
    "zh-Hant": (p) => `${p.command}：${p.option} 不接值`,
  },
  missing_command: {
    en: () => "no command given",
    "zh-Hant": () => "沒有指定指令",
  },
  wrong_arguments: {
    en: (p) => `${p.command}: ${p.expected}; got ${p.got}`,
    "zh-Hant": (p) => `${p.command}：${p.expectedZh}；收到 ${p.got}`,
  },
  conflicting_options: {
    en: (p) => `${p.command}: ${p.a} and ${p.b} do not go together: pick one`,
    "zh-Hant": (p) => `${p.command}：${p.a} 與 ${p.b} 不能同時使用，請擇一`,
  },
  bad_option_value: {
    en: (p) => `${p.command}: ${p.option} takes ${p.expected}; got "${p.got}"`,
    "zh-Hant": (p) => `${p.command}：${p.option} 須為${p.expectedZh}；收到「${p.got}」`,
  },
  no_such_file: {
    en: (p) => `no such file: ${p.path}`,
    "zh-Hant": (p) => `找不到檔案：${p.path}`,
  },
  did_you_mean: {
    en: (p) => `did you mean ${p.suggestion}?`,
    "zh-Hant": (p) => `您是指 ${p.suggestion} 嗎？`,
  },
  see_help: {
    en: (p) => `run "${p.command} --help" for its options and an example`,
    "zh-Hant": (p) => `執行「${p.command} --help」查看選項與範例`,
  },
  writing_to: {
    en: (p) => `writing the dataset to ${p.out} (${p.state})`,
    "zh-Hant": (p) => `資料集寫入 ${p.out}（${p.state}）`,
  },
  out_new: { en: () => "a new folder", "zh-Hant": () => "新資料夾" },
  out_replaced: {
    en: () => "its earlier output is replaced at the end",
    "zh-Hant": () => "完成時取代其中先前的輸出",
  },
  ingest_summary: {
    en: (p) =>
      `${p.inputs} inputs: ${p.ok} ok, ${p.partial} partial, ${p.failed} failed, ${p.skipped} skipped; ${p.documents} documents written to ${p.out}`,
    "zh-Hant": (p) =>
      `${p.inputs} 個輸入：${p.ok} 個成功、${p.partial} 個部分成功、${p.failed} 個失敗、${p.skipped} 個略過；${p.documents} 份文件已寫入 ${p.out}`,
  },
  interrupted: {
    en: (p) => `interrupted; ${p.out} is left as it was`,
    "zh-Hant": (p) => `已中斷；${p.out} 維持原狀`,
  },
  heading_usage: { en: () => "usage:", "zh-Hant": () => "用法：" },
  heading_commands: { en: () => "commands:", "zh-Hant": () => "指令：" },
  heading_options: { en: () => "options:", "zh-Hant": () => "選項：" },
  heading_examples: { en: () => "examples:", "zh-Hant": () => "範例：" },
  tool_summary: {
    en: () => "lianzheng: Taiwan's integrity action plans and execution reports as typed data",
    "zh-Hant": () => "lianzheng：國家廉政建設行動方案與執行情形，轉為有型別的資料",
  },
  option_help: { en: () => "this text", "zh-Hant": () => "顯示本說明" },
  option_version: { en: () => "the tool's version", "zh-Hant": () => "顯示版本" },
  command_help_hint: {
    en: () => 'run "lianzheng <command> --help" for a command\'s options and an example',
    "zh-Hant": () => "執行「lianzheng <指令> --help」查看該指令的選項與範例",
  },
} satisfies Record<string, Entry>;

/** A code of the CLI's message catalog. */
export type MessageCode = keyof typeof catalog;

/** The message for a code in a locale, filled with its parameters. */
export function message(code: MessageCode, params: Params = {}, locale: Locale = localeFromEnv()): string {
  const entry: Entry = catalog[code];
  return entry[locale](params);
}

/** One of a `Localized` text, in the locale. */
export function localized(text: Localized, locale: Locale = localeFromEnv()): string {
  return text[locale];
}
