import { test } from "vitest";
import { countScriptCharacters } from "./index.js";
test("x", async () => {
  for (const c of "台灣 新台幣 平台") console.log(c, JSON.stringify(countScriptCharacters(c)));
});
