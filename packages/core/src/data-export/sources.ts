/**
 * The instruments of measure （七）, cross-border data export (数据出境), and
 * the article-level citations the rules use. Dates are the days each
 * instrument took effect (see DOMAIN.md, "Measure 7").
 */
import { text } from "../i18n";
import { type Citation, cite, type IsoDate } from "../rules";

const ARTICLE_NOT_CHECKED = "article number not yet checked against the official text";

export const DECREE_11 = text(
  "数据出境安全评估办法（国家互联网信息办公室令第11号）",
  "Measures for the Security Assessment of Outbound Data Transfers (CAC Decree No. 11)",
);
export const DECREE_11_FROM: IsoDate = "2022-09-01";

export const DECREE_13 = text(
  "个人信息出境标准合同办法（国家互联网信息办公室令第13号）",
  "Measures on the Standard Contract for the Outbound Transfer of Personal Information (CAC Decree No. 13)",
);
export const DECREE_13_FROM: IsoDate = "2023-06-01";

export const DECREE_16 = text(
  "促进和规范数据跨境流动规定（国家互联网信息办公室令第16号）",
  "Provisions on Promoting and Regulating Cross-Border Data Flows (CAC Decree No. 16)",
);
export const DECREE_16_FROM: IsoDate = "2024-03-22";

export const DECREE_790 = text(
  "网络数据安全管理条例（国务院令第790号）",
  "Regulations on Network Data Security Management (State Council Decree No. 790)",
);
export const DECREE_790_FROM: IsoDate = "2025-01-01";

export const DECREE_20 = text(
  "个人信息出境认证办法（国家互联网信息办公室、国家市场监督管理总局令第20号）",
  "Measures for the Certification of Outbound Transfers of Personal Information (CAC and SAMR Decree No. 20)",
);
export const DECREE_20_FROM: IsoDate = "2026-01-01";

export const PIPL = text(
  "中华人民共和国个人信息保护法",
  "Personal Information Protection Law of the People's Republic of China",
);
export const PIPL_FROM: IsoDate = "2021-11-01";

export const HGR_REGULATIONS = text(
  "中华人民共和国人类遗传资源管理条例（国务院令第717号）",
  "Regulations of the People's Republic of China on the Management of Human Genetic Resources (State Council Decree No. 717)",
);
export const HGR_REGULATIONS_FROM: IsoDate = "2019-07-01";

export const HGR_IMPLEMENTING_RULES = text(
  "人类遗传资源管理条例实施细则（科学技术部令第21号）",
  "Implementing Rules for the Regulations on the Management of Human Genetic Resources (MOST Order No. 21)",
);
export const HGR_IMPLEMENTING_RULES_FROM: IsoDate = "2023-07-01";

/** Moved the HGR competence from the science ministry to the health commission from 2024-05-01. */
export const DECREE_777 = text(
  "国务院关于修改和废止部分行政法规的决定（国务院令第777号）",
  "Decision of the State Council on Amending and Repealing Certain Administrative Regulations (State Council Decree No. 777)",
);
export const DECREE_777_HGR_FROM: IsoDate = "2024-05-01";

