// Character classes shared by the numeral and list-marker modules.

/** Chinese digits, including 兩, 〇/○/零 and the financial (大寫) forms. */
export const CN_DIGITS = "零〇○一二兩两三四五六七八九壹貳贰參叁叄参肆伍陸陆柒捌玖";
/** Chinese units below 萬 (十 百 千 and their financial forms, 廿 卅 卌). */
export const CN_SMALL_UNITS = "十拾什百佰陌千仟阡廿卅卌";
/** Chinese magnitudes. */
export const CN_BIG_UNITS = "萬万億亿兆";

export const CIRCLED_NUMBERS =
  "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿";
export const PARENTHESIZED_NUMBERS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
export const PARENTHESIZED_IDEOGRAPHS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩";
