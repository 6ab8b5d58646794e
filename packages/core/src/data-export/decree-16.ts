/**
 * From 2024-03-22: 促进和规范数据跨境流动规定 (CAC Decree 16). The exemptions
 * of Arts. 3–6 come first: Arts. 7 and 8 each end "属于本规定第三条、第四条、
 * 第五条、第六条规定情形的，从其规定". Counting runs from 1 January of the
 * current year. Decree 16 prevails over the earlier measures (Art. 13).
 */
import { type Text, text } from "../i18n";
import { allOf, anyOf, type Citation, type RuleResult } from "../rules";
import { exemptBy, leadsTo, noRegulatedData, type PathwayBranch } from "./branches";
import { atLeast, below, isTrue, not } from "./conditions";
import { type DataExportFacts, type ExemptionGround, FACT_PATHS } from "./facts";
import type { RegimeFigures } from "./regime";
import { CITATIONS } from "./sources";

type Figures = Extract<RegimeFigures, { kind: "CAC-2024" }>;

function claimed(facts: DataExportFacts, ground: ExemptionGround): RuleResult {
  const grounds = facts.transfer.exemptionGrounds;
  return isTrue(grounds?.includes(ground), FACT_PATHS.exemptionGrounds);
}

/** Art. 6: an exporter in a free-trade zone sending data not on the zone's negative list. */
function offNegativeList(facts: DataExportFacts): RuleResult {
  const zone = facts.exporter.freeTradeZone;
  return isTrue(zone === undefined ? undefined : zone !== null && !zone.dataOnNegativeList, FACT_PATHS.freeTradeZone);
}

