/**
 * From 2024-03-22: 促进和规范数据跨境流动规定 (CAC Decree 16). The exemptions
 * of Arts. 3–6 come first: Arts. 7 and 8 each end "属于本规定第三条、第四条、
 * 第五条、第六条规定情形的，从其规定". Counting runs from 1 January of the
 * current year. Decree 16 prevails over the earlier measures (Art. 13).
 */
import { type Text, text } from "../i18n";
import {
  allOf,
  anyOf,
  type Citation,
  FAILS,
  holds,
  not,
  type ParameterValue,
  perVersion,
  type RuleResult,
  reaches,
  under,
} from "../rules";
import { counted, exemptBy, leadsTo, noRegulatedData, type PathwayBranch, type PathwayContext } from "./branches";
import { type DataExportFacts, type ExemptionGround, FACT_PATHS } from "./facts";
import { CITATIONS } from "./instruments";
import type { RegimeFigures } from "./regime";

type Figures = Extract<RegimeFigures, { kind: "CAC-2024" }>;

function claimed(facts: DataExportFacts, ground: ExemptionGround): RuleResult {
  const grounds = facts.transfer.exemptionGrounds;
  return holds(grounds?.includes(ground), FACT_PATHS.exemptionGrounds);
}

/** A claimed ground of 第四条 or 第五条（一）至（三）: it exempts unless important data is sent (第五条 last paragraph). */
function claimedExemption(
  ctx: PathwayContext,
  facts: DataExportFacts,
  ground: ExemptionGround,
  citation: Citation,
  message: Text,
  noImportantData: RuleResult,
): PathwayBranch {
  const { exemptionGrounds, importantData } = facts.transfer;
  return exemptBy(
    ctx,
    ground,
    { code: `decree16.exempt.${ground}`, message, citation, inputs: { exemptionGrounds, importantData } },
    allOf([claimed(facts, ground), noImportantData]),
  );
}

/** Art. 6: an exporter in a free-trade zone sending data not on the zone's negative list. */
function offNegativeList(facts: DataExportFacts): RuleResult {
  const zone = facts.exporter.freeTradeZone;
  return holds(zone === undefined ? undefined : zone !== null && !zone.dataOnNegativeList, FACT_PATHS.freeTradeZone);
}

