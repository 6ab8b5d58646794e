import { EXTENSION_MAX_MONTHS, MAX_EXTENSIONS, ORDER_233_IN_FORCE_FROM } from "@rdc/core";
import { describe, expect, it } from "vitest";
import { figureAsOf, REEXPORT_REMINDER_DAYS, REVIEW_TARGET_WORKING_DAYS } from "./rules";

describe("dated figures", () => {
  it.each([
    ["each extension at most 6 months", EXTENSION_MAX_MONTHS, 6],
    ["at most 3 extensions", MAX_EXTENSIONS, 3],
  ])("%s: in force with Order 233 on 2018-02-01, not the day before", (_, parameter, value) => {
    expect(() => figureAsOf(parameter, "2018-01-31")).toThrow(RangeError);
    const figure = figureAsOf(parameter, ORDER_233_IN_FORCE_FROM);
    expect(figure.value).toBe(value);
    expect(figure.citation.article).toBe("第九条");
    expect(figure.citation.unconfirmed).toMatch(/Art\. 9/);
  });

  it.each([
    ["30-day re-export reminder", REEXPORT_REMINDER_DAYS, 30],
    ["10-working-day review", REVIEW_TARGET_WORKING_DAYS, 10],
  ])("%s: a platform target from the measures' date, cited as no article of law", (_, parameter, value) => {
    expect(() => figureAsOf(parameter, "2023-01-10")).toThrow(RangeError);
    const figure = figureAsOf(parameter, "2023-01-11");
    expect(figure.value).toBe(value);
    expect(figure.citation.article).toBeUndefined();
    expect(figure.citation.document.en).toContain("not a statutory period");
  });
});
