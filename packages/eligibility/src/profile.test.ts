import { DATA_EXPORT_FACT_PATHS } from "@rdc/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import { CENTER_FIELD_PATHS, type CenterFieldPath, type CenterProfile, type PlannedDataExport } from "./profile";

/** The dotted paths of the scalar fields of T (arrays and dates count as scalars). */
type LeafPaths<T, Prefix extends string = ""> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends readonly unknown[] | string | number | boolean
    ? `${Prefix}${K}`
    : LeafPaths<NonNullable<T[K]>, `${Prefix}${K}.`>;
}[keyof T & string];

describe("CENTER_FIELD_PATHS", () => {
  it("names every field of the profile outside the data-export facts, and nothing else there", () => {
    type OwnPaths = Exclude<CenterFieldPath, `plannedDataExport.${string}`>;
    expectTypeOf<OwnPaths>().toEqualTypeOf<LeafPaths<Omit<CenterProfile, "plannedDataExport">>>();
  });

  it("names the data-export facts as the data-export rules report them, and the transfer date", () => {
    const own = CENTER_FIELD_PATHS.filter((p) => p.startsWith("plannedDataExport."));
    const expected = [...Object.values(DATA_EXPORT_FACT_PATHS), "transfer.date"].map((p) => `plannedDataExport.${p}`);
    expect([...own].sort()).toEqual(expected.sort());
    expectTypeOf<PlannedDataExport["transfer"]>().not.toBeUndefined();
  });

  it("has no duplicates", () => {
    expect(new Set(CENTER_FIELD_PATHS).size).toBe(CENTER_FIELD_PATHS.length);
  });
});
