import { decodeTime, isValid } from "ulid";
import { describe, expect, it } from "vitest";
import { monotonicUlids, newUlid } from "./ids";

describe("ids", () => {
  it("makes valid ULIDs of the given time, all different, their random part using every character", () => {
    const ids = Array.from({ length: 10_000 }, () => newUlid(1_700_000_000_000));
    expect(ids.every(isValid)).toBe(true);
    expect(ids.every((id) => decodeTime(id) === 1_700_000_000_000)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // Spans pool refills (4 KB, 16 bytes an id); a byte → character mapping that skipped some would show here.
    expect(new Set(ids.flatMap((id) => [...id.slice(10)])).size).toBe(32);
  });

  it("sorts monotonic ids in the order they were made, within one millisecond", () => {
    const next = monotonicUlids();
    const ids = Array.from({ length: 1_000 }, () => next(1_700_000_000_000));
    expect([...ids].sort()).toEqual(ids);
  });
});