export function decree16Branches(
  ctx: PathwayContext,
  facts: DataExportFacts,
  figures: Figures,
  importantData: RuleResult,
): PathwayBranch[] {
  const { exporter, transfer } = facts;
  const personalInfo = holds(transfer.containsPersonalInfo, FACT_PATHS.containsPersonalInfo);
  const ciio = holds(exporter.isCiio, FACT_PATHS.isCiio);
  const nonSensitive = transfer.cumulative?.nonSensitiveSubjects;
  const sensitive = transfer.cumulative?.sensitiveSubjects;
  const noImportantData = not(importantData);
  const { exemptCeiling, assessmentPi, assessmentSensitive } = figures;
  const volumes = {
    isCiio: exporter.isCiio,
    containsPersonalInfo: transfer.containsPersonalInfo,
    nonSensitive,
    sensitive,
  };

  return [
    // 第三条 国际贸易、跨境运输、学术合作、跨国生产制造和市场营销等活动中收集和产生的数据向境外提供，不包含个人信息
    // 或者重要数据的，免予申报数据出境安全评估、订立个人信息出境标准合同、通过个人信息保护认证。
    exemptBy(
      ctx,
      "no_personal_info_trade_or_research",
      {
        code: "decree16.exempt.no_personal_info_trade_or_research",
        message: text(
          "国际贸易、跨境运输、学术合作、跨国生产制造和市场营销等活动中收集和产生的数据，不包含个人信息或者重要数据，免予申报安全评估、订立标准合同、通过认证。",
          "Data collected or generated in international trade, cross-border transport, academic cooperation, transnational manufacturing or marketing, with no personal information or important data, is exempt from the assessment, the standard contract and certification.",
        ),
        citation: CITATIONS.decree16Art3,
        inputs: {
          exemptionGrounds: transfer.exemptionGrounds,
          importantData: transfer.importantData,
          containsPersonalInfo: transfer.containsPersonalInfo,
        },
      },
      allOf([claimed(facts, "no_personal_info_trade_or_research"), not(personalInfo), noImportantData]),
    ),
    // Outside every export rule: no PI, no important data (a claimed Art. 3 ground is cited first).
    noRegulatedData(ctx, personalInfo, importantData, transfer),
    // 第四条 数据处理者在境外收集和产生的个人信息传输至境内处理后向境外提供，处理过程中没有引入境内个人信息或者
    // 重要数据的，免予申报数据出境安全评估、订立个人信息出境标准合同、通过个人信息保护认证。
    claimedExemption(
      ctx,
      facts,
      "collected_abroad_returned",
      CITATIONS.decree16Art4,
      text(
        "在境外收集和产生的个人信息传输至境内处理后向境外提供，处理过程中没有引入境内个人信息或者重要数据，免予申报。",
        "Personal information collected or generated abroad, processed in China and sent back, with no domestic personal information or important data added, is exempt.",
      ),
      noImportantData,
    ),
    // 第五条 数据处理者向境外提供个人信息，符合下列条件之一的，免予申报数据出境安全评估、订立个人信息出境标准合同、
    // 通过个人信息保护认证：（一）为订立、履行个人作为一方当事人的合同……确需向境外提供个人信息的；
    // The last paragraph of 第五条 (not read; DOMAIN.md): the PI so exempted does not include important data.
    claimedExemption(
      ctx,
      facts,
      "contract_necessity",
      CITATIONS.decree16Art5Contract,
      text(
        "为订立、履行个人作为一方当事人的合同确需向境外提供个人信息，免予申报。",
        "Personal information truly necessary to conclude or perform a contract to which the individual is a party is exempt.",
      ),
      noImportantData,
    ),
    // （二）按照依法制定的劳动规章制度和依法签订的集体合同实施跨境人力资源管理，确需向境外提供员工个人信息的；
    claimedExemption(
      ctx,
      facts,
      "cross_border_hr",
      CITATIONS.decree16Art5Hr,
      text(
        "按照依法制定的劳动规章制度和依法签订的集体合同实施跨境人力资源管理，确需向境外提供员工个人信息，免予申报。",
        "Employees' personal information truly necessary for cross-border HR management under lawful labour rules and collective contracts is exempt.",
      ),
      noImportantData,
    ),
    // （三）紧急情况下为保护自然人的生命健康和财产安全，确需向境外提供个人信息的；
    claimedExemption(
      ctx,
      facts,
      "emergency",
      CITATIONS.decree16Art5Emergency,
      text(
        "紧急情况下为保护自然人的生命健康和财产安全，确需向境外提供个人信息，免予申报。",
        "Personal information truly necessary in an emergency to protect a person's life, health or property is exempt.",
      ),
      noImportantData,
    ),
    statutoryDutyGround(ctx, facts, figures, noImportantData),
    // （四）关键信息基础设施运营者以外的数据处理者自当年1月1日起累计向境外提供不满10万人个人信息（不含敏感个人信息）的。
    // 不满: the line itself excluded; no sensitive PI at all.
    exemptBy(
      ctx,
      "small_volume",
      {
        code: "decree16.exempt.small_volume",
        message: smallVolumeMessage(exemptCeiling),
        citation: CITATIONS.decree16Art5Volume,
        inputs: {
          isCiio: exporter.isCiio,
          containsPersonalInfo: transfer.containsPersonalInfo,
          nonSensitive,
          sensitive,
          importantData: transfer.importantData,
        },
        parameters: [exemptCeiling],
      },
      allOf([
        not(ciio),
        noImportantData,
        counted(nonSensitive, under, exemptCeiling.value, FACT_PATHS.nonSensitiveSubjects),
        counted(sensitive, under, 1, FACT_PATHS.sensitiveSubjects),
      ]),
    ),
    // 第六条 自由贸易试验区内数据处理者向境外提供负面清单外的数据，可以免予申报数据出境安全评估、订立个人信息出境
    // 标准合同、通过个人信息保护认证。
    exemptBy(
      ctx,
      "free_trade_zone",
      {
        code: "decree16.exempt.free_trade_zone",
        message: text(
          "自由贸易试验区内数据处理者向境外提供负面清单外的数据，免予申报。",
          "An exporter in a pilot free-trade zone sending data that is not on the zone's negative list is exempt.",
        ),
        citation: CITATIONS.decree16Art6,
        inputs: { freeTradeZone: exporter.freeTradeZone },
      },
      offNegativeList(facts),
    ),
    // 第七条 ……应当通过所在地省级网信部门向国家网信部门申报数据出境安全评估：
    // （一）关键信息基础设施运营者向境外提供个人信息或者重要数据；
    // Like 第八条 it ends "属于本规定第三条、第四条、第五条、第六条规定情形的，从其规定": the exemptions above come first.
    leadsTo(
      ctx,
      "security_assessment",
      {
        code: "decree16.assessment.ciio",
        message: text(
          "关键信息基础设施运营者向境外提供个人信息或者重要数据，应当申报数据出境安全评估。",
          "A critical information infrastructure operator sending personal information or important data abroad must apply for a security assessment.",
        ),
        citation: CITATIONS.decree16Art7Ciio,
        inputs: { isCiio: exporter.isCiio, containsPersonalInfo: transfer.containsPersonalInfo },
      },
      allOf([ciio, anyOf([personalInfo, importantData])]),
    ),
    // （二）关键信息基础设施运营者以外的数据处理者向境外提供重要数据，或者自当年1月1日起累计向境外提供100万人以上
    // 个人信息（不含敏感个人信息）或者1万人以上敏感个人信息。
    leadsTo(
      ctx,
      "security_assessment",
      {
        code: "decree16.assessment.important_data",
        message: text(
          "向境外提供重要数据，应当申报数据出境安全评估。",
          "Sending important data abroad requires a security assessment.",
        ),
        citation: CITATIONS.decree16Art7Volume,
        inputs: { importantData: transfer.importantData },
      },
      importantData,
    ),
    // （二）（续）100万人以上个人信息（不含敏感个人信息） — 以上: the line itself included.
    leadsTo(
      ctx,
      "security_assessment",
      {
        code: "decree16.assessment.personal_info_volume",
        message: personalInfoVolumeMessage(assessmentPi),
        citation: CITATIONS.decree16Art7Volume,
        inputs: volumes,
        parameters: [assessmentPi],
      },
      allOf([personalInfo, counted(nonSensitive, reaches, assessmentPi.value, FACT_PATHS.nonSensitiveSubjects)]),
    ),
    // （二）（续）1万人以上敏感个人信息.
    leadsTo(
      ctx,
      "security_assessment",
      {
        code: "decree16.assessment.sensitive_volume",
        message: sensitiveVolumeMessage(assessmentSensitive),
        citation: CITATIONS.decree16Art7Volume,
        inputs: volumes,
        parameters: [assessmentSensitive],
      },
      allOf([personalInfo, counted(sensitive, reaches, assessmentSensitive.value, FACT_PATHS.sensitiveSubjects)]),
    ),
    // 第八条 关键信息基础设施运营者以外的数据处理者自当年1月1日起累计向境外提供10万人以上、不满100万人个人信息
    // （不含敏感个人信息）或者不满1万人敏感个人信息的，应当……订立个人信息出境标准合同或者通过个人信息保护认证。
    // 不满1万人敏感个人信息 has no lower bound: one person's sensitive PI is in the band.
    leadsTo(
      ctx,
      "standard_contract_or_certification",
      {
        code: "decree16.standard_contract_or_certification",
        message: standardContractMessage(exemptCeiling, assessmentPi, assessmentSensitive),
        citation: CITATIONS.decree16Art8,
        inputs: volumes,
        parameters: [exemptCeiling, assessmentPi, assessmentSensitive],
      },
      allOf([
        not(ciio),
        personalInfo,
        anyOf([
          allOf([
            counted(nonSensitive, reaches, exemptCeiling.value, FACT_PATHS.nonSensitiveSubjects),
            counted(nonSensitive, under, assessmentPi.value, FACT_PATHS.nonSensitiveSubjects),
          ]),
          allOf([
            counted(sensitive, reaches, 1, FACT_PATHS.sensitiveSubjects),
            counted(sensitive, under, assessmentSensitive.value, FACT_PATHS.sensitiveSubjects),
          ]),
        ]),
      ]),
    ),
  ];
}

