import { APP_FUNCTIONS } from "@rdc/app";
import { type RunningStack, startStack } from "@rdc/local-stack";
import { dynamoClient } from "@rdc/platform";

/** Counts DynamoDB calls made by this process (the in-process stack's handlers), by command. */
export function countDynamoCalls() {
  const counts = new Map<string, number>();
  dynamoClient().middlewareStack.add(
    (next, context) => async (args) => {
      const name = (context as { commandName?: string }).commandName ?? "unknown";
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: "initialize", name: "rdcCallCounter" },
  );
  return {
    reset: () => counts.clear(),
    snapshot: () => Object.fromEntries([...counts.entries()].sort()),
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
  };
}

export async function benchStack(): Promise<RunningStack> {
  process.env.FEED_SETTLE_MS ??= "200";
  return startStack({ port: 0, dataDir: null, functions: APP_FUNCTIONS });
}

export function table(rows: Record<string, string | number>[]): string {
  const keys = Object.keys(rows[0] ?? {});
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [
    line(keys),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map((r) => line(keys.map((k) => String(r[k])))),
  ].join("\n");
}
