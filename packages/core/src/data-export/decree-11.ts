/**
 * 2022-09-01 to 2024-03-21: 数据出境安全评估办法 (CAC Decree 11) Art. 4, and
 * below its thresholds the other routes of PIPL Art. 38 — from 2023-06-01
 * the standard contract of Decree 13, whose Art. 4 conditions are exactly
 * the complement of Decree 11 Art. 4. No exemptions yet. Counting runs from
 * 1 January of the previous year.
 */
import { text } from "../i18n";
import {
  allOf,
  FAILS,
  HOLDS,
  holds,
  not,
  type ParameterValue,
  perVersion,
  type RuleResult,
  reaches,
  under,
  unknown,
  valueAsOf,
} from "../rules";
import { counted, leadsTo, noRegulatedData, type PathwayBranch, type PathwayContext, zhDate } from "./branches";
import { type CumulativeSubjects, type DataExportFacts, FACT_PATHS } from "./facts";
import { CITATIONS } from "./instruments";
import { STANDARD_CONTRACT_ROUTE } from "./parameters";
import type { RegimeFigures } from "./regime";

type Figures = Extract<RegimeFigures, { kind: "CAC-2022" }>;

/** The day the standard contract opened (the first version of the route). */
const CONTRACT_FROM = STANDARD_CONTRACT_ROUTE.versions[0]?.from ?? "";

/**
 * Decree 11 counts individuals whose PI of any kind was sent. Without that
 * count, the two separate counts bound it: at least the larger, at most their
 * sum (one person may be in both). Only between the bounds is the total asked for.
 */
export function allPersonalInfoAtLeast(cumulative: CumulativeSubjects | undefined, threshold: number): RuleResult {
  const { totalSubjects, nonSensitiveSubjects: a, sensitiveSubjects: b } = cumulative ?? {};
  if (totalSubjects !== undefined) return counted(totalSubjects, reaches, threshold, FACT_PATHS.totalSubjects);
  if (reaches(a ?? 0, threshold) || reaches(b ?? 0, threshold)) return HOLDS;
  if (a === undefined && b === undefined) return unknown(FACT_PATHS.nonSensitiveSubjects, FACT_PATHS.sensitiveSubjects);
  if (a === undefined) return unknown(FACT_PATHS.nonSensitiveSubjects);
  if (b === undefined) return unknown(FACT_PATHS.sensitiveSubjects);
  return under(a + b, threshold) ? FAILS : unknown(FACT_PATHS.totalSubjects);
}

export function decree11Branches(
  ctx: PathwayContext,
  facts: DataExportFacts,
  figures: Figures,
  importantData: RuleResult,
): PathwayBranch[] {
  const { exporter, transfer } = facts;
  const personalInfo = holds(transfer.containsPersonalInfo, FACT_PATHS.containsPersonalInfo);
  const ciio = holds(exporter.isCiio, FACT_PATHS.isCiio);
  const processed = transfer.processorTotalSubjects;
  const sensitive = transfer.cumulative?.sensitiveSubjects;
  const { assessmentPi, assessmentSensitive, processorTotal } = figures;
  const volumes = {
    isCiio: exporter.isCiio,
    containsPersonalInfo: transfer.containsPersonalInfo,
    processorTotalSubjects: processed,
    cumulative: transfer.cumulative,
  };
  const standardContract = valueAsOf(STANDARD_CONTRACT_ROUTE, figures.date);

  return [
    // 第四条 数据处理者向境外提供数据，有下列情形之一的，应当通过所在地省级网信部门向国家网信部门申报数据出境安全评估：
    // （一）数据处理者向境外提供重要数据；
    leadsTo(
      ctx,
      "security_assessment",
      {
        code: "decree11.assessment.important_data",
        message: text(
          "数据处理者向境外提供重要数据，应当申报数据出境安全评估。",
          "Sending important data abroad requires a security assessment.",
        ),
        citation: CITATIONS.decree11ImportantData,
        inputs: { importantData: transfer.importantData },
      },
      importantData,
    ),
    // （二）关键信息基础设施运营者和处理100万人以上个人信息的数据处理者向境外提供个人信息；
    leadsTo(
      ctx,
      "security_assessment",
      {
        code: "decree11.assessment.ciio",
        message: text(
          "关键信息基础设施运营者向境外提供个人信息，应当申报数据出境安全评估。",
          "A critical information infrastructure operator sending personal information abroad must apply for a security assessment.",
        ),
        citation: CITATIONS.decree11CiioOrLargeProcessor,
        inputs: { isCiio: exporter.isCiio, containsPersonalInfo: transfer.containsPersonalInfo },
      },
      allOf([ciio, personalInfo]),
    ),
    // （二）（续）处理100万人以上个人信息的数据处理者 — 以上: the line itself included.
    leadsTo(
      ctx,
      "security_assessment",
      {
        code: "decree11.assessment.large_processor",
        message: largeProcessorMessage(processorTotal),
        citation: CITATIONS.decree11CiioOrLargeProcessor,
        inputs: volumes,
        parameters: [processorTotal],
      },
      allOf([personalInfo, counted(processed, reaches, processorTotal.value, FACT_PATHS.processorTotalSubjects)]),
    ),
    // （三）自上年1月1日起累计向境外提供10万人个人信息或者1万人敏感个人信息的数据处理者向境外提供个人信息；
    leadsTo(
      ctx,
      "security_assessment",
      {
        code: "decree11.assessment.personal_info_volume",
        message: personalInfoVolumeMessage(assessmentPi),
        citation: CITATIONS.decree11Cumulative,
        inputs: volumes,
        parameters: [assessmentPi],
      },
      allOf([personalInfo, allPersonalInfoAtLeast(transfer.cumulative, assessmentPi.value)]),
    ),
    // （三）（续）1万人敏感个人信息.
    leadsTo(
      ctx,
      "security_assessment",
      {
        code: "decree11.assessment.sensitive_volume",
        message: sensitiveVolumeMessage(assessmentSensitive),
        citation: CITATIONS.decree11Cumulative,
        inputs: volumes,
        parameters: [assessmentSensitive],
      },
      allOf([personalInfo, counted(sensitive, reaches, assessmentSensitive.value, FACT_PATHS.sensitiveSubjects)]),
    ),
    // 个人信息出境标准合同办法第四条 个人信息处理者通过订立标准合同的方式向境外提供个人信息的，应当同时符合下列情形：
    // （一）非关键信息基础设施运营者；（二）处理个人信息不满100万人的；（三）自上年1月1日起累计向境外提供个人信息
    // 不满10万人的；（四）自上年1月1日起累计向境外提供敏感个人信息不满1万人的。
    // Before Decree 13 took effect: 个人信息保护法第三十八条's other routes.
    leadsTo(
      ctx,
      "standard_contract_or_certification",
      {
        code: "decree11.standard_contract_or_certification",
        message: standardContract
          ? standardContractMessage(processorTotal, assessmentPi, assessmentSensitive)
          : BEFORE_STANDARD_CONTRACT,
        citation: standardContract ? standardContract.citation : CITATIONS.piplRoutes,
        inputs: volumes,
        parameters: [processorTotal, assessmentPi, assessmentSensitive],
      },
      allOf([
        not(ciio),
        personalInfo,
        counted(processed, under, processorTotal.value, FACT_PATHS.processorTotalSubjects),
        not(allPersonalInfoAtLeast(transfer.cumulative, assessmentPi.value)),
        counted(sensitive, under, assessmentSensitive.value, FACT_PATHS.sensitiveSubjects),
      ]),
    ),
    noRegulatedData(ctx, personalInfo, importantData, transfer),
  ];
}