/*
 * The messages that quote the figures in force, built once per version of
 * those figures (the figures change only with the law, the facts with every check).
 */

/** 第五条（四）. */
const smallVolumeMessage = perVersion((ceiling: ParameterValue<number>) =>
  Object.freeze(
    text(
      `关键信息基础设施运营者以外的数据处理者自当年1月1日起累计向境外提供不满${ceiling.value}人个人信息（不含敏感个人信息），免予申报。`,
      `A processor other than a CIIO sending, since 1 January of the current year, non-sensitive personal information of fewer than ${ceiling.value} individuals (and no sensitive personal information) is exempt.`,
    ),
  ),
);

/** 第七条（二）, personal information. */
const personalInfoVolumeMessage = perVersion((assessmentPi: ParameterValue<number>) =>
  Object.freeze(
    text(
      `自当年1月1日起累计向境外提供${assessmentPi.value}人以上个人信息（不含敏感个人信息），应当申报数据出境安全评估。`,
      `Non-sensitive personal information of ${assessmentPi.value} or more individuals since 1 January of the current year requires a security assessment.`,
    ),
  ),
);

/** 第七条（二）, sensitive personal information. */
const sensitiveVolumeMessage = perVersion((assessmentSensitive: ParameterValue<number>) =>
  Object.freeze(
    text(
      `自当年1月1日起累计向境外提供${assessmentSensitive.value}人以上敏感个人信息，应当申报数据出境安全评估。`,
      `Sensitive personal information of ${assessmentSensitive.value} or more individuals since 1 January of the current year requires a security assessment.`,
    ),
  ),
);

