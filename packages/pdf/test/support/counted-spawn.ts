import type * as childProcess from "node:child_process";

/**
 * `node:child_process` with `spawn` counted: each process started is pushed to `started`. For a
 * test's `vi.mock("node:child_process", …)`, to tell a reader taken from the idle ones from a new one.
 */
export function countedSpawn(actual: typeof childProcess, started: string[]): typeof childProcess {
  return {
    ...actual,
    spawn: ((...args: Parameters<typeof actual.spawn>) => {
      started.push(String(args[0]));
      return actual.spawn(...args);
    }) as typeof actual.spawn,
  };
}
