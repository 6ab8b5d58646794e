/**
 * 第二条 本办法所称的高新技术企业是指：……在中国境内（不包括港、澳、台地区）
 * 注册的居民企业。
 *
 * A resident enterprise is a legal entity of its own: an internal department
 * or a branch (非独立法人) is taxed with its company and cannot be recognised
 * on its own.
 */
import { text } from "../i18n";
import { INDEPENDENT_LEGAL_ENTITY } from "../import-tax/legal-form";
import { check, defineCondition } from "../rules";
import type { BoundRule, HighTechFactReaders } from "./facts";
import { MEASURES_2016 } from "./instrument";

const CITATION = MEASURES_2016.article("第二条", "在中国境内（不包括港、澳、台地区）注册的居民企业", {
  unconfirmed: "第二条 not found in any stored copy: wording UNCONFIRMED",
});

export function residentEnterprise<S>(facts: HighTechFactReaders<S>): BoundRule<S> {
  const condition = defineCondition(
    "high-tech-enterprise.resident-enterprise",
    text(
      "在中国境内注册的居民企业（独立法人；公司内设部门、分公司不能单独认定）",
      "a resident enterprise registered in China (a legal entity: an internal department or branch cannot be recognised on its own)",
    ),
    CITATION,
    [facts.legalForm],
  );
  return (context) => check(context, condition, (form) => form === INDEPENDENT_LEGAL_ENTITY);
}
