/**
 * The dated figures of the export rules. Evaluate them as of the transfer
 * date: the version in force that day applies.
 */
import { text } from "../i18n";
import { defineParameter } from "../rules";
import {
  CITATIONS,
  DECREE_11_FROM,
  DECREE_13_FROM,
  DECREE_16_FROM,
  DECREE_20_FROM,
  DECREE_777_HGR_FROM,
  DECREE_790_FROM,
  HGR_IMPLEMENTING_RULES_FROM,
  HGR_REGULATIONS_FROM,
  PIPL_FROM,
} from "./instruments";

export type DataExportRegime = "CAC-2022" | "CAC-2024";

/** Which set of CAC rules governs a transfer; none before 2022-09-01. */
export const REGIME = defineParameter<DataExportRegime>(
  "dataExport.regime",
  text("数据出境规则体系", "Data-export regime"),
  [
    { from: DECREE_11_FROM, value: "CAC-2022", citation: CITATIONS.decree11Scope },
    { from: DECREE_16_FROM, value: "CAC-2024", citation: CITATIONS.decree16Prevails },
  ],
);

/** Counting starts on 1 January of the previous year (自上年1月1日起) or of the current year (自当年1月1日起). */
export const COUNTING_WINDOW_START = defineParameter<"previous_year" | "current_year">(
  "dataExport.countingWindowStart",
  text("累计人数的起算日", "Start of the cumulative count"),
  [
    { from: DECREE_11_FROM, value: "previous_year", citation: CITATIONS.decree11Cumulative },
    { from: DECREE_16_FROM, value: "current_year", citation: CITATIONS.decree16Art7Volume },
  ],
);

/**
 * Security assessment from this many individuals (inclusive). Decree 11
 * counts all PI (10万人个人信息); Decree 16 counts non-sensitive PI only
 * (100万人以上个人信息（不含敏感个人信息）).
 */
export const ASSESSMENT_PI_SUBJECTS = defineParameter<number>(
  "dataExport.securityAssessment.personalInfoSubjects",
  text("申报安全评估的个人信息人数", "Individuals' PI that triggers the security assessment"),
  [
    { from: DECREE_11_FROM, value: 100_000, citation: CITATIONS.decree11Cumulative },
    { from: DECREE_16_FROM, value: 1_000_000, citation: CITATIONS.decree16Art7Volume },
  ],
);

/** Security assessment from this many individuals' sensitive PI (1万人, 1万人以上: inclusive). */
export const ASSESSMENT_SENSITIVE_SUBJECTS = defineParameter<number>(
  "dataExport.securityAssessment.sensitiveSubjects",
  text("申报安全评估的敏感个人信息人数", "Individuals' sensitive PI that triggers the security assessment"),
  [
    { from: DECREE_11_FROM, value: 10_000, citation: CITATIONS.decree11Cumulative },
    { from: DECREE_16_FROM, value: 10_000, citation: CITATIONS.decree16Art7Volume },
  ],
);

/** A processor handling PI of this many individuals (100万人以上) needs an assessment to send any PI; dropped by Decree 16. */
export const ASSESSMENT_PROCESSOR_SUBJECTS = defineParameter<number>(
  "dataExport.securityAssessment.processorTotalSubjects",
  text("处理个人信息达到即须评估的人数", "Individuals' PI processed that makes any PI export assessable"),
  [
    { from: DECREE_11_FROM, value: 1_000_000, citation: CITATIONS.decree11CiioOrLargeProcessor },
    { from: DECREE_16_FROM, value: null, citation: CITATIONS.decree16Prevails },
  ],
);

/**
 * Decree 16 Art. 5(4): fewer than this many individuals' non-sensitive PI
 * (不满10万人) is exempt; from this many (10万人以上) Art. 8 applies. One
 * line, so one figure.
 */
export const EXEMPT_PI_CEILING = defineParameter<number>(
  "dataExport.exemption.personalInfoCeiling",
  text("免予申报的个人信息人数上限（不含本数）", "Exempt below this many individuals' non-sensitive PI"),
  [{ from: DECREE_16_FROM, value: 100_000, citation: CITATIONS.decree16Art5Volume }],
);