/** 第八条. */
const standardContractMessage = perVersion(
  (
    exemptCeiling: ParameterValue<number>,
    assessmentPi: ParameterValue<number>,
    assessmentSensitive: ParameterValue<number>,
  ) =>
    Object.freeze(
      text(
        `关键信息基础设施运营者以外的数据处理者自当年1月1日起累计向境外提供${exemptCeiling.value}人以上、不满${assessmentPi.value}人个人信息（不含敏感个人信息）或者不满${assessmentSensitive.value}人敏感个人信息，应当订立个人信息出境标准合同或者通过个人信息保护认证。`,
        `A processor other than a CIIO sending, since 1 January of the current year, non-sensitive personal information of ${exemptCeiling.value} to fewer than ${assessmentPi.value} individuals, or sensitive personal information of fewer than ${assessmentSensitive.value} individuals, must conclude the standard contract or obtain certification.`,
      ),
    ),
);

/**
 * 网络数据安全管理条例第三十五条 符合下列条件之一的，网络数据处理者可以向境外提供个人信息：……
 * （六）为履行法定职责或者法定义务，确需向境外提供个人信息；
 * From 2025-01-01 only (the parameter has no value before): claimed earlier it is no ground, and the
 * pathway is decided without it. Like the grounds of Decree 16 第五条 it does not cover important data
 * (第三十七条: important data needs the security assessment). Considered after the claimed grounds of Decree 16.
 */
function statutoryDutyGround(
  ctx: PathwayContext,
  facts: DataExportFacts,
  figures: Figures,
  noImportantData: RuleResult,
): PathwayBranch {
  const { statutoryDuty } = figures;
  if (!statutoryDuty) return NOT_YET_A_GROUND;
  return exemptBy(
    ctx,
    "statutory_duty",
    {
      code: "decree790.exempt.statutory_duty",
      message: text(
        "为履行法定职责或者法定义务，确需向境外提供个人信息，免予申报数据出境安全评估、订立标准合同或者通过认证。",
        "Personal information truly necessary to perform a statutory duty or obligation is exempt from the security assessment, the standard contract and certification.",
      ),
      citation: statutoryDuty.citation,
      inputs: { exemptionGrounds: facts.transfer.exemptionGrounds, importantData: facts.transfer.importantData },
      parameters: [statutoryDuty],
    },
    allOf([claimed(facts, "statutory_duty"), noImportantData]),
  );
}

/** Before 2025-01-01: a branch that never applies (and leaves no trace). */
const NOT_YET_A_GROUND: PathwayBranch = Object.freeze({
  conclusion: { pathway: "exempt", exemption: null, basis: CITATIONS.decree790StatutoryDuty },
  result: FAILS,
}) as PathwayBranch;
