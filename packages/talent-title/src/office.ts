import {
  type DueDate,
  defineParameter,
  explained,
  type IsoDate,
  inForceOn,
  MEASURE_11,
  PLATFORM_SERVICE_TARGETS,
  provinceName,
  type RuleContext,
  type RuleResult,
  serviceTargetDue,
  type Text,
  text,
} from "@rdc/core";

/** Province-level divisions whose HR authority is a bureau (局): the four municipalities. */
const MUNICIPALITIES = ["110000", "120000", "310000", "500000"];
/** Taiwan, Hong Kong, Macao: division codes with no MOHRSS authority. */
const OUTSIDE_MAINLAND = ["710000", "810000", "820000"];

/**
 * The provincial human resources and social security authority for a
 * division code: 人力资源和社会保障局 in the four municipalities, 人力资源和社会保障厅
 * in provinces and autonomous regions. A county or city code is taken to its
 * province (first two digits). Undefined for a code that names no mainland province.
 */
export function provincialHrAuthority(divisionCode: string): { code: string; name: Text } | undefined {
  const code = `${divisionCode.slice(0, 2)}0000`;
  const valid = /^\d{6}$/.test(divisionCode) && !OUTSIDE_MAINLAND.includes(code);
  const province = valid ? provinceName(code) : undefined;
  if (!province) return undefined;
  const name = MUNICIPALITIES.includes(code)
    ? text(`${province["zh-CN"]}人力资源和社会保障局`, `${province.en} Human Resources and Social Security Bureau`)
    : text(
        `${province["zh-CN"]}人力资源和社会保障厅`,
        `Human Resources and Social Security Department of ${province.en}`,
      );
  return { code, name };
}

/** Whether the employer's division names a provincial HR authority to review the application. */
export function officeCheck(context: RuleContext<{ employer: { province: string } }>): RuleResult {
  const code = context.subject.employer.province;
  const office = provincialHrAuthority(code);
  return office
    ? explained(context, "eligible", {
        code: "talent-title.office",
        citation: MEASURE_11,
        message: text(`由${office.name["zh-CN"]}审查`, `Reviewed by the ${office.name.en}`),
        inputs: { "employer.province": code },
      })
    : explained(
        context,
        "undetermined",
        {
          code: "talent-title.office",
          citation: MEASURE_11,
          message: text(
            `无法识别用人单位所在省级行政区划代码${code}：请提供内地省、自治区或直辖市的6位代码`,
            `The employer's division code ${code} names no mainland province: supply a 6-digit province, region or municipality code`,
          ),
          inputs: { "employer.province": code },
        },
        ["employer.province"],
      );
}

/**
 * Title evaluation has no statutory review period we know of: the due date is
 * the platform's own target, in working days from receipt.
 */
export const REVIEW_TARGET_WORKING_DAYS = defineParameter<number>(
  "talent-title.review-target-working-days",
  text("职称申报审查的平台服务目标（工作日）", "Platform target for reviewing a title application (working days)"),
  [{ from: PLATFORM_SERVICE_TARGETS.inForceFrom, value: 20, citation: PLATFORM_SERVICE_TARGETS }],
);

export function reviewDue(receivedOn: IsoDate): DueDate {
  return serviceTargetDue(
    receivedOn,
    inForceOn(REVIEW_TARGET_WORKING_DAYS, receivedOn),
    text("职称评审未规定审查期限", "title evaluation sets no review period"),
  );
}
