import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { APP_FUNCTIONS } from "@rdc/app";
import { build, type Metafile } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildBundle,
  buildEmptyHandler,
  esbuildOptions,
  median,
  packageName,
  TARGETS,
  timeBundle,
} from "../src/bundles";
import { BUNDLING } from "../src/lambda/bundling";
import { FIXTURE_FUNCTIONS } from "./fixtures/functions";

let outDir: string;
beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "rdc-bundles-"));
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe("the bundle report builds as NodejsFunction does", () => {
  it("uses NodejsFunction's bundling options: ESM for node22, minified, source maps, SDK external", () => {
    expect(BUNDLING).toMatchObject({ forceDockerBundling: false, format: "esm", minify: true, sourceMap: true });
    expect(esbuildOptions("in.ts", "out.mjs")).toMatchObject({
      bundle: true,
      platform: "node",
      target: "node22",
      format: "esm",
      minify: true,
      sourcemap: true,
      external: ["@aws-sdk/*"],
      banner: { js: BUNDLING.banner },
    });
  });

  it("builds an importable ESM bundle with a source map, whose handler runs", async () => {
    const spec = FIXTURE_FUNCTIONS[0];
    if (!spec) throw new Error("no fixture");
    const bundle = await buildBundle(spec, outDir);
    expect(bundle.outfile.endsWith("index.mjs")).toBe(true);
    expect(bundle.externals).toEqual([]);
    expect(bundle.bytes).toBeGreaterThan(0);
    expect(readFileSync(bundle.outfile, "utf8")).toContain("createRequire");
    expect(readFileSync(`${bundle.outfile}.map`, "utf8")).toContain('"mappings"');
    const mod = await import(bundle.outfile);
    await expect(mod.handler()).resolves.toEqual({ statusCode: 200, body: "{}" });
  });

  it("times a bundle and its empty-handler baseline in fresh processes", async () => {
    const empty = await buildEmptyHandler(outDir);
    const timing = timeBundle(empty, 1);
    expect(timing.importMs).toBeGreaterThan(0);
    expect(timing.baselineMs).toBeGreaterThan(0);
  }, 30_000);
});

describe("what an API function's bundle holds", () => {
  const THE_PLATFORMS_OWN = /platform\/src\/(platform-functions|handlers\/(public|common)-http)\.ts$/;
  const apis = APP_FUNCTIONS.filter((f) => f.kind === "http" && !["PublicApi", "CommonApi"].includes(f.id));

  it.each(apis.map((f) => [f.id, f] as const))(
    "%s: its own routes, not the platform's functions, and under the size target",
    async (_id, spec) => {
      const result = await build({ ...esbuildOptions(spec.entry, join(outDir, "inspect.mjs")), write: false });
      // What the output holds code of (the metafile's inputs also list what tree shaking dropped).
      const [output] = Object.values((result.metafile as Metafile).outputs).filter((o) => o.entryPoint);
      const held = Object.entries(output?.inputs ?? {}).filter(([, i]) => i.bytesInOutput > 0);
      expect(held.length).toBeGreaterThan(50);
      expect(held.map(([input]) => input).filter((input) => THE_PLATFORMS_OWN.test(input))).toEqual([]);
      const code = result.outputFiles.find((f) => f.path.endsWith(".mjs"));
      expect(code?.contents.length).toBeLessThan(TARGETS.maxBytes);
    },
  );
});

describe("helpers", () => {
  it("packageName keeps the scope and drops subpaths", () => {
    expect(packageName("@aws-sdk/client-dynamodb")).toBe("@aws-sdk/client-dynamodb");
    expect(packageName("@aws-sdk/lib-dynamodb/dist/x.js")).toBe("@aws-sdk/lib-dynamodb");
    expect(packageName("zod/mini")).toBe("zod");
  });

  it("median of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
