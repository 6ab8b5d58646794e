import { describe, expect, it } from "vitest";
import { maskIdentifier } from "./mask";

describe("maskIdentifier", () => {
  it.each([
    ["E12345689", "E12****89"],
    ["91350100M000100Y43", "913****43"],
    ["abcdef", "abc****ef"],
    ["abcde", "****"],
    ["ab", "****"],
    ["", "****"],
    ["张三丰李四王五", "张三丰****王五"],
  ])("%j → %j", (input, masked) => expect(maskIdentifier(input)).toBe(masked));
});
