import { type Reason, text } from "@rdc/core";
import { MEASURE_11 } from "./citations";
import type { TalentTitlePayload } from "./payload";

export interface GreenChannel {
  eligible: boolean;
  reasons: Reason[];
}

/*
 * 措施（十一）：为外资研发中心聘用的海外高端人才和紧缺人才参与职称评审建立绿色通道。
 * Both conditions: the talent category, and employment by a recognised foreign R&D center.
 */
export function greenChannel({ applicant, employer }: TalentTitlePayload): GreenChannel {
  const reasons: Reason[] = [];
  if (applicant.talentCategory === "other")
    reasons.push({
      code: "talent_category_not_covered",
      message: text(
        "申报人不属于海外高端人才或紧缺人才，不适用绿色通道，按常规途径审查",
        "The applicant is neither overseas high-end nor shortage talent: no green channel, screened on the normal route",
      ),
      citation: MEASURE_11,
    });
  if (!employer.recognizedForeignRdCenter)
    reasons.push({
      code: "employer_not_recognized_rd_center",
      message: text(
        "用人单位不是经认定的外资研发中心，不适用绿色通道，按常规途径审查",
        "The employer is not a recognised foreign-invested R&D center: no green channel, screened on the normal route",
      ),
      citation: MEASURE_11,
    });
  if (reasons.length) return { eligible: false, reasons };
  return {
    eligible: true,
    reasons: [
      {
        code: "green_channel_eligible",
        message: text(
          "外资研发中心聘用的海外高端人才或紧缺人才：适用职称评审绿色通道，资历、年限等条件放宽，海外工作经历和业绩成果可作为评定依据",
          "Overseas high-end or shortage talent employed by a foreign-invested R&D center: green channel applies; seniority and years are relaxed, and overseas work and achievements count as evidence",
        ),
        citation: MEASURE_11,
      },
    ],
  };
}
