/**
 * The vocabularies of title evaluation, as the texts name them: the talent
 * measure （十一） speaks of, title levels, and the education the evaluation
 * standards count. The intake payloads and the eligibility profile use these
 * values (one vocabulary per concept).
 */
import { type Text, text } from "../i18n";

/** 海外高端人才 / 紧缺人才 are the two groups measure （十一） names; anyone else is `other`. */
export const TALENT_CATEGORIES = ["overseas_high_end", "shortage", "other"] as const;
export type TalentCategory = (typeof TALENT_CATEGORIES)[number];

export const TALENT_CATEGORY_NAMES: Record<TalentCategory, Text> = {
  overseas_high_end: text("海外高端人才", "overseas high-end talent"),
  shortage: text("紧缺人才", "shortage talent"),
  other: text("其他人才", "other talent"),
};

/**
 * 员级 (技术员), 助理级, 中级, 副高级, 正高级, lowest first; 员级 and 助理级
 * together are 初级. In the engineering series: 技术员, 助理工程师, 工程师,
 * 高级工程师, 正高级工程师.
 */
export const TITLE_LEVELS = ["technician", "assistant", "intermediate", "deputy_senior", "full_senior"] as const;
export type TitleLevel = (typeof TITLE_LEVELS)[number];

export const LEVEL_NAMES: Record<TitleLevel, Text> = {
  technician: text("员级", "technician level"),
  assistant: text("助理级", "assistant level"),
  intermediate: text("中级", "intermediate level"),
  deputy_senior: text("副高级", "deputy senior level"),
  full_senior: text("正高级", "full senior level"),
};

/** The engineering series' title at each level (人社部发〔2019〕16号). */
export const ENGINEERING_TITLES: Record<TitleLevel, Text> = {
  technician: text("技术员", "Technician"),
  assistant: text("助理工程师", "Assistant Engineer"),
  intermediate: text("工程师", "Engineer"),
  deputy_senior: text("高级工程师", "Senior Engineer"),
  full_senior: text("正高级工程师", "Professor-level Senior Engineer"),
};

/**
 * Education, lowest first, as the evaluation standard counts it: 中等职业学校
 * 毕业 (`secondary_vocational`), 大学专科 (`vocational_college`), 大学本科 or
 * 学士 (`bachelor`), 硕士 or 第二学士 (`master`), 博士 (`doctorate`).
 */
export const DEGREES = ["secondary_vocational", "vocational_college", "bachelor", "master", "doctorate"] as const;
export type Degree = (typeof DEGREES)[number];

export const DEGREE_NAMES: Record<Degree, Text> = {
  secondary_vocational: text("中等职业学校毕业", "secondary vocational school"),
  vocational_college: text("大学专科", "vocational college (zhuanke)"),
  bachelor: text("大学本科或学士", "bachelor's"),
  master: text("硕士或第二学士", "master's or second bachelor's"),
  doctorate: text("博士", "doctorate"),
};

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
  let best = -1;
  for (const d of degrees) best = Math.max(best, DEGREES.indexOf(d));
  return DEGREES[best];
}

/** Whether `held` is at least `required`. */
export function atLeastDegree(held: Degree | undefined, required: Degree): boolean {
  return held !== undefined && DEGREES.indexOf(held) >= DEGREES.indexOf(required);
}
