import { type Text, text } from "@rdc/core";
import { atLeastDegree, atLeastLevel, highestDegree, LEVEL_NAMES } from "./levels";
import type { Degree, TalentTitlePayload } from "./payload";
import type { SeniorityRule } from "./requirements";

export const SENIORITY_STATUSES = ["met", "not_met", "not_assessed"] as const;
export type SeniorityStatus = (typeof SENIORITY_STATUSES)[number];

export interface SeniorityAssessment {
  status: SeniorityStatus;
  /** The applicant's facts as compared, for the reader. */
  facts: Text;
}

const DEGREE_NAMES: Record<Degree, Text> = {
  bachelor: text("学士", "bachelor's"),
  master: text("硕士", "master's"),
  doctorate: text("博士", "doctorate"),
};

/**
 * Whether the applicant meets one of the usual alternatives (具备下列条件之一).
 * The payload does not carry the date the lower title was obtained, so the
 * years compared are all the declared work (`totalYears`), not the years
 * since that title: the facts say so, and the reviewer checks.
 */
export function assessSeniority(
  rule: SeniorityRule | undefined,
  payload: TalentTitlePayload,
  totalYears: number,
): SeniorityAssessment {
  const degree = highestDegree(payload.education.map((e) => e.degree));
  const current = payload.currentTitle?.level;
  const facts = text(
    `申报人：最高学位${degree ? DEGREE_NAMES[degree]["zh-CN"] : "无"}，现有职称${current ? LEVEL_NAMES[current]["zh-CN"] : "无"}，工作经历合计${totalYears}年（按申报的全部工作经历计算，而非取得下一级职称后的年限，请审查人员核实）`,
    `Applicant: highest degree ${degree ? DEGREE_NAMES[degree].en : "none"}, current title ${current ? LEVEL_NAMES[current].en : "none"}, ${totalYears} years of declared work in all (counted over all declared work, not since the lower title: for the reviewer to check)`,
  );
  if (!rule) return { status: "not_assessed", facts };
  const met = rule.alternatives.some(
    (a) =>
      atLeastDegree(degree, a.degree) &&
      (a.lowerTitle === null || atLeastLevel(current, a.lowerTitle)) &&
      totalYears >= a.years,
  );
  return { status: met ? "met" : "not_met", facts };
}
