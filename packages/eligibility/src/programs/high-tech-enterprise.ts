/**
 * High-tech enterprise recognition (高新技术企业认定): a resident enterprise
 * meeting all eight conditions of 国科发火〔2016〕32号 Art. 11 (15 % CIT rate,
 * EIT Law Art. 28). Measure 1 asks for guidance and services to centers applying.
 */
import {
  allOf,
  check,
  cite,
  conclude,
  daysBetween,
  defineCondition,
  defineParameter,
  inForceOn,
  isTrue,
  type Parameter,
  type ParameterValue,
  perVersion,
  type RuleResult,
  shareAtLeast,
  type Text,
  text,
} from "@rdc/core";
import type { NextStep } from "../result";
import type { EvaluationContext } from "../rules/context";
import { FACTS } from "../rules/facts";
import { cny } from "../rules/format";
import { type Regime, type RegimePeriod, underRegime } from "../rules/regime";
import type { Program } from "./program";

const MEASURES_2016 = text(
  "科技部 财政部 国家税务总局关于修订印发《高新技术企业认定管理办法》的通知（国科发火〔2016〕32号）",
  "Administrative Measures for the Recognition of High-Tech Enterprises (Guo Ke Fa Huo [2016] No. 32)",
);
const IN_FORCE: string = "2016-01-01";

function article(item: string, unconfirmed?: string) {
  return cite(MEASURES_2016, item, IN_FORCE, unconfirmed);
}

const REGIME: Regime = {
  id: "high-tech-enterprise.rules",
  name: text("高新技术企业认定管理办法", "the high-tech enterprise recognition measures"),
  periods: defineParameter<RegimePeriod>(
    "high-tech-enterprise.rules",
    text("高新技术企业认定条件的施行期间", "periods of the high-tech enterprise conditions"),
    [{ from: IN_FORCE, value: { encoded: true }, citation: cite(MEASURES_2016, undefined, IN_FORCE) }],
  ),
  before: text(
    "2016年1月1日前适用2008年《高新技术企业认定管理办法》（国科发火〔2008〕172号），其条件未收录，无法判断",
    "Before 2016-01-01 the 2008 recognition measures (Guo Ke Fa Huo [2008] No. 172) applied; their conditions are not encoded: cannot decide",
  ),
};

function figure<T>(id: string, description: Text, value: T, item: string, unconfirmed?: string): Parameter<T> {
  return defineParameter(`high-tech-enterprise.${id}`, description, [
    { from: IN_FORCE, value, citation: article(item, unconfirmed) },
  ]);
}

export const MIN_DAYS_REGISTERED = figure(
  "min-days-registered",
  text("注册成立的最短日历天数", "minimum calendar days since registration"),
  365,
  "第十一条第（一）项",
  "“一年以上” counted as 365 calendar days or more per the Work Guidelines (国科发火〔2016〕195号): UNCONFIRMED",
);
export const MIN_SCI_TECH_STAFF_PERCENT = figure(
  "min-sci-tech-staff-percent",
  text("科技人员占职工总数的最低比例（%）", "minimum share of S&T staff in total staff (%)"),
  10,
  "第十一条第（四）项",
);

/** One band of 最近一年销售收入: up to `maxRevenueCny` inclusive (含), or above the previous band when null. */
export interface RdIntensityBand {
  maxRevenueCny: number | null;
  minPercent: number;
}

export const RD_INTENSITY_BANDS = figure<readonly RdIntensityBand[]>(
  "rd-intensity-bands",
  text(
    "研究开发费用占销售收入的最低比例，按最近一年销售收入分档",
    "minimum R&D intensity by band of latest-year revenue",
  ),
  [
    { maxRevenueCny: 50_000_000, minPercent: 5 },
    { maxRevenueCny: 200_000_000, minPercent: 4 },
    { maxRevenueCny: null, minPercent: 3 },
  ],
  "第十一条第（五）项",
);
export const MIN_RD_IN_CHINA_PERCENT = figure(
  "min-rd-in-china-percent",
  text("境内研究开发费用占全部研究开发费用的最低比例（%）", "minimum share of R&D spent in China (%)"),
  60,
  "第十一条第（五）项",
);
export const MIN_HIGH_TECH_INCOME_PERCENT = figure(
  "min-high-tech-income-percent",
  text("高新技术产品（服务）收入占总收入的最低比例（%）", "minimum share of high-tech income in total income (%)"),
  60,
  "第十一条第（六）项",
);

export interface ScoreLine {
  points: number;
  /** Whether a score of exactly `points` passes. */
  inclusive: boolean;
}

export const MIN_INNOVATION_SCORE = figure<ScoreLine>(
  "min-innovation-score",
  text("企业创新能力评价的合格分数线", "pass mark of the innovation capability assessment"),
  { points: 70, inclusive: true },
  "第十一条第（七）项",
  "70 points from secondary sources; whether 70 itself passes (70分以上 vs 不含70分, Work Guidelines 国科发火〔2016〕195号) is UNCONFIRMED",
);

