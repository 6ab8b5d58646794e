/**
 * Lints the OpenAPI document the local stack serves (`appOpenApi`, the same
 * code) with the installed Redocly CLI (`redocly.yaml`: recommended) and
 * Spectral (`.spectral.yaml`: spectral:oas): any error or warning fails.
 *   npm run task:api-lint   (part of `npm test`)
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { appOpenApi } from "../packages/app/src/index";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(join(tmpdir(), "rdc-openapi-"));
const file = join(dir, "openapi.json");
writeFileSync(file, JSON.stringify(appOpenApi(), null, 2));

const lints: [string, string[]][] = [
  ["redocly", ["lint", "--config", "redocly.yaml", "--max-problems", "1000", file]],
  ["spectral", ["lint", "--ruleset", ".spectral.yaml", "--fail-severity=warn", file]],
];

/** Runs one linter, its output kept so that the two running at once print one after the other. */
function lint([tool, args]: [string, string[]]): Promise<{ tool: string; ok: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile("npx", ["--no-install", tool, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, out, err) =>
      resolve({ tool, ok: !error, output: `${out}${err}` }),
    );
  });
}

const results = await Promise.all(lints.map(lint));
rmSync(dir, { recursive: true, force: true });
for (const { tool, ok, output } of results) {
  console.log(`[api-lint] ${tool}: ${ok ? "0 errors, 0 warnings" : "found problems in the OpenAPI document"}`);
  if (!ok) console.log(output);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
