import { describe, expect, it } from "vitest";
import { nestsDeeperThan } from "./json-depth";

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("JSON nesting limit", () => {
  it("allows the limit itself and refuses one level more", () => {
    expect(nestsDeeperThan(nested(32), 32)).toBe(false);
    expect(nestsDeeperThan(nested(33), 32)).toBe(true);
    expect(nestsDeeperThan(`{"a":${nested(31)}}`, 32)).toBe(false);
    expect(nestsDeeperThan(`{"a":${nested(32)}}`, 32)).toBe(true);
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    expect(nestsDeeperThan(JSON.stringify({ a: "[".repeat(100) }), 2)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ a: `\\"${"{".repeat(100)}` }), 2)).toBe(false);
  });

  it("reads 20,000 levels without overflowing", () => {
    expect(nestsDeeperThan(nested(20_000), 32)).toBe(true);
  });
});