function bandLabel(bands: readonly RdIntensityBand[], index: number): Text {
  const band = bands[index];
  const previous = index > 0 ? bands[index - 1]?.maxRevenueCny : undefined;
  const over = previous == null ? undefined : cny(previous);
  const upTo = band?.maxRevenueCny == null ? undefined : cny(band.maxRevenueCny);
  if (over && upTo)
    return text(`超过${over["zh-CN"]}至${upTo["zh-CN"]}（含）`, `over ${over.en} up to ${upTo.en} inclusive`);
  if (upTo) return text(`${upTo["zh-CN"]}（含）以下`, `up to ${upTo.en} inclusive`);
  return text(`超过${over?.["zh-CN"]}`, `over ${over?.en}`);
}

const INTENSITY_FACTS = [FACTS.latestYearRevenueCny, FACTS.rdSpendLast3YearsCny, FACTS.salesLast3YearsCny] as const;

/** One condition per band of revenue, and one for a revenue not given. */
const intensityConditions = perVersion((bands: ParameterValue<readonly RdIntensityBand[]>) => {
  const id = "high-tech-enterprise.rd-intensity";
  const byBand = bands.value.map((band, index) => {
    const label = bandLabel(bands.value, index);
    return defineCondition(
      id,
      text(
        `近三个会计年度研究开发费用总额占同期销售收入总额的比例不低于${band.minPercent}%（最近一年销售收入${label["zh-CN"]}）`,
        `R&D spend of the last 3 years at least ${band.minPercent}% of sales (latest-year revenue ${label.en})`,
      ),
      bands.citation,
      INTENSITY_FACTS,
    );
  });
  const percents = bands.value.map((b) => `${b.minPercent}%`);
  const anyBand = defineCondition(
    id,
    text(
      `近三个会计年度研究开发费用总额占同期销售收入总额的比例不低于按最近一年销售收入分档的比例（${percents.join("、")}）`,
      `R&D spend of the last 3 years at least the share set by the band of latest-year revenue (${percents.join(", ")})`,
    ),
    bands.citation,
    INTENSITY_FACTS,
  );
  return { byBand, anyBand };
});

/**
 * Art. 11(5): R&D spend of the last three years as a share of sales, by the
 * band of the latest year's revenue. Without the revenue the test is still
 * decided when the share meets the strictest band or fails the laxest.
 */
function rdIntensity(context: EvaluationContext): RuleResult {
  const { subject: center, asOf } = context;
  const bands = inForceOn(RD_INTENSITY_BANDS, asOf);
  const { byBand, anyBand } = intensityConditions(bands);
  const [revenue, rd, sales] = INTENSITY_FACTS.map((f) => f.read(center));
  const index =
    revenue === undefined ? -1 : bands.value.findIndex((b) => b.maxRevenueCny === null || revenue <= b.maxRevenueCny);
  const band = bands.value[index];
  const condition = byBand[index] ?? anyBand;
  if (rd === undefined || sales === undefined) {
    const missing = INTENSITY_FACTS.filter((f) => f.read(center) === undefined);
    return conclude(context, condition, "undetermined", [bands], missing);
  }
  const meets = (percent: number) => shareAtLeast(rd, sales, percent);
  if (band) return conclude(context, condition, meets(band.minPercent) ? "eligible" : "ineligible", [bands]);
  const percents = bands.value.map((b) => b.minPercent);
  if (meets(Math.max(...percents))) return conclude(context, anyBand, "eligible", [bands]);
  if (!meets(Math.min(...percents))) return conclude(context, anyBand, "ineligible", [bands]);
  return conclude(context, anyBand, "undetermined", [bands], [FACTS.latestYearRevenueCny]);
}

const RESIDENT_ENTERPRISE = defineCondition(
  "high-tech-enterprise.resident-enterprise",
  text(
    "在中国境内注册的居民企业（独立法人；公司内设部门、分公司不能单独认定）",
    "a resident enterprise registered in China (a legal entity: an internal department or branch cannot be recognised on its own)",
  ),
  article("第二条"),
  [FACTS.legalForm],
);

const registeredOneYear = perVersion((days: ParameterValue<number>) =>
  defineCondition(
    "high-tech-enterprise.registered-one-year",
    text(
      `申请认定时注册成立一年以上（不少于${days.value}个日历天数）`,
      `registered for one year or more when applying (at least ${days.value} calendar days)`,
    ),
    days.citation,
    [FACTS.registeredOn],
  ),
);

const CORE_IP = defineCondition(
  "high-tech-enterprise.core-ip",
  text(
    "通过自主研发、受让、受赠、并购等方式，获得对其主要产品（服务）在技术上发挥核心支持作用的知识产权的所有权",
    "owns, by its own R&D, transfer, gift or acquisition, IP that gives core technical support to its main products (services)",
  ),
  article("第十一条第（二）项"),
  [FACTS.ownsCoreIp],
);

