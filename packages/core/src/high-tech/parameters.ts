/**
 * Every figure of high-tech enterprise recognition, dated from the 2016
 * measures (国科发火〔2016〕32号) and their Work Guidelines (国科发火〔2016〕195号).
 * A changed figure is a new dated version, not an edit.
 */
import { text } from "../i18n";
import { type Citation, defineParameter, type Parameter } from "../rules";
import { EIT_LAW, GUIDELINES_2016, HIGH_TECH_IN_FORCE_FROM, MEASURES_2016, SECONDARY_COPIES } from "./instrument";

function figure<T>(id: string, description: ReturnType<typeof text>, value: T, citation: Citation): Parameter<T> {
  return defineParameter(`high-tech-enterprise.${id}`, description, [
    { from: HIGH_TECH_IN_FORCE_FROM, value, citation },
  ]);
}

/**
 * 第十一条第（一）项 “注册成立一年以上”, read with the Work Guidelines 一、（一）:
 * 365 calendar days or more (以上 includes the figure), not a calendar year:
 * across a 29 February the two differ by a day, and the Guidelines count days.
 */
export const MIN_DAYS_REGISTERED = figure(
  "min-days-registered",
  text("注册成立的最短日历天数", "minimum calendar days since registration"),
  365,
  GUIDELINES_2016.article("第一条第（一）项", "是指企业须注册成立365个日历天数以上", {
    unconfirmed: "the Work Guidelines' 年限 sentence (365个日历天数) was not found in any stored copy: UNCONFIRMED",
  }),
);

export const MIN_SCI_TECH_STAFF_PERCENT = figure(
  "min-sci-tech-staff-percent",
  text("科技人员占职工总数的最低比例（%）", "minimum share of S&T staff in total staff (%)"),
  10,
  MEASURES_2016.article(
    "第十一条第（四）项",
    "企业从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例不低于10%",
    { unconfirmed: SECONDARY_COPIES },
  ),
);

/** One band of 最近一年销售收入: up to `maxRevenueCny` inclusive (含), or above the previous band when null. */
export interface RdIntensityBand {
  maxRevenueCny: number | null;
  minPercent: number;
}

/**
 * 第十一条第（五）项: 5,000万元（含）以下 5 %; 5,000万元至2亿元（含） 4 %; 2亿元以上 3 %.
 * Exactly 50,000,000 is in the first band, exactly 200,000,000 in the second (（含）).
 */
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
  MEASURES_2016.article(
    "第十一条第（五）项",
    "研究开发费用总额占同期销售收入总额的比例符合如下要求……最近一年销售收入小于5,000万元（含）的企业，比例不低于5%……最近一年销售收入在5,000万元至2亿元（含）的企业，比例不低于4%……最近一年销售收入在2亿元以上的企业，比例不低于3%",
    { unconfirmed: SECONDARY_COPIES },
  ),
);

export const MIN_RD_IN_CHINA_PERCENT = figure(
  "min-rd-in-china-percent",
  text("境内研究开发费用占全部研究开发费用的最低比例（%）", "minimum share of R&D spent in China (%)"),
  60,
  MEASURES_2016.article(
    "第十一条第（五）项",
    "其中，企业在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于60%",
    { unconfirmed: SECONDARY_COPIES },
  ),
);

export const MIN_HIGH_TECH_INCOME_PERCENT = figure(
  "min-high-tech-income-percent",
  text("高新技术产品（服务）收入占总收入的最低比例（%）", "minimum share of high-tech income in total income (%)"),
  60,
  MEASURES_2016.article("第十一条第（六）项", "近一年高新技术产品（服务）收入占企业同期总收入的比例不低于60%", {
    unconfirmed: SECONDARY_COPIES,
  }),
);

/**
 * 第十一条第（七）项 “企业创新能力评价应达到相应要求”, which the Work Guidelines
 * 十 set: integer scores out of 100, “70分以上（不含70分）”: above 70, so 70
 * fails and 71 passes.
 */
export const INNOVATION_SCORE_ABOVE = figure(
  "innovation-score-above",
  text(
    "企业创新能力评价综合得分须超过的分数（不含本数）",
    "innovation capability score that must be exceeded (the figure itself fails)",
  ),
  70,
  GUIDELINES_2016.article(
    "第十条",
    "各级指标均按整数打分，满分为100分，综合得分达到70分以上（不含70分）为符合认定要求",
    {
      unconfirmed: SECONDARY_COPIES,
    },
  ),
);

/** 第九条: the recognition is valid for three years from the certificate's date. */
export const CERTIFICATE_VALIDITY_YEARS = figure(
  "certificate-validity-years",
  text("高新技术企业资格有效期（年）", "validity of the recognition (years)"),
  3,
  MEASURES_2016.article("第九条", "其资格自颁发证书之日起有效期为三年", {
    unconfirmed: "第九条 not found in any stored copy: wording and article number UNCONFIRMED",
  }),
);

/** 企业所得税法第二十八条第二款: the reduced rate of a recognised high-tech enterprise. */
export const PREFERENTIAL_EIT_RATE_PERCENT = defineParameter(
  "high-tech-enterprise.preferential-eit-rate-percent",
  text("高新技术企业减按的企业所得税税率（%）", "reduced enterprise income tax rate of a high-tech enterprise (%)"),
  [
    {
      from: "2008-01-01",
      value: 15,
      citation: EIT_LAW.article("第二十八条第二款", "国家需要重点扶持的高新技术企业，减按15%的税率征收企业所得税", {
        unconfirmed: "EIT Law Art. 28 not read from a stored copy in this session: UNCONFIRMED",
      }),
    },
  ],
);
