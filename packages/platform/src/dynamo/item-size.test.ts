import { describe, expect, it } from "vitest";
import { itemBytes, valueBytes } from "./item-size";

describe("item sizes as DynamoDB counts them", () => {
  it("counts names and strings in UTF-8 bytes", () => {
    expect(itemBytes({ PK: "SUB#1" })).toBe(2 + 5);
    expect(itemBytes({ name: "测试" })).toBe(4 + 6);
  });

  it("counts a number by its significant digits, booleans and null as 1", () => {
    expect(valueBytes(12345)).toBe(4);
    expect(valueBytes(1.5)).toBe(2);
    expect(valueBytes(1000)).toBe(2);
    expect(valueBytes(true)).toBe(1);
    expect(valueBytes(null)).toBe(1);
  });

  it("adds 3 bytes per list or map and 1 per element, with a map's keys", () => {
    expect(valueBytes(["a", "b"])).toBe(3 + 2 + 2);
    expect(valueBytes({ ab: "c" })).toBe(3 + 2 + 1 + 1);
    expect(valueBytes(new Uint8Array(10))).toBe(10);
  });
});
