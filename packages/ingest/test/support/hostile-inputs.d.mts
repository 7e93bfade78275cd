// Types of hostile-inputs.mjs (plain JavaScript, so that `pnpm bench hostile` runs it unbuilt).
export function buildPdf(objects: ReadonlyArray<string | Buffer>): Buffer;
export function bombPdf(unit: string, total: number): Promise<Buffer>;
export function densePdf(pages: number, lines: number): Buffer;
export function tabLine(seed: string, count: number): string;
export function manyRows(seed: string, count: number): string;
export function hugeNumber(seed: string, digits: number): string;
export const SIZES: Record<"small" | "full", Record<string, unknown>>;
export function writeHostileInputs(dir: string, root: string, size?: "small" | "full"): Promise<string[]>;