export function decree16Branches(facts: DataExportFacts, figures: Figures, importantData: RuleResult): PathwayBranch[] {
  const { exporter, transfer } = facts;
  const personalInfo = isTrue(transfer.containsPersonalInfo, FACT_PATHS.containsPersonalInfo);
  const ciio = isTrue(exporter.isCiio, FACT_PATHS.isCiio);
  const nonSensitive = transfer.cumulative?.nonSensitiveSubjects;
  const sensitive = transfer.cumulative?.sensitiveSubjects;
  const noImportantData = not(importantData);
  const { exemptCeiling, assessmentPi, assessmentSensitive } = figures;
  const grounds = { exemptionGrounds: transfer.exemptionGrounds, importantData: transfer.importantData };
  const volumes = {
    isCiio: exporter.isCiio,
    containsPersonalInfo: transfer.containsPersonalInfo,
    nonSensitive,
    sensitive,
  };

  const claimedExemption = (ground: ExemptionGround, citation: Citation, message: Text) =>
    exemptBy(
      ground,
      { code: `decree16.exempt.${ground}`, message, citation, inputs: grounds },
      allOf([claimed(facts, ground), noImportantData]),
    );

  return [
    // Art. 3: trade, transport, academic cooperation, manufacturing or marketing data without PI or important data.
    exemptBy(
      "no_personal_info_trade_or_research",
      {
        code: "decree16.exempt.no_personal_info_trade_or_research",
        message: text(
          "国际贸易、跨境运输、学术合作、跨国生产制造和市场营销等活动中收集和产生的数据，不包含个人信息或者重要数据，免予申报安全评估、订立标准合同、通过认证。",
          "Data collected or generated in international trade, cross-border transport, academic cooperation, transnational manufacturing or marketing, with no personal information or important data, is exempt from the assessment, the standard contract and certification.",
        ),
        citation: CITATIONS.decree16Art3,
        inputs: { ...grounds, containsPersonalInfo: transfer.containsPersonalInfo },
      },
      allOf([claimed(facts, "no_personal_info_trade_or_research"), not(personalInfo), noImportantData]),
    ),
    // Outside every export rule: no PI, no important data (a claimed Art. 3 ground is cited first).
    noRegulatedData(personalInfo, importantData, transfer),
    // Art. 4: PI collected abroad, processed in China and sent back, no domestic PI or important data added.
    claimedExemption(
      "collected_abroad_returned",
      CITATIONS.decree16Art4,
      text(
        "在境外收集和产生的个人信息传输至境内处理后向境外提供，处理过程中没有引入境内个人信息或者重要数据，免予申报。",
        "Personal information collected or generated abroad, processed in China and sent back, with no domestic personal information or important data added, is exempt.",
      ),
    ),
    // Art. 5(1)–(3); the last paragraph of Art. 5: the PI so exempted does not include important data.
    claimedExemption(
      "contract_necessity",
      CITATIONS.decree16Art5Contract,
      text(
        "为订立、履行个人作为一方当事人的合同确需向境外提供个人信息，免予申报。",
        "Personal information truly necessary to conclude or perform a contract to which the individual is a party is exempt.",
      ),
    ),
    claimedExemption(
      "cross_border_hr",
      CITATIONS.decree16Art5Hr,
      text(
        "按照依法制定的劳动规章制度和依法签订的集体合同实施跨境人力资源管理，确需向境外提供员工个人信息，免予申报。",
        "Employees' personal information truly necessary for cross-border HR management under lawful labour rules and collective contracts is exempt.",
      ),
    ),
    claimedExemption(
      "emergency",
      CITATIONS.decree16Art5Emergency,
      text(
        "紧急情况下为保护自然人的生命健康和财产安全，确需向境外提供个人信息，免予申报。",
        "Personal information truly necessary in an emergency to protect a person's life, health or property is exempt.",
      ),
    ),
    // Art. 5(4): a non-CIIO, fewer than 100,000 individuals' non-sensitive PI, no sensitive PI, no important data.
    exemptBy(
      "small_volume",
      {
        code: "decree16.exempt.small_volume",
        message: text(
          `关键信息基础设施运营者以外的数据处理者自当年1月1日起累计向境外提供不满${exemptCeiling.value}人个人信息（不含敏感个人信息），免予申报。`,
          `A processor other than a CIIO sending, since 1 January of the current year, non-sensitive personal information of fewer than ${exemptCeiling.value} individuals (and no sensitive personal information) is exempt.`,
        ),
        citation: CITATIONS.decree16Art5Volume,
        inputs: { ...volumes, importantData: transfer.importantData },
        parameters: [exemptCeiling],
      },
      allOf([
        not(ciio),
        noImportantData,
        below(nonSensitive, exemptCeiling.value, FACT_PATHS.nonSensitiveSubjects),
        below(sensitive, 1, FACT_PATHS.sensitiveSubjects),
      ]),
    ),
    // Art. 6: data off a free-trade zone's negative list.
    exemptBy(
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
    // Art. 7(1): a CIIO sending any PI or important data.
    leadsTo(
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
    // Art. 7(2): important data.
    leadsTo(
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
    // Art. 7(2): 1,000,000 or more individuals' non-sensitive PI (100万人以上).
    leadsTo(
      "security_assessment",
      {
        code: "decree16.assessment.personal_info_volume",
        message: text(
          `自当年1月1日起累计向境外提供${assessmentPi.value}人以上个人信息（不含敏感个人信息），应当申报数据出境安全评估。`,
          `Non-sensitive personal information of ${assessmentPi.value} or more individuals since 1 January of the current year requires a security assessment.`,
        ),
        citation: CITATIONS.decree16Art7Volume,
        inputs: volumes,
        parameters: [assessmentPi],
      },
      allOf([personalInfo, atLeast(nonSensitive, assessmentPi.value, FACT_PATHS.nonSensitiveSubjects)]),
    ),
    // Art. 7(2): 10,000 or more individuals' sensitive PI (1万人以上).
    leadsTo(
      "security_assessment",
      {
        code: "decree16.assessment.sensitive_volume",
        message: text(
          `自当年1月1日起累计向境外提供${assessmentSensitive.value}人以上敏感个人信息，应当申报数据出境安全评估。`,
          `Sensitive personal information of ${assessmentSensitive.value} or more individuals since 1 January of the current year requires a security assessment.`,
        ),
        citation: CITATIONS.decree16Art7Volume,
        inputs: volumes,
        parameters: [assessmentSensitive],
      },
      allOf([personalInfo, atLeast(sensitive, assessmentSensitive.value, FACT_PATHS.sensitiveSubjects)]),
    ),
    // Art. 8: a non-CIIO with 100,000 to <1,000,000 non-sensitive, or 1 to <10,000 sensitive.
    leadsTo(
      "standard_contract_or_certification",
      {
        code: "decree16.standard_contract_or_certification",
        message: text(
          `关键信息基础设施运营者以外的数据处理者自当年1月1日起累计向境外提供${exemptCeiling.value}人以上、不满${assessmentPi.value}人个人信息（不含敏感个人信息）或者不满${assessmentSensitive.value}人敏感个人信息，应当订立个人信息出境标准合同或者通过个人信息保护认证。`,
          `A processor other than a CIIO sending, since 1 January of the current year, non-sensitive personal information of ${exemptCeiling.value} to fewer than ${assessmentPi.value} individuals, or sensitive personal information of fewer than ${assessmentSensitive.value} individuals, must conclude the standard contract or obtain certification.`,
        ),
        citation: CITATIONS.decree16Art8,
        inputs: volumes,
        parameters: [exemptCeiling, assessmentPi, assessmentSensitive],
      },
      allOf([
        not(ciio),
        personalInfo,
        anyOf([
          allOf([
            atLeast(nonSensitive, exemptCeiling.value, FACT_PATHS.nonSensitiveSubjects),
            below(nonSensitive, assessmentPi.value, FACT_PATHS.nonSensitiveSubjects),
          ]),
          allOf([
            atLeast(sensitive, 1, FACT_PATHS.sensitiveSubjects),
            below(sensitive, assessmentSensitive.value, FACT_PATHS.sensitiveSubjects),
          ]),
        ]),
      ]),
    ),
  ];
}