export const CITATIONS = {
  /** The first export measures took effect on 2022-09-01. */
  decree11InForce: cite(DECREE_11, undefined, DECREE_11_FROM),
  /** 第二条: the measures govern the export of important data and personal information. */
  decree11Scope: cite(DECREE_11, "Art. 2", DECREE_11_FROM),
  /** 第四条第（一）项: 数据处理者向境外提供重要数据. */
  decree11ImportantData: cite(DECREE_11, "Art. 4(1)", DECREE_11_FROM),
  /** 第四条第（二）项: 关键信息基础设施运营者和处理100万人以上个人信息的数据处理者向境外提供个人信息. */
  decree11CiioOrLargeProcessor: cite(DECREE_11, "Art. 4(2)", DECREE_11_FROM),
  /** 第四条第（三）项: 自上年1月1日起累计向境外提供10万人个人信息或者1万人敏感个人信息. */
  decree11Cumulative: cite(DECREE_11, "Art. 4(3)", DECREE_11_FROM),
  /** 第十四条: 评估结果有效期为2年. */
  decree11Validity: cite(DECREE_11, "Art. 14", DECREE_11_FROM),
  /** 第十九条: what important data is; until Decree 16 the processor identified it itself. */
  decree11ImportantDataDefinition: cite(DECREE_11, "Art. 19", DECREE_11_FROM),
  /** 第四条: the standard contract only for a non-CIIO below every assessment threshold. */
  decree13Conditions: cite(DECREE_13, "Art. 4", DECREE_13_FROM),
  /** 第二条: 未被相关部门、地区告知或者公开发布为重要数据的，不需要作为重要数据申报. */
  decree16ImportantDataNotified: cite(DECREE_16, "Art. 2", DECREE_16_FROM),
  /** 第三条: trade, transport, academic, manufacturing, marketing data without PI or important data. */
  decree16Art3: cite(DECREE_16, "Art. 3", DECREE_16_FROM),
  /** 第四条: PI collected abroad, processed in China and sent back, nothing domestic added. */
  decree16Art4: cite(DECREE_16, "Art. 4", DECREE_16_FROM),
  /** 第五条第一款第（一）项: contract with the individual. */
  decree16Art5Contract: cite(DECREE_16, "Art. 5(1)", DECREE_16_FROM),
  /** 第五条第一款第（二）项: cross-border HR management. */
  decree16Art5Hr: cite(DECREE_16, "Art. 5(2)", DECREE_16_FROM),
  /** 第五条第一款第（三）项: emergencies, life, health and property. */
  decree16Art5Emergency: cite(DECREE_16, "Art. 5(3)", DECREE_16_FROM),
  /** 第五条第一款第（四）项: non-CIIO, 不满10万人个人信息（不含敏感个人信息）since 1 January of the current year. */
  decree16Art5Volume: cite(DECREE_16, "Art. 5(4)", DECREE_16_FROM),
  /** 第六条: free-trade-zone negative lists. */
  decree16Art6: cite(DECREE_16, "Art. 6", DECREE_16_FROM),
  /** 第七条第（一）项: a CIIO sending PI or important data. */
  decree16Art7Ciio: cite(DECREE_16, "Art. 7(1)", DECREE_16_FROM),
  /** 第七条第（二）项: important data; 100万人以上 PI or 1万人以上 sensitive PI since 1 January of the current year. */
  decree16Art7Volume: cite(DECREE_16, "Art. 7(2)", DECREE_16_FROM),
  /** 第八条: 10万人以上、不满100万人 PI, or 不满1万人 sensitive PI → standard contract or certification. */
  decree16Art8: cite(DECREE_16, "Art. 8", DECREE_16_FROM),
  /** 第九条: 评估结果有效期为3年. */
  decree16Validity: cite(DECREE_16, "Art. 9", DECREE_16_FROM),
  /** 第十三条: prevails over the earlier measures where they differ. */
  decree16Prevails: cite(DECREE_16, "Art. 13", DECREE_16_FROM),
  /** 第三十七条: important data not notified or announced need not be declared as such. */
  decree790ImportantData: cite(DECREE_790, "Art. 37", DECREE_790_FROM),
  /** 第三十八条第一款: the routes for providing PI abroad (assessment, certification, standard contract). */
  piplRoutes: cite(PIPL, "Art. 38(1)", PIPL_FROM),
  /** 第三十八条第一款第（二）项: certification by a professional body. */
  piplCertification: cite(PIPL, "Art. 38(1)(2)", PIPL_FROM),
  /** Conditions of the certification route (same band as the standard contract). */
  decree20Conditions: cite(DECREE_20, "Art. 5", DECREE_20_FROM, ARTICLE_NOT_CHECKED),
  /** 第二十八条: HGR information to foreign organisations or entities they set up or control. */
  hgrForeignProvision: cite(HGR_REGULATIONS, "Art. 28", HGR_REGULATIONS_FROM),
  /** Exome or genome sequencing information of more than 500 people: security review. */
  hgrGenomeReview: cite(
    HGR_IMPLEMENTING_RULES,
    "Art. 36",
    HGR_IMPLEMENTING_RULES_FROM,
    "UNCONFIRMED: Art. 36 or Art. 37 of the Implementing Rules (DOMAIN.md)",
  ),
  /** The regulator named in HGR Regulations Art. 28 became the health commission. */
  hgrRegulatorChange: cite(DECREE_777, undefined, DECREE_777_HGR_FROM),
} satisfies Record<string, Citation>;
