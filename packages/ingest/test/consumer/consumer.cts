// The same from CommonJS, for the packages that ship a CJS build.

import { parseActionPlan } from "@lianzheng/action-plan";
import { parseExecutionReport } from "@lianzheng/execution-report";
import type { ActionPlan } from "@lianzheng/model";
import { parseAmount } from "@lianzheng/normalize";
import { readText } from "@lianzheng/text";

export const value: number | undefined = parseAmount("4700萬")?.value;
export type Parse = (text: string) => ActionPlan;
export const used = [readText, parseActionPlan, parseExecutionReport];
