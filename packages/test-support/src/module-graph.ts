import { relative } from "node:path";
import { build, type Metafile } from "esbuild";

/**
 * The packages a module loads before its own code runs: what its static imports reach, through
 * its own files, leaving out what `import()` loads later and Node's built-ins. For tests of what
 * a process loads first (a reader's process must start before the rest loads).
 */
export async function packagesLoadedAtOnce(entryFile: string): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [entryFile],
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "silent",
  });
  const inputs: Metafile["inputs"] = metafile.inputs;
  const start = relative(process.cwd(), entryFile);
  if (!inputs[start]) throw new Error(`esbuild did not read ${start}`);
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of inputs[file]?.imports ?? []) {
      if (imported.kind !== "import-statement") continue;
      if (imported.external) packages.add(imported.path);
      else visit(imported.path);
    }
  };
  visit(start);
  return [...packages].filter((name) => !name.startsWith("node:") && !/^[a-z_]+$/.test(name)).sort();
}
