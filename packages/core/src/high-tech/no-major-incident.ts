/**
 * 第十一条 （八）企业申请认定前一年内未发生重大安全、重大质量事故或严重环境
 * 违法行为。
 */
import { text } from "../i18n";
import { defineCondition, isTrue } from "../rules";
import type { BoundRule, HighTechFactReaders } from "./facts";
import { MEASURES_2016, SECONDARY_COPIES } from "./instrument";

const CITATION = MEASURES_2016.article(
  "第十一条第（八）项",
  "企业申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为",
  { unconfirmed: SECONDARY_COPIES },
);

export function noMajorIncident<S>(facts: HighTechFactReaders<S>): BoundRule<S> {
  const condition = defineCondition(
    "high-tech-enterprise.no-major-incident",
    text(
      "申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为",
      "no major safety or quality accident and no serious environmental violation in the year before applying",
    ),
    CITATION,
    [facts.majorIncidentLastYear],
  );
  return (context) => isTrue(context, condition, false);
}
