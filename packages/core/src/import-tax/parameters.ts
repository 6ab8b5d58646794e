/**
 * The figures a foreign-invested R&D center must reach, by period. The 2021
 * values are those of 财关税〔2021〕24号 (wording UNCONFIRMED, source.txt); the
 * 2026 notices are taken to keep them (UNCONFIRMED): when their text is read,
 * a changed figure is a new value in its 2026 version, nothing else.
 */
import { type Text, text } from "../i18n";
import { type Citation, defineParameter, type Parameter } from "../rules";
import { MEASURES_2021, MEASURES_2026, NOT_READ_2021, PERIOD_2021_FROM, PERIOD_2026_FROM } from "./instrument";

function figure(
  id: string,
  description: Text,
  value: number,
  quote2021: string,
  article2021 = "第?条第（一）项",
): Parameter<number> {
  const in2021: Citation = MEASURES_2021.article(article2021, quote2021, { unconfirmed: NOT_READ_2021 });
  const in2026: Citation = MEASURES_2026.article("第一段", "现将政策管理办法通知如下", {
    unconfirmed: `${description.en}: the 2021 figure (${value}) is taken as kept by 财关税〔2026〕8号: UNCONFIRMED`,
  });
  return defineParameter(`import-tax-exemption.${id}`, description, [
    { from: PERIOD_2021_FROM, value, citation: in2021 },
    { from: PERIOD_2026_FROM, value, citation: in2026 },
  ]);
}

/** （一）作为独立法人的，其投资总额不低于800万美元. */
export const MIN_TOTAL_INVESTMENT_USD = figure(
  "min-total-investment-usd",
  text("独立法人外资研发中心投资总额下限（美元）", "minimum total investment of a center that is a legal entity (USD)"),
  8_000_000,
  "作为独立法人的，其投资总额不低于800万美元",
);

/** （一）作为公司内设部门或分公司的非独立法人的，其研发总投入不低于800万美元. */
export const MIN_RD_INVESTMENT_USD = figure(
  "min-rd-investment-usd",
  text(
    "内设部门或分公司外资研发中心研发总投入下限（美元）",
    "minimum total R&D investment of a center that is an internal department or branch (USD)",
  ),
  8_000_000,
  "作为公司内设部门或分公司的非独立法人的，其研发总投入不低于800万美元",
);

/** （二）专职研究与试验发展人员不低于80人. */
export const MIN_FULL_TIME_RD_STAFF = figure(
  "min-full-time-rd-staff",
  text("专职研究与试验发展人员下限", "minimum full-time R&D staff"),
  80,
  "专职研究与试验发展人员不低于80人",
  "第?条第（二）项",
);

/** Who counts as full-time R&D staff: 须与外资研发中心签订1年以上劳动合同. */
export const MIN_RD_STAFF_CONTRACT_YEARS = figure(
  "min-rd-staff-contract-years",
  text("专职研究与试验发展人员劳动合同的最短期限（年）", "minimum labour-contract term of full-time R&D staff (years)"),
  1,
  "须与外资研发中心签订1年以上劳动合同，以外资研发中心提交申请的前一日人数为准",
  "第?条",
);

/** （三）设立以来累计购置的设备原值不低于2000万元. */
export const MIN_EQUIPMENT_PURCHASES_CNY = figure(
  "min-equipment-purchases-cny",
  text("设立以来累计购置设备原值下限（人民币）", "minimum cumulative equipment purchases since establishment (RMB)"),
  20_000_000,
  "设立以来累计购置的设备原值不低于2000万元",
  "第?条第（三）项",
);
