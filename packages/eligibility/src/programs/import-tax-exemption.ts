/**
 * Import-tax exemption for foreign-invested R&D centers: duty, import VAT and
 * consumption tax on scientific-development goods, for centers that meet the
 * three conditions of the 2021 notices, continued by the 2026 notices.
 */
import {
  allOf,
  check,
  cite,
  conclude,
  defineCondition,
  defineParameter,
  inForceOn,
  isTrue,
  type Parameter,
  type ParameterValue,
  perVersion,
  type RuleResult,
  text,
} from "@rdc/core";
import type { LegalForm } from "../profile";
import type { NextStep } from "../result";
import type { EvaluationContext } from "../rules/context";
import { FACTS } from "../rules/facts";
import { cny, usd } from "../rules/format";
import { type Regime, type RegimePeriod, underRegime } from "../rules/regime";
import type { Program } from "./program";

const NOTICES_2021 = text(
  "财政部 海关总署 税务总局关于“十四五”期间支持科技创新进口税收政策的通知（财关税〔2021〕23号）及管理办法（财关税〔2021〕24号）",
  "Notice on Import Tax Policies Supporting Scientific and Technological Innovation during the 14th Five-Year Plan (Cai Guan Shui [2021] No. 23) and its administrative measures (No. 24)",
);
const NOTICES_2026 = text(
  "财政部 海关总署 税务总局支持科技创新进口税收政策的通知（财关税〔2026〕7号、8号、9号）",
  "Notices on Import Tax Policies Supporting Scientific and Technological Innovation (Cai Guan Shui [2026] Nos. 7, 8 and 9)",
);
const FIGURES_2026_UNCONFIRMED =
  "notices of 2026-02-13, list effective 2026-01-01; whether they keep the 2021 figures is UNCONFIRMED";

const PERIOD_2021 = cite(NOTICES_2021, undefined, "2021-01-01");
const PERIOD_2026 = cite(NOTICES_2026, undefined, "2026-01-01", FIGURES_2026_UNCONFIRMED);

const REGIME: Regime = {
  id: "import-tax-exemption.rules",
  name: text("外资研发中心进口税收政策", "the import-tax policy for foreign-invested R&D centers"),
  periods: defineParameter<RegimePeriod>(
    "import-tax-exemption.rules",
    text("外资研发中心进口免税政策的施行期间", "periods of the import-tax exemption for foreign-invested R&D centers"),
    [
      { from: "2021-01-01", value: { encoded: true }, citation: PERIOD_2021 },
      { from: "2026-01-01", value: { encoded: true }, citation: PERIOD_2026 },
      {
        from: "2031-01-01",
        value: {
          encoded: false,
          note: text(
            "2026年政策的截止日期未经核实（可能为2030年12月31日），此后的规则未收录，无法判断",
            "The end date of the 2026 policy is unconfirmed (probably 2030-12-31); later rules are not encoded: cannot decide",
          ),
        },
        citation: cite(NOTICES_2026, undefined, "2031-01-01", "end date UNCONFIRMED, probably 2030-12-31"),
      },
    ],
  ),
  before: text(
    "2021年1月1日前适用的进口税收政策未收录，无法判断",
    "The import-tax rules in force before 2021-01-01 are not encoded: cannot decide",
  ),
};

/** A figure of the 2021 notices that the 2026 notices are taken to keep (UNCONFIRMED). */
function figure(id: string, description: ReturnType<typeof text>, value: number): Parameter<number> {
  return defineParameter(`import-tax-exemption.${id}`, description, [
    { from: "2021-01-01", value, citation: PERIOD_2021 },
    { from: "2026-01-01", value, citation: PERIOD_2026 },
  ]);
}

export const MIN_TOTAL_INVESTMENT_USD = figure(
  "min-total-investment-usd",
  text("独立法人外资研发中心投资总额下限（美元）", "minimum total investment of a center that is a legal entity (USD)"),
  8_000_000,
);
export const MIN_RD_INVESTMENT_USD = figure(
  "min-rd-investment-usd",
  text(
    "内设部门或分公司外资研发中心研发总投入下限（美元）",
    "minimum total R&D investment of a center that is an internal department or branch (USD)",
  ),
  8_000_000,
);
export const MIN_FULL_TIME_RD_STAFF = figure(
  "min-full-time-rd-staff",
  text("专职研究与试验发展人员下限", "minimum full-time R&D staff"),
  80,
);
export const MIN_EQUIPMENT_PURCHASES_CNY = figure(
  "min-equipment-purchases-cny",
  text("设立以来累计购置设备原值下限（人民币）", "minimum cumulative equipment purchases since establishment (RMB)"),
  20_000_000,
);

const ENTITY: LegalForm = "independent_legal_entity";

const foreignInvested = perVersion((rules: ParameterValue<RegimePeriod>) =>
  defineCondition(
    "import-tax-exemption.foreign-invested",
    text("外商投资设立的研发中心", "an R&D center set up by foreign investment"),
    rules.citation,
    [FACTS.foreignInvested],
  ),
);