const SUPPORTED_FIELD = defineCondition(
  "high-tech-enterprise.supported-field",
  text(
    "对其主要产品（服务）发挥核心支持作用的技术属于《国家重点支持的高新技术领域》规定的范围",
    "the technology supporting its main products (services) is in a field of the Key High-Tech Fields Supported by the State",
  ),
  article("第十一条第（三）项"),
  [FACTS.inSupportedField],
);

const sciTechStaff = perVersion((share: ParameterValue<number>) =>
  defineCondition(
    "high-tech-enterprise.sci-tech-staff",
    text(
      `从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例不低于${share.value}%`,
      `S&T staff in R&D and related innovation at least ${share.value}% of the year's total staff`,
    ),
    share.citation,
    [FACTS.sciTechStaff, FACTS.totalStaff],
  ),
);

const rdInChina = perVersion((share: ParameterValue<number>) =>
  defineCondition(
    "high-tech-enterprise.rd-in-china",
    text(
      `在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于${share.value}%`,
      `R&D spent in China at least ${share.value}% of all R&D spend`,
    ),
    share.citation,
    [FACTS.rdSpendInChinaLast3YearsCny, FACTS.rdSpendLast3YearsCny],
  ),
);

const highTechIncome = perVersion((share: ParameterValue<number>) =>
  defineCondition(
    "high-tech-enterprise.high-tech-income",
    text(
      `近一年高新技术产品（服务）收入占企业同期总收入的比例不低于${share.value}%`,
      `high-tech product (service) income of the latest year at least ${share.value}% of total income`,
    ),
    share.citation,
    [FACTS.highTechIncomeCny, FACTS.totalIncomeCny],
  ),
);

const innovationScore = perVersion((score: ParameterValue<ScoreLine>) => {
  const { points, inclusive } = score.value;
  return defineCondition(
    "high-tech-enterprise.innovation-score",
    inclusive
      ? text(`企业创新能力评价得分不低于${points}分`, `innovation capability score of at least ${points}`)
      : text(`企业创新能力评价得分超过${points}分`, `innovation capability score above ${points}`),
    score.citation,
    [FACTS.innovationScore],
  );
});

const NO_MAJOR_INCIDENT = defineCondition(
  "high-tech-enterprise.no-major-incident",
  text(
    "申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为",
    "no major safety or quality accident and no serious environmental violation in the year before applying",
  ),
  article("第十一条第（八）项"),
  [FACTS.majorIncidentLastYear],
);

const NEXT_STEPS: readonly NextStep[] = [
  {
    code: "high-tech-enterprise.apply",
    message: text(
      "在高新技术企业认定管理工作网注册并向所在地省级认定机构（科技、财政、税务部门组成）提交认定申请；可向当地科技部门申请认定指导和政策培训（措施（一））",
      "Register on the high-tech enterprise recognition website and apply to the provincial recognition body (science and technology, finance and tax departments); local science and technology departments offer guidance and policy training (measure 1)",
    ),
  },
];

export const highTechEnterprise: Program = {
  id: "high-tech-enterprise",
  name: text("高新技术企业认定", "High-tech enterprise recognition"),
  evaluate: (context) => ({
    result: underRegime(context, REGIME, () => {
      const { asOf } = context;
      const days = inForceOn(MIN_DAYS_REGISTERED, asOf);
      const sciTech = inForceOn(MIN_SCI_TECH_STAFF_PERCENT, asOf);
      const inChina = inForceOn(MIN_RD_IN_CHINA_PERCENT, asOf);
      const income = inForceOn(MIN_HIGH_TECH_INCOME_PERCENT, asOf);
      const score = inForceOn(MIN_INNOVATION_SCORE, asOf);
      const { points, inclusive } = score.value;
      return allOf([
        check(context, RESIDENT_ENTERPRISE, (form) => form === "independent_legal_entity"),
        check(context, registeredOneYear(days), (on) => daysBetween(on, asOf) >= days.value, [days]),
        isTrue(context, CORE_IP),
        isTrue(context, SUPPORTED_FIELD),
        check(context, sciTechStaff(sciTech), (staff, total) => shareAtLeast(staff, total, sciTech.value), [sciTech]),
        rdIntensity(context),
        check(context, rdInChina(inChina), (domestic, all) => shareAtLeast(domestic, all, inChina.value), [inChina]),
        check(context, highTechIncome(income), (ht, total) => shareAtLeast(ht, total, income.value), [income]),
        check(context, innovationScore(score), (v) => (inclusive ? v >= points : v > points), [score]),
        isTrue(context, NO_MAJOR_INCIDENT, false),
      ]);
    }),
    nextSteps: NEXT_STEPS,
  }),
};
