import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type StackProcess as BaseStackProcess, LOCAL_TABLE_NAME, startStackProcess as start } from "@rdc/local-stack";

export const TEST_INTAKE = "test/support/test-intake/capability.ts";

export interface StackProcess extends BaseStackProcess {
  /** The test intake's screening throws on `scenario: "throw"` until this file exists. */
  fixFile: string;
}

/** A local stack process with the test-only intake; in memory unless `dataDir` is given. */
export async function startStackProcess(
  options: { inMemory?: boolean; dataDir?: string; env?: Record<string, string>; functions?: string[] } = {},
): Promise<StackProcess> {
  const fixFile = join(mkdtempSync(join(tmpdir(), "rdc-fix-")), "fixed");
  const stack = await start({
    functions: [TEST_INTAKE, ...(options.functions ?? [])],
    ...(options.inMemory === false ? { dataDir: options.dataDir ?? true } : {}),
    env: { FEED_SETTLE_MS: "200", TEST_INTAKE_FIX_FILE: fixFile, ...options.env },
  });
  return { ...stack, fixFile };
}

/**
 * Points this process's platform client (`dynamoClient`, `getRecord`) at
 * the stack's DynamoDB Local table, for tests that read or rewrite the table itself.
 */
export function useStackTable(stack: BaseStackProcess): void {
  const endpoint = /"dynamodb":"([^"]+)"/.exec(stack.output())?.[1];
  if (!endpoint) throw new Error("the stack printed no DynamoDB endpoint");
  process.env.DYNAMODB_ENDPOINT = endpoint;
  process.env.TABLE_NAME = LOCAL_TABLE_NAME;
}
