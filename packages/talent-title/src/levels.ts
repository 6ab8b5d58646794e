import { type Text, text } from "@rdc/core";
import { DEGREES, type Degree, TITLE_LEVELS, type TitleLevel } from "./payload";

/** 副高级 and 正高级 are the senior titles (高级职称). */
export function isSenior(level: TitleLevel): boolean {
  return level === "deputy_senior" || level === "full_senior";
}

/** The level one step below, or undefined for the lowest. */
export function levelBelow(level: TitleLevel): TitleLevel | undefined {
  return TITLE_LEVELS[TITLE_LEVELS.indexOf(level) - 1];
}

/** Whether `held` is at least `required`. */
export function atLeastLevel(held: TitleLevel | undefined, required: TitleLevel): boolean {
  return held !== undefined && TITLE_LEVELS.indexOf(held) >= TITLE_LEVELS.indexOf(required);
}

/** The highest degree among the applicant's, if any. */
export function highestDegree(degrees: readonly Degree[]): Degree | undefined {
  return DEGREES.filter((d) => degrees.includes(d)).at(-1);
}

/** Whether `held` is at least `required`. */
export function atLeastDegree(held: Degree | undefined, required: Degree): boolean {
  return held !== undefined && DEGREES.indexOf(held) >= DEGREES.indexOf(required);
}

export const LEVEL_NAMES: Record<TitleLevel, Text> = {
  assistant: text("助理级", "assistant level"),
  intermediate: text("中级", "intermediate level"),
  deputy_senior: text("副高级", "deputy senior level"),
  full_senior: text("正高级", "full senior level"),
};
