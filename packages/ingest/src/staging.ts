import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isAlive } from "./output-lock.js";

// Output is built in a staging folder beside DIR, named after DIR and the process that owns it,
// and renamed into place at the end. A run that was killed leaves its staging folder behind; the
// next run removes it, or puts the previous DIR back if the kill came between the two renames.
const PREFIX = ".lianzheng-tmp-";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function stagingPattern(out: string): RegExp {
  return new RegExp(`^${escapeRegExp(PREFIX + basename(out))}-(\\d+)-[A-Za-z0-9]{6}(-old)?$`);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Clean up after killed runs on the same DIR (see above). Folders of live runs are left alone. */
export async function recoverStaleStaging(out: string): Promise<void> {
  const pattern = stagingPattern(out);
  let names: string[];
  try {
    names = await readdir(dirname(out));
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const match = pattern.exec(name);
    if (!match || isAlive(Number(match[1]))) continue;
    const path = join(dirname(out), name);
    if (match[2] && !(await exists(out))) await rename(path, out);
    else await rm(path, { recursive: true, force: true });
  }
}

/** A new, empty staging folder beside `out`. */
export async function createStaging(out: string): Promise<string> {
  await mkdir(dirname(out), { recursive: true });
  const staging = await mkdtemp(join(dirname(out), `${PREFIX}${basename(out)}-${process.pid}-`));
  // mkdtemp makes the folder private (0700); the dataset is meant to be shared like any folder.
  await chmod(staging, 0o755);
  return staging;
}

/** Put `staging` where `out` is: move the old `out` aside, rename, then delete the old one. */
export async function replaceDir(staging: string, out: string): Promise<void> {
  const old = `${staging}-old`;
  let moved = false;
  try {
    await rename(out, old);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  try {
    await rename(staging, out);
  } catch (error) {
    if (moved) await rename(old, out);
    throw error;
  }
  if (moved) await rm(old, { recursive: true, force: true });
}

/** Whether `path` is `dir` or inside it. */
export function isInside(path: string, dir: string): boolean {
  return path === dir || path.startsWith(`${dir}/`) || path.startsWith(`${dir}\\`);
}
