import { fileURLToPath } from "node:url";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as nodejs from "aws-cdk-lib/aws-lambda-nodejs";

/** The monorepo root: NodejsFunction's project root, and where the lockfile is. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const LOCK_FILE = fileURLToPath(new URL("../../../pnpm-lock.yaml", import.meta.url));

export const RUNTIME = lambda.Runtime.NODEJS_22_X;
/** esbuild's target for RUNTIME (what NodejsFunction derives from it). */
export const TARGET = "node22";

/** Bundled CommonJS dependencies may still call `require`: give ESM output a real one. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __rdcCreateRequire } from 'node:module'; const require = __rdcCreateRequire(import.meta.url);";

/** The runtime provides the AWS SDK v3. */
export const EXTERNAL_MODULES = ["@aws-sdk/*"];

/**
 * How every function is bundled: local esbuild (never Docker), ESM, minified,
 * UTF-8 output, with source maps (`NODE_OPTIONS=--enable-source-maps` is set
 * on every function). `scripts/bundle-report.ts` builds with the same options.
 */
export const BUNDLING: nodejs.BundlingOptions = {
  forceDockerBundling: false,
  format: nodejs.OutputFormat.ESM,
  target: TARGET,
  mainFields: ["module", "main"],
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  externalModules: EXTERNAL_MODULES,
  banner: ESM_REQUIRE_BANNER,
  // The rules quote Chinese law: written as UTF-8, each character is 3 bytes instead of a 6-byte \uXXXX escape.
  charset: nodejs.Charset.UTF8,
};
