import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cliPath, repoRoot as root } from "@lianzheng/test-support";

/** Whether this machine lets the tests see process groups (/proc, Linux). */
export const canSeeGroups = existsSync("/proc/self/stat");

/** Live (not zombie) processes of a process group, from /proc. */
export function groupMembers(pgid: number): number[] {
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid && fields[0] !== "Z") pids.push(Number(name));
    } catch {
      // ended while we looked
    }
  }
  return pids;
}

/** The CLI in a process group of its own, so that its children can be counted after it ends. */
export function startCli(args: string[]): {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
} {
  const child = spawn(process.execPath, [cliPath, ...args], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
    (resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the group has no live process (or `ms` passes); returns those left. */
export async function leftBehind(pgid: number, ms = 3000): Promise<number[]> {
  const until = Date.now() + ms;
  for (;;) {
    const members = groupMembers(pgid);
    if (members.length === 0 || Date.now() > until) {
      for (const pid of members) process.kill(pid, "SIGKILL");
      return members;
    }
    await sleep(100);
  }
}