/**
 * 网络数据安全管理条例第三十五条：符合下列条件之一的，网络数据处理者可以向境外提供个人信息：……
 * （六）为履行法定职责或者法定义务，确需向境外提供个人信息；
 * A ground with no counterpart in Decree 16: from 2025-01-01 a claimed `statutory_duty` exempts like the
 * grounds of Decree 16 Art. 5; before that day it is no ground at all.
 */
export const STATUTORY_DUTY_GROUND = defineParameter<true>(
  "dataExport.exemption.statutoryDuty",
  text("为履行法定职责或者法定义务向境外提供个人信息", "Providing PI abroad to perform a statutory duty or obligation"),
  [{ from: DECREE_790_FROM, value: true, citation: CITATIONS.decree790StatutoryDuty }],
);

/** Whether important data counts only once notified or announced as such by a department or region. */
export const IMPORTANT_DATA_NEEDS_NOTICE = defineParameter<boolean>(
  "dataExport.importantData.needsNotice",
  text("重要数据以告知或公开发布为准", "Important data counts only once notified or announced"),
  [
    { from: DECREE_11_FROM, value: false, citation: CITATIONS.decree11ImportantDataDefinition },
    { from: DECREE_16_FROM, value: true, citation: CITATIONS.decree16ImportantDataNotified },
    { from: DECREE_790_FROM, value: true, citation: CITATIONS.decree790ImportantData },
  ],
);

/** Years a passed security assessment stays valid. */
export const ASSESSMENT_VALIDITY_YEARS = defineParameter<2 | 3>(
  "dataExport.securityAssessment.validityYears",
  text("安全评估结果有效期（年）", "Validity of a security assessment result (years)"),
  [
    { from: DECREE_11_FROM, value: 2, citation: CITATIONS.decree11Validity },
    { from: DECREE_16_FROM, value: 3, citation: CITATIONS.decree16Validity },
  ],
);

/** The CAC standard contract can be concluded and filed from Decree 13's entry into force. */
export const STANDARD_CONTRACT_ROUTE = defineParameter<true>(
  "dataExport.route.standardContract",
  text("个人信息出境标准合同", "Standard contract for the export of PI"),
  [{ from: DECREE_13_FROM, value: true, citation: CITATIONS.decree13Conditions }],
);

/** What governs the certification route: PIPL Art. 38 alone, then Decree 20's rules. */
export const CERTIFICATION_ROUTE = defineParameter(
  "dataExport.route.certification",
  text("个人信息保护认证", "Personal information protection certification"),
  [
    {
      from: PIPL_FROM,
      value: text(
        "个人信息保护法第三十八条规定的专业机构认证；个人信息出境认证办法施行前，本平台不编码其具体条件。",
        "Certification by a professional body under PIPL Art. 38; before the certification measures took effect the platform encodes no further conditions.",
      ),
      citation: CITATIONS.piplCertification,
    },
    {
      from: DECREE_20_FROM,
      value: text(
        "个人信息出境认证办法：非关键信息基础设施运营者，人数区间与标准合同相同，且不包括重要数据。",
        "Certification measures: a non-CIIO, the same band as the standard contract, no important data.",
      ),
      citation: CITATIONS.decree20Conditions,
    },
  ],
);

export type HgrRegulator = "MOST" | "NHC";

/** The department HGR Regulations Art. 28 names: the science ministry, then the health commission. */
export const HGR_REGULATOR = defineParameter<HgrRegulator>(
  "hgr.regulator",
  text("人类遗传资源主管部门", "Human genetic resources regulator"),
  [
    { from: HGR_REGULATIONS_FROM, value: "MOST", citation: CITATIONS.hgrForeignProvision },
    { from: DECREE_777_HGR_FROM, value: "NHC", citation: CITATIONS.hgrRegulatorChange },
  ],
);

/** Exome or genome data of more than this many people (exclusive) needs a security review. */
export const HGR_GENOME_REVIEW_ABOVE = defineParameter<number>(
  "hgr.genomeSecurityReviewAbove",
  text(
    "须安全审查的外显子组、基因组测序人数（超过）",
    "Exome/genome data of more than this many people: security review",
  ),
  [{ from: HGR_IMPLEMENTING_RULES_FROM, value: 500, citation: CITATIONS.hgrGenomeReview }],
);
