/**
 * Work permits: 出境入境管理法第四十一条. Foreign applicants must hold a work
 * permit valid on the filing day; Chinese citizens and residents of Hong Kong,
 * Macao and Taiwan need none.
 */
import { text } from "../i18n";
import { explained, type Fix, type RuleContext, type RuleResult } from "../rules";
import type { TitleApplicationFacts } from "./application";
import { EXIT_ENTRY_LAW_41, HMT_PERMIT_ABOLISHED } from "./instrument";

/** Foreigner's work permit categories A (high-end), B (professional), C (others) (外专发〔2017〕40号). */
export const WORK_PERMIT_CATEGORIES = ["A", "B", "C"] as const;
export type WorkPermitCategory = (typeof WORK_PERMIT_CATEGORIES)[number];

/** Residents of Hong Kong, Macao and Taiwan: their employment permit was abolished in 2018 (国发〔2018〕28号). */
export const HMT_REGIONS = ["HK", "MO", "TW"] as const;

/*
 * 第四十一条 外国人在中国境内工作，应当按照规定取得工作许可和工作类居留证件。
 * The permit must be valid on the filing day (validUntil on or after it).
 */
export function workPermitCheck(context: RuleContext<TitleApplicationFacts>): { result: RuleResult; fixes: Fix[] } {
  const { applicant } = context.subject;
  const filedOn = context.asOf;
  const inputs = {
    "applicant.nationality": applicant.nationality,
    "applicant.workPermit.validUntil": applicant.workPermit?.validUntil ?? null,
  };
  if (applicant.nationality === "CN")
    return {
      result: explained(context, "eligible", {
        code: "talent.work-permit",
        citation: EXIT_ENTRY_LAW_41,
        message: text("中国公民无需外国人工作许可", "A Chinese citizen needs no foreigner's work permit"),
        inputs,
      }),
      fixes: [],
    };
  if ((HMT_REGIONS as readonly string[]).includes(applicant.nationality))
    return {
      result: explained(context, "eligible", {
        code: "talent.work-permit.not-required",
        citation: HMT_PERMIT_ABOLISHED,
        message: text(
          "港澳台居民在内地就业无需办理就业许可或外国人工作许可",
          "Hong Kong, Macao and Taiwan residents need no employment or foreigner's work permit",
        ),
        inputs,
      }),
      fixes: [],
    };
  const permit = applicant.workPermit;
  if (!permit) {
    const message = text(
      "外籍申报人须提供在中国境内工作的外国人工作许可",
      "A foreign applicant must supply the work permit for working in China",
    );
    return {
      result: explained(
        context,
        "undetermined",
        { code: "talent.work-permit", citation: EXIT_ENTRY_LAW_41, message, inputs },
        ["applicant.workPermit"],
      ),
      fixes: [{ field: "applicant.workPermit", message, citation: EXIT_ENTRY_LAW_41 }],
    };
  }
  if (permit.validUntil < filedOn) {
    const message = text(
      `外国人工作许可已于${permit.validUntil}到期，申报日${filedOn}须在有效期内：请提供有效的工作许可`,
      `The work permit expired on ${permit.validUntil}; it must be valid on the filing day ${filedOn}: supply a valid permit`,
    );
    return {
      result: explained(context, "ineligible", {
        code: "talent.work-permit",
        citation: EXIT_ENTRY_LAW_41,
        message,
        inputs,
      }),
      fixes: [{ field: "applicant.workPermit.validUntil", message, citation: EXIT_ENTRY_LAW_41 }],
    };
  }
  return {
    result: explained(context, "eligible", {
      code: "talent.work-permit",
      citation: EXIT_ENTRY_LAW_41,
      message: text(
        `外国人工作许可有效至${permit.validUntil}，申报日在有效期内`,
        `The work permit is valid until ${permit.validUntil}, covering the filing day`,
      ),
      inputs,
    }),
    fixes: [],
  };
}
