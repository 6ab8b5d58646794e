import { readFileSync } from "node:fs";
import { parameters } from "@rdc/core";
import { describe, expect, it } from "vitest";
import { lawTable, README, readmeWithTable, unpadded } from "./law-table";

describe("the README's table of figures", () => {
  it("lists every parameter of every capability", () => {
    const table = lawTable();
    expect(parameters().length).toBeGreaterThan(40);
    for (const p of parameters()) expect(table).toContain(`\`${p.id}\``);
    expect(table).toContain("`customs.reexport.maxExtensions`");
    expect(table).toMatch(
      /`customs\.reexport\.maxExtensions`[^\n]*\| 3 \| 2018-02-01 \| 海关总署令第233号 第九条 \| UNCONFIRMED/,
    );
  });

  it("is the README's, as generated (run `npm run law-table` after changing a figure)", () => {
    const readme = readFileSync(README, "utf8");
    expect(unpadded(readmeWithTable(readme))).toBe(unpadded(readme));
  });
});
