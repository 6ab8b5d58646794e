import { type IsoDate, text } from "@rdc/core";
import { EXIT_ENTRY_LAW_41, HMT_PERMIT_ABOLISHED } from "./citations";
import type { CheckResult } from "./findings";
import type { Applicant } from "./payload";

/** Residents of Hong Kong, Macao and Taiwan: their employment permit was abolished in 2018 (国发〔2018〕28号). */
export const HMT_REGIONS = ["HK", "MO", "TW"] as const;

/*
 * 出境入境管理法第四十一条：外国人在中国境内工作，应当按照规定取得工作许可和工作类居留证件。
 * The permit must be valid on the filing day (validUntil on or after it).
 */
export function workPermitCheck(applicant: Applicant, filedOn: IsoDate): CheckResult {
  if (applicant.nationality === "CN") return { missing: [], findings: [] };
  if ((HMT_REGIONS as readonly string[]).includes(applicant.nationality))
    return {
      missing: [],
      findings: [
        {
          code: "work_permit_not_required",
          message: text(
            "港澳台居民在内地就业无需办理就业许可或外国人工作许可",
            "Hong Kong, Macao and Taiwan residents need no employment or foreigner's work permit",
          ),
          citation: HMT_PERMIT_ABOLISHED,
        },
      ],
    };
  const permit = applicant.workPermit;
  if (!permit)
    return {
      findings: [],
      missing: [
        {
          field: "applicant.workPermit",
          message: text(
            "外籍申报人须提供在中国境内工作的外国人工作许可",
            "A foreign applicant must supply the work permit for working in China",
          ),
          citation: EXIT_ENTRY_LAW_41,
        },
      ],
    };
  if (permit.validUntil < filedOn)
    return {
      findings: [],
      missing: [
        {
          field: "applicant.workPermit.validUntil",
          message: text(
            `外国人工作许可已于${permit.validUntil}到期，申报日${filedOn}须在有效期内：请提供有效的工作许可`,
            `The work permit expired on ${permit.validUntil}; it must be valid on the filing day ${filedOn}: supply a valid permit`,
          ),
          citation: EXIT_ENTRY_LAW_41,
        },
      ],
    };
  return { missing: [], findings: [] };
}
