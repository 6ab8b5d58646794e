import { readFileSync } from "node:fs";
import { APP_FUNCTIONS } from "@rdc/app";
import { CURSOR_KEY_MAX_AGE_SECONDS, CURSOR_KEY_REFRESH_SECONDS, STREAM_DELIVERY } from "@rdc/platform";
import { describe, expect, it } from "vitest";
import { TARGETS } from "../src/bundles";
import { CURSOR_KEY_STAGES, MEMORY_MB } from "../src/lambda/platform-function";
import { THRESHOLDS } from "../src/ops/operations";
import { SCHEDULE_RETRY_ATTEMPTS } from "../src/processing/schedules";
import { CURSOR_SECRET_ROTATION } from "../src/service-stack";
import { accessRow } from "./access-table";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");
/** A table row without the padding a formatter puts in its cells. */
const row = (line: string) =>
  line
    .split("|")
    .map((cell) => cell.trim())
    .join("|");
const ROWS = new Set(
  README.split("\n")
    .filter((l) => l.startsWith("|"))
    .map(row),
);

/** The constants infra/README.md may quote a figure of, by the name it quotes. */
const CONSTANTS: Record<string, unknown> = {
  STREAM_DELIVERY,
  SCHEDULE_RETRY_ATTEMPTS,
  MEMORY_MB,
  THRESHOLDS,
  TARGETS,
  CURSOR_KEY_MAX_AGE_SECONDS,
  CURSOR_KEY_REFRESH_SECONDS,
};

/** Those the README must quote (each at least once). */
const REQUIRED = [
  "STREAM_DELIVERY.batchSize",
  "STREAM_DELIVERY.parallelizationFactor",
  "STREAM_DELIVERY.retryAttempts",
  "STREAM_DELIVERY.maxRecordAgeSeconds",
  "SCHEDULE_RETRY_ATTEMPTS",
  "MEMORY_MB",
  "THRESHOLDS.api5xxPercent",
  "THRESHOLDS.iteratorAgeMs",
  "THRESHOLDS.deadLetters",
  "TARGETS.maxBytes",
  "TARGETS.maxOverBaselineMs",
  "CURSOR_KEY_MAX_AGE_SECONDS",
  "CURSOR_KEY_REFRESH_SECONDS",
];

function constantValue(path: string): number {
  const [head, ...rest] = path.split(".");
  let value: unknown = CONSTANTS[head ?? ""];
  for (const key of rest) value = (value as Record<string, unknown> | undefined)?.[key];
  if (typeof value !== "number") throw new Error(`README quotes ${path}, which is not a numeric constant here`);
  return value;
}

const UNIT: Record<string, number> = { ms: 1, s: 1000, min: 60_000, h: 3_600_000, KB: 1024, MB: 1, "%": 1 };

/** The figure as the constant holds it: seconds for `…Seconds`, milliseconds for `…Ms`, bytes for `…Bytes`. */
function asConstant(figure: number, unit: string | undefined, path: string): number {
  if (!unit) return figure;
  if (/Seconds$|_SECONDS$/.test(path)) return (figure * (UNIT[unit] ?? Number.NaN)) / 1000;
  if (/Ms$/.test(path)) return figure * (UNIT[unit] ?? Number.NaN);
  if (/Bytes$/.test(path)) return figure * (UNIT[unit] ?? Number.NaN);
  return figure;
}

/** Every "figure [unit] [word] (`CONSTANT`)" in the README, e.g. "batch size 10 (`STREAM_DELIVERY.batchSize`)", "3 retries (`…`)". */
function quotedFigures() {
  const pattern =
    /(\d+(?:\.\d+)?)\s*(ms|s|min|h|KB|MB|%)?(?:\s+[a-z]+)?\s*\(`([A-Z][A-Z0-9_]*(?:\.[A-Za-z0-9]+)*)`[,;)]/g;
  return [...README.matchAll(pattern)].map((m) => ({
    text: m[0],
    figure: Number(m[1]),
    unit: m[2],
    path: m[3] as string,
  }));
}

describe("infra/README.md quotes its figures from the code", () => {
  it("every figure written with its constant's name is the constant's value", () => {
    const quoted = quotedFigures().filter((q) => (q.path.split(".")[0] ?? "") in CONSTANTS);
    expect(quoted.length).toBeGreaterThanOrEqual(REQUIRED.length);
    for (const q of quoted) expect(asConstant(q.figure, q.unit, q.path), q.text).toBe(constantValue(q.path));
  });

  it("quotes the stream, schedule, memory, alarm, bundle and cursor-key figures by name", () => {
    const names = new Set(quotedFigures().map((q) => q.path));
    for (const name of REQUIRED) expect(names, `README does not quote ${name}`).toContain(name);
  });

  it("states no stream batch size or parallelization other than the constants'", () => {
    for (const m of README.matchAll(/\b(batch(?: size)?|parallelization(?: factor)?) (\d+)/gi)) {
      const key = /^batch/i.test(m[1] ?? "") ? "batchSize" : "parallelizationFactor";
      expect(Number(m[2]), m[0]).toBe(STREAM_DELIVERY[key]);
    }
  });

  it("lists each function's table access as its FunctionSpec says", () => {
    const missing = APP_FUNCTIONS.map(accessRow).filter((line) => !ROWS.has(row(line)));
    expect(missing, `infra/README.md, "Table access": replace the rows with\n${missing.join("\n")}`).toEqual([]);
  });

  it("gives the cursor secret's cdk-nag acknowledgement as the code does, and the stages it may read", () => {
    expect(ROWS).toContain(row(`| \`AwsSolutions-SMG4\` | cursor secret | ${CURSOR_SECRET_ROTATION} |`));
    for (const stage of CURSOR_KEY_STAGES) expect(README).toContain(stage);
  });
});
