import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { FunctionSpec } from "@rdc/platform";
import { type BuildOptions, build, type Metafile } from "esbuild";
import { BUNDLING, REPO_ROOT } from "./lambda/bundling";

/** The bundle of one function, built as NodejsFunction builds it. */
export interface Bundle {
  id: string;
  outfile: string;
  bytes: number;
  /** Bare imports left to the runtime (the AWS SDK), e.g. `@aws-sdk/client-dynamodb`. */
  externals: string[];
}

export interface Timing {
  /** Median time to import the bundle in a fresh Node process. */
  importMs: number;
  /** Median time to import only `externals` (what the runtime provides), from an empty handler. */
  baselineMs: number;
}

export const TARGETS = { maxBytes: 300 * 1024, maxOverBaselineMs: 50 };

/** esbuild's options for NodejsFunction's `BUNDLING` (the same flags CDK passes to the esbuild CLI). */
export function esbuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    target: BUNDLING.target,
    format: BUNDLING.format,
    mainFields: BUNDLING.mainFields,
    minify: BUNDLING.minify,
    sourcemap: BUNDLING.sourceMap,
    sourcesContent: BUNDLING.sourcesContent,
    external: BUNDLING.externalModules,
    banner: BUNDLING.banner ? { js: BUNDLING.banner } : undefined,
    charset: BUNDLING.charset,
    absWorkingDir: REPO_ROOT,
    metafile: true,
    logLevel: "warning",
  };
}

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
export function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return (specifier.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

function externalImports(metafile: Metafile): Map<string, string> {
  const importers = new Map<string, string>();
  for (const [input, { imports }] of Object.entries(metafile.inputs)) {
    for (const imported of imports) {
      if (imported.external && !imported.path.startsWith("node:")) {
        importers.set(packageName(imported.path), resolve(REPO_ROOT, input));
      }
    }
  }
  return importers;
}

/** The folder of `pkg` as its importer sees it (pnpm: the real folder in the store). */
function packageRoot(pkg: string, importer: string): string {
  let dir = dirname(createRequire(importer).resolve(pkg));
  const suffix = `${sep}node_modules${sep}${pkg.split("/").join(sep)}`;
  while (!dir.endsWith(suffix)) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the folder of ${pkg} (imported by ${importer})`);
    dir = parent;
  }
  return dir;
}

/**
 * Builds `spec`'s bundle into `outDir/<id>/index.mjs` and links the packages it
 * leaves external into `outDir/<id>/node_modules`, so that importing it
 * resolves them as the Lambda runtime does its own copy.
 */
export async function buildBundle(spec: Pick<FunctionSpec, "id" | "entry">, outDir: string): Promise<Bundle> {
  const dir = join(outDir, spec.id);
  rmSync(dir, { recursive: true, force: true });
  const outfile = join(dir, "index.mjs");
  const result = await build(esbuildOptions(spec.entry, outfile));
  const metafile = result.metafile as Metafile;
  const importers = externalImports(metafile);
  for (const [pkg, importer] of importers) {
    const link = join(dir, "node_modules", pkg);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(packageRoot(pkg, importer), link, "dir");
  }
  return { id: spec.id, outfile, bytes: statSync(outfile).size, externals: [...importers.keys()].sort() };
}

const IMPORT_TIMER = [
  "const t = performance.now();",
  "await import(process.argv[1]);",
  "process.stdout.write(String(performance.now() - t));",
].join(" ");

/** Milliseconds to import `file` in a fresh Node process (Node's own start-up not included). */
export function coldImportMs(file: string): number {
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", IMPORT_TIMER, pathToFileURL(file).href], {
    encoding: "utf8",
  });
  return Number(out);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Times the bundle against an empty handler that imports only the same runtime-provided packages. */
export function timeBundle(bundle: Bundle, runs: number): Timing {
  const baseline = join(dirname(bundle.outfile), "baseline.mjs");
  writeFileSync(
    baseline,
    `${bundle.externals.map((pkg) => `import "${pkg}";`).join("\n")}\nexport const handler = async () => ({});\n`,
  );
  const times = (file: string) => median(Array.from({ length: runs }, () => coldImportMs(file)));
  return { importMs: times(bundle.outfile), baselineMs: times(baseline) };
}

export function withinTargets(bundle: Bundle, timing: Timing): boolean {
  return bundle.bytes < TARGETS.maxBytes && timing.importMs - timing.baselineMs <= TARGETS.maxOverBaselineMs;
}

/** An empty handler, bundled the same way: the floor every function is compared with. */
export async function buildEmptyHandler(outDir: string): Promise<Bundle> {
  const entry = join(outDir, "empty-handler.ts");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(entry, "export const handler = async () => ({});\n");
  return buildBundle({ id: "EmptyHandler", entry }, outDir);
}