/*
 * The messages that quote the figures in force, built once per version of
 * those figures (the figures change only with the law, the facts with every check).
 */

/** 第四条（二）, a processor of 100万人以上. */
const largeProcessorMessage = perVersion((processorTotal: ParameterValue<number>) =>
  Object.freeze(
    text(
      `处理${processorTotal.value}人以上个人信息的数据处理者向境外提供个人信息，应当申报数据出境安全评估。`,
      `A processor handling personal information of ${processorTotal.value} or more people that sends personal information abroad must apply for a security assessment.`,
    ),
  ),
);

/** 第四条（三）, personal information. */
const personalInfoVolumeMessage = perVersion((assessmentPi: ParameterValue<number>) =>
  Object.freeze(
    text(
      `自上年1月1日起累计向境外提供${assessmentPi.value}人个人信息的数据处理者向境外提供个人信息，应当申报数据出境安全评估。`,
      `A processor that has sent personal information of ${assessmentPi.value} people abroad since 1 January of the previous year must apply for a security assessment.`,
    ),
  ),
);

/** 第四条（三）, sensitive personal information. */
const sensitiveVolumeMessage = perVersion((assessmentSensitive: ParameterValue<number>) =>
  Object.freeze(
    text(
      `自上年1月1日起累计向境外提供${assessmentSensitive.value}人敏感个人信息的数据处理者向境外提供个人信息，应当申报数据出境安全评估。`,
      `A processor that has sent sensitive personal information of ${assessmentSensitive.value} people abroad since 1 January of the previous year must apply for a security assessment.`,
    ),
  ),
);

/** 个人信息出境标准合同办法第四条, once the standard contract is in force. */
const standardContractMessage = perVersion(
  (
    processorTotal: ParameterValue<number>,
    assessmentPi: ParameterValue<number>,
    assessmentSensitive: ParameterValue<number>,
  ) =>
    Object.freeze(
      text(
        `非关键信息基础设施运营者，处理个人信息不满${processorTotal.value}人，自上年1月1日起累计向境外提供个人信息不满${assessmentPi.value}人、敏感个人信息不满${assessmentSensitive.value}人的，可以订立个人信息出境标准合同或者通过个人信息保护认证。`,
        `A non-CIIO processing personal information of fewer than ${processorTotal.value} people, having sent personal information of fewer than ${assessmentPi.value} people and sensitive personal information of fewer than ${assessmentSensitive.value} people since 1 January of the previous year, may use the standard contract or certification.`,
      ),
    ),
);

/** Before Decree 13 took effect: 个人信息保护法第三十八条's other routes. */
const BEFORE_STANDARD_CONTRACT = Object.freeze(
  text(
    `未达到安全评估申报情形；个人信息出境标准合同办法${zhDate(CONTRACT_FROM)}起施行，此前只能依个人信息保护法第三十八条通过个人信息保护认证等途径出境。`,
    `No security-assessment trigger applies; the standard contract measures took effect on ${CONTRACT_FROM}, so before then personal information could leave only by certification or another route under PIPL Art. 38.`,
  ),
);