const investmentConditions = perVersion((total: ParameterValue<number>, rd: ParameterValue<number>) => {
  const id = "import-tax-exemption.investment";
  const asEntity = text(
    `投资总额不低于${usd(total.value)["zh-CN"]}`,
    `total investment of at least ${usd(total.value).en}`,
  );
  const asPart = text(
    `研发总投入不低于${usd(rd.value)["zh-CN"]}`,
    `total R&D investment of at least ${usd(rd.value).en}`,
  );
  return {
    entity: defineCondition(id, asEntity, total.citation, [FACTS.legalForm, FACTS.totalInvestmentUsd]),
    part: defineCondition(id, asPart, rd.citation, [FACTS.legalForm, FACTS.rdInvestmentUsd]),
    either: defineCondition(
      id,
      text(
        `独立法人${asEntity["zh-CN"]}，内设部门或分公司${asPart["zh-CN"]}`,
        `${asEntity.en} (legal entity) or ${asPart.en} (internal department or branch)`,
      ),
      total.citation,
      [FACTS.legalForm, FACTS.totalInvestmentUsd, FACTS.rdInvestmentUsd],
    ),
  };
});

/**
 * 独立法人: 投资总额不低于800万美元; 公司内设部门或分公司（非独立法人）: 研发总投入不低于800万美元.
 * Without the legal form the test is still decided when both figures give the same answer.
 */
function investment(context: EvaluationContext): RuleResult {
  const { subject: center, asOf } = context;
  const total = inForceOn(MIN_TOTAL_INVESTMENT_USD, asOf);
  const rd = inForceOn(MIN_RD_INVESTMENT_USD, asOf);
  const conditions = investmentConditions(total, rd);
  const form = FACTS.legalForm.read(center);
  if (form === ENTITY) return check(context, conditions.entity, (_, v) => v >= total.value, [total]);
  if (form !== undefined) return check(context, conditions.part, (_, v) => v >= rd.value, [rd]);
  const { either } = conditions;
  const [t, r] = [FACTS.totalInvestmentUsd.read(center), FACTS.rdInvestmentUsd.read(center)];
  if (t !== undefined && r !== undefined && t >= total.value === r >= rd.value)
    return conclude(context, either, t >= total.value ? "eligible" : "ineligible", [total, rd]);
  const missing = either.facts.filter((f) => f.read(center) === undefined);
  return conclude(context, either, "undetermined", [total, rd], missing);
}

const fullTimeRdStaff = perVersion((staff: ParameterValue<number>) =>
  defineCondition(
    "import-tax-exemption.full-time-rd-staff",
    text(
      `专职研究与试验发展人员不低于${staff.value}人（劳动合同一年以上，以申请前一日人数计）`,
      `at least ${staff.value} full-time R&D staff (labour contracts of 1 year or more, counted the day before applying)`,
    ),
    staff.citation,
    [FACTS.fullTimeRdStaff],
  ),
);

const equipmentPurchases = perVersion((equipment: ParameterValue<number>) =>
  defineCondition(
    "import-tax-exemption.equipment-purchases",
    text(
      `设立以来累计购置的设备原值不低于${cny(equipment.value)["zh-CN"]}`,
      `equipment purchased since establishment of an original value of at least ${cny(equipment.value).en}`,
    ),
    equipment.citation,
    [FACTS.equipmentPurchasesCny],
  ),
);

const NEXT_STEPS: readonly NextStep[] = [
  {
    code: "import-tax-exemption.apply",
    message: text(
      "向所在地省级商务主管部门申请核定为享受进口税收政策的外资研发中心（会同财政、海关、税务部门核定），列名后向主管海关办理减免税手续",
      "Apply to the provincial commerce department, which decides with the finance, customs and tax authorities, to be listed as a foreign-invested R&D center entitled to the import-tax policy; once listed, complete the exemption formalities with the competent customs office",
    ),
  },
];

export const importTaxExemption: Program = {
  id: "import-tax-exemption",
  name: text("外资研发中心进口科技开发用品免税", "Import-tax exemption for foreign-invested R&D centers"),
  evaluate: (context) => ({
    result: underRegime(context, REGIME, (rules) => {
      const { asOf } = context;
      const staff = inForceOn(MIN_FULL_TIME_RD_STAFF, asOf);
      const equipment = inForceOn(MIN_EQUIPMENT_PURCHASES_CNY, asOf);
      return allOf([
        isTrue(context, foreignInvested(rules)),
        investment(context),
        check(context, fullTimeRdStaff(staff), (n) => n >= staff.value, [staff]),
        check(context, equipmentPurchases(equipment), (v) => v >= equipment.value, [equipment]),
      ]);
    }),
    nextSteps: NEXT_STEPS,
  }),
};
