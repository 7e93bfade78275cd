import { UsageError } from "../usage.js";

// Placeholder until the normalize command lands (the helper building it replaces this file).
export async function run(_args: string[]): Promise<number> {
  throw new UsageError("the normalize command is not available yet");
}
