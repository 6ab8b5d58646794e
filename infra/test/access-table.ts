import type { FunctionSpec } from "@rdc/platform";

/** One row of infra/README.md's table of table access, from a FunctionSpec (test/readme.test.ts keeps them equal). */
export function accessRow(spec: FunctionSpec): string {
  const code = (s: string) => `\`${s}\``;
  if (spec.tableAccess === "none") {
    const what = spec.kind === "stream" ? "none: the table's stream only" : "none";
    return `| ${code(spec.id)} | ${what} | none |`;
  }
  const items = spec.tableAccess.items.map((g) => `${g.keys.map(code).join(", ")} → ${g.actions.join(", ")}`);
  const indexes = Object.entries(spec.tableAccess.indexes).map(
    ([index, keys]) => `${index} ${(keys ?? []).map(code).join(", ")}`,
  );
  return `| ${code(spec.id)} | ${items.join("; ") || "none"} | ${indexes.join("; ") || "none"} |`;
}
