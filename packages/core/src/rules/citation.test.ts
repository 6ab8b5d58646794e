import { describe, expect, it } from "vitest";
import { articleInEnglish, chineseNumeral } from "./citation";

describe("Chinese numerals", () => {
  it("reads the numbers articles are numbered with", () => {
    expect(chineseNumeral("一")).toBe(1);
    expect(chineseNumeral("十")).toBe(10);
    expect(chineseNumeral("十二")).toBe(12);
    expect(chineseNumeral("二十")).toBe(20);
    expect(chineseNumeral("三十五")).toBe(35);
    expect(chineseNumeral("一百零三")).toBe(103);
    expect(chineseNumeral("1")).toBeNull();
  });
});

describe("article notation: the instrument's own, rendered in English", () => {
  it.each([
    ["第九条", "Art. 9"],
    ["第九条第二款", "Art. 9(2)"],
    ["第九条第二款第（四）项", "Art. 9(2)(iv)"],
    ["第十一条第（五）项", "Art. 11(v)"],
    ["第三条第（四）项、第（五）项", "Art. 3(iv), (v)"],
    ["第三条第（十二）项", "Art. 3(xii)"],
    ["第三条至第六条", "Art. 3 to 6"],
    ["第三十五条第一款第（六）项", "Art. 35(1)(vi)"],
  ])("%s → %s", (zh, en) => {
    expect(articleInEnglish(zh)).toBe(en);
  });

  it("leaves anything else as it is", () => {
    expect(articleInEnglish("附件 工程技术人才职称评价基本标准")).toBe("附件 工程技术人才职称评价基本标准");
    expect(articleInEnglish("第九条 and more")).toBe("第九条 and more");
  });
});
