import { describe, expect, it } from "vitest";
import { indexWriteUnits, readUnits, writeUnits } from "./capacity";

describe("request units", () => {
  it("charges a write 1 unit per KB begun, twice in a transaction", () => {
    expect(writeUnits(100, false)).toBe(1);
    expect(writeUnits(1024, false)).toBe(1);
    expect(writeUnits(1025, false)).toBe(2);
    expect(writeUnits(3000, true)).toBe(6);
  });

  it("charges a read 1 unit per 4 KB begun, half when eventually consistent", () => {
    expect(readUnits(100, true)).toBe(1);
    expect(readUnits(8 * 1024 + 1, true)).toBe(3);
    expect(readUnits(8 * 1024, false)).toBe(1);
    expect(readUnits(10, false)).toBe(0.5);
  });

  it("charges an index a put for a new key, a delete and a put for a changed one, nothing without a key", () => {
    const item = (status: string | null) => ({
      PK: "SUB#1",
      SK: "META",
      ...(status ? { GSI2PK: `OWNER#p#${status}`, GSI2SK: "1" } : {}),
    });
    expect(indexWriteUnits(undefined, item("received"), "GSI2PK", "GSI2SK")).toBe(1);
    expect(indexWriteUnits(item("received"), item("received"), "GSI2PK", "GSI2SK")).toBe(1);
    expect(indexWriteUnits(item("received"), item("under_review"), "GSI2PK", "GSI2SK")).toBe(2);
    expect(indexWriteUnits(item("received"), item(null), "GSI2PK", "GSI2SK")).toBe(1);
    expect(indexWriteUnits(item(null), item(null), "GSI2PK", "GSI2SK")).toBe(0);
    const big = { ...item("received"), blob: "x".repeat(3000) };
    expect(indexWriteUnits(item("received"), big, "GSI2PK", "GSI2SK")).toBe(3);
  });
});
