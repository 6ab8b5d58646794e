/**
 * The instruments of measure （七）, cross-border data export (数据出境), and
 * every article the rules cite, with the words each encodes. The quoted
 * articles stand in `sources/<instrument>.txt` (with where and when they were
 * read); a test checks every quote against them. Dates are the days each
 * instrument took effect (see DOMAIN.md, "Measure 7").
 */
import { text } from "../i18n";
import { type Citation, defineInstrument, type IsoDate } from "../rules";

const NOT_READ = "article text not read in the official order";

export const DECREE_11_INSTRUMENT = defineInstrument({
  id: "cac-decree-11",
  title: text(
    "数据出境安全评估办法（国家互联网信息办公室令第11号）",
    "Measures for the Security Assessment of Outbound Data Transfers (CAC Decree No. 11)",
  ),
  inForceFrom: "2022-09-01",
  sourceFile: "data-export/sources/decree-11.txt",
});

export const DECREE_13_INSTRUMENT = defineInstrument({
  id: "cac-decree-13",
  title: text(
    "个人信息出境标准合同办法（国家互联网信息办公室令第13号）",
    "Measures on the Standard Contract for the Outbound Transfer of Personal Information (CAC Decree No. 13)",
  ),
  inForceFrom: "2023-06-01",
  sourceFile: "data-export/sources/decree-13.txt",
});

export const DECREE_16_INSTRUMENT = defineInstrument({
  id: "cac-decree-16",
  title: text(
    "促进和规范数据跨境流动规定（国家互联网信息办公室令第16号）",
    "Provisions on Promoting and Regulating Cross-Border Data Flows (CAC Decree No. 16)",
  ),
  inForceFrom: "2024-03-22",
  sourceFile: "data-export/sources/decree-16.txt",
});

export const DECREE_790_INSTRUMENT = defineInstrument({
  id: "state-council-decree-790",
  title: text(
    "网络数据安全管理条例（国务院令第790号）",
    "Regulations on Network Data Security Management (State Council Decree No. 790)",
  ),
  inForceFrom: "2025-01-01",
  sourceFile: "data-export/sources/decree-790.txt",
});

export const DECREE_20_INSTRUMENT = defineInstrument({
  id: "cac-samr-decree-20",
  title: text(
    "个人信息出境认证办法（国家互联网信息办公室、国家市场监督管理总局令第20号）",
    "Measures for the Certification of Outbound Transfers of Personal Information (CAC and SAMR Decree No. 20)",
  ),
  inForceFrom: "2026-01-01",
  sourceFile: "data-export/sources/decree-20.txt",
});

export const PIPL_INSTRUMENT = defineInstrument({
  id: "pipl",
  title: text("中华人民共和国个人信息保护法", "Personal Information Protection Law of the People's Republic of China"),
  inForceFrom: "2021-11-01",
  sourceFile: "data-export/sources/pipl.txt",
});

export const HGR_REGULATIONS_INSTRUMENT = defineInstrument({
  id: "hgr-regulations",
  title: text(
    "中华人民共和国人类遗传资源管理条例（国务院令第717号）",
    "Regulations of the People's Republic of China on the Management of Human Genetic Resources (State Council Decree No. 717)",
  ),
  inForceFrom: "2019-07-01",
  sourceFile: "data-export/sources/hgr-regulations.txt",
});

export const HGR_IMPLEMENTING_RULES_INSTRUMENT = defineInstrument({
  id: "hgr-implementing-rules",
  title: text(
    "人类遗传资源管理条例实施细则（科学技术部令第21号）",
    "Implementing Rules for the Regulations on the Management of Human Genetic Resources (MOST Order No. 21)",
  ),
  inForceFrom: "2023-07-01",
  sourceFile: "data-export/sources/hgr-implementing-rules.txt",
});

// The titles and dates as the rest of the code base names them.
export const DECREE_11 = DECREE_11_INSTRUMENT.title;
export const DECREE_11_FROM: IsoDate = DECREE_11_INSTRUMENT.inForceFrom;
export const DECREE_13 = DECREE_13_INSTRUMENT.title;
export const DECREE_13_FROM: IsoDate = DECREE_13_INSTRUMENT.inForceFrom;
export const DECREE_16 = DECREE_16_INSTRUMENT.title;
export const DECREE_16_FROM: IsoDate = DECREE_16_INSTRUMENT.inForceFrom;
export const DECREE_790 = DECREE_790_INSTRUMENT.title;
export const DECREE_790_FROM: IsoDate = DECREE_790_INSTRUMENT.inForceFrom;
export const DECREE_20 = DECREE_20_INSTRUMENT.title;
export const DECREE_20_FROM: IsoDate = DECREE_20_INSTRUMENT.inForceFrom;
export const PIPL_FROM: IsoDate = PIPL_INSTRUMENT.inForceFrom;
export const HGR_REGULATIONS_FROM: IsoDate = HGR_REGULATIONS_INSTRUMENT.inForceFrom;
export const HGR_IMPLEMENTING_RULES_FROM: IsoDate = HGR_IMPLEMENTING_RULES_INSTRUMENT.inForceFrom;
/** State Council Decree 777 moved the HGR competence from the science ministry to the health commission from this day. */
export const DECREE_777_HGR_FROM: IsoDate = "2024-05-01";

const d11 = DECREE_11_INSTRUMENT;
const d13 = DECREE_13_INSTRUMENT;
const d16 = DECREE_16_INSTRUMENT;
const d790 = DECREE_790_INSTRUMENT;
const d20 = DECREE_20_INSTRUMENT;
const pipl = PIPL_INSTRUMENT;
const hgr = HGR_REGULATIONS_INSTRUMENT;
const hgrRules = HGR_IMPLEMENTING_RULES_INSTRUMENT;

/** Press summary, not the order: the article number is the platform's attribution. */
const D16_PRESS = "wording read in the CAC's press summary, not in the order; article number not confirmed";

export const CITATIONS = {
  /** The first export measures took effect on 2022-09-01 (the order's preamble; its last article not read). */
  decree11InForce: d11.article("第二十条", "现予公布，自2022年9月1日起施行", {
    unconfirmed: "the date read in the order's preamble; 第二十条 (its last article) not read",
  }),
  decree11Scope: d11.article(
    "第二条",
    "数据处理者向境外提供在中华人民共和国境内运营中收集和产生的重要数据和个人信息的安全评估，适用本办法",
  ),
  decree11ImportantData: d11.article("第四条第（一）项", "数据处理者向境外提供重要数据"),
  decree11CiioOrLargeProcessor: d11.article(
    "第四条第（二）项",
    "关键信息基础设施运营者和处理100万人以上个人信息的数据处理者向境外提供个人信息",
  ),
  decree11Cumulative: d11.article(
    "第四条第（三）项",
    "自上年1月1日起累计向境外提供10万人个人信息或者1万人敏感个人信息的数据处理者向境外提供个人信息",
  ),
  /** Through the provincial office to the CAC: where an application is filed. */
  decree11ProvincialOffice: d11.article("第四条", "应当通过所在地省级网信部门向国家网信部门申报数据出境安全评估"),
  decree11Validity: d11.article("第十四条", "数据出境安全评估", { unconfirmed: `${NOT_READ}: 评估结果有效期为2年` }),
  decree11ImportantDataDefinition: d11.article("第十九条", "重要数据", {
    unconfirmed: `${NOT_READ}: the definition of important data`,
  }),
  applicationForm: d11.article("第六条第（一）项", "申报书", {
    unconfirmed: "items read in a summary of the Measures",
  }),
  selfAssessment: d11.article("第六条第（二）项", "数据出境风险自评估报告", {
    unconfirmed: "items read in a summary of the Measures",
  }),
  legalDocuments: d11.article("第六条第（三）项", "数据处理者与境外接收方拟订立的法律文件", {
    unconfirmed: "items read in a summary of the Measures",
  }),
  acceptance: d11.article("第七条", "数据出境安全评估", {
    unconfirmed: `${NOT_READ}: completeness check 5 working days, acceptance 7 working days`,
  }),
  review: d11.article("第十二条", "数据出境安全评估", {
    unconfirmed: `${NOT_READ}: review within 45 working days of the acceptance notice, extendable`,
  }),
  reassessment: d11.article("第十三条", "数据出境安全评估", {
    unconfirmed: `${NOT_READ}: re-assessment requested within 15 working days of the result`,
  }),

  decree13Conditions: d13.article(
    "第四条",
    "个人信息处理者通过订立标准合同的方式向境外提供个人信息的，应当同时符合下列情形……非关键信息基础设施运营者……处理个人信息不满100万人的……自上年1月1日起累计向境外提供个人信息不满10万人的……自上年1月1日起累计向境外提供敏感个人信息不满1万人的",
  ),
  standardContractFiling: d13.article("第七条", "个人信息处理者应当在标准合同生效之日起10个工作日内……备案", {
    unconfirmed: "read in a provincial filing guide; article number and materials not confirmed from the order",
  }),

  decree16ImportantDataNotified: d16.article(
    "第二条",
    "未被相关部门、地区告知或者公开发布为重要数据的，数据处理者不需要作为重要数据申报数据出境安全评估",
  ),
  decree16Art3: d16.article(
    "第三条",
    "国际贸易、跨境运输、学术合作、跨国生产制造和市场营销等活动中收集和产生的数据向境外提供，不包含个人信息或者重要数据的，免予申报数据出境安全评估、订立个人信息出境标准合同、通过个人信息保护认证",
  ),
  decree16Art4: d16.article(
    "第四条",
    "数据处理者在境外收集和产生的个人信息传输至境内处理后向境外提供，处理过程中没有引入境内个人信息或者重要数据的，免予申报",
  ),
  decree16Art5Contract: d16.article(
    "第五条第一款第（一）项",
    "为订立、履行个人作为一方当事人的合同……确需向境外提供个人信息的",
  ),
  decree16Art5Hr: d16.article(
    "第五条第一款第（二）项",
    "按照依法制定的劳动规章制度和依法签订的集体合同实施跨境人力资源管理，确需向境外提供员工个人信息的",
    { unconfirmed: D16_PRESS },
  ),
  decree16Art5Emergency: d16.article(
    "第五条第一款第（三）项",
    "紧急情况下为保护自然人的生命健康和财产安全，确需向境外提供个人信息的",
    { unconfirmed: D16_PRESS },
  ),
  decree16Art5Volume: d16.article(
    "第五条第一款第（四）项",
    "关键信息基础设施运营者以外的数据处理者自当年1月1日起累计向境外提供不满10万人个人信息",
    { unconfirmed: D16_PRESS },
  ),
  decree16Art6: d16.article("第六条", "自由贸易试验区内数据处理者向境外提供负面清单外的数据，可以免予申报", {
    unconfirmed: D16_PRESS,
  }),
  decree16Art7Ciio: d16.article("第七条第（一）项", "关键信息基础设施运营者向境外提供个人信息或者重要数据", {
    unconfirmed: D16_PRESS,
  }),
  decree16Art7Volume: d16.article(
    "第七条第（二）项",
    "关键信息基础设施运营者以外的数据处理者向境外提供重要数据，或者自当年1月1日起累计向境外提供100万人以上个人信息（不含敏感个人信息）或者1万人以上敏感个人信息",
    { unconfirmed: D16_PRESS },
  ),
  decree16Art8: d16.article(
    "第八条",
    "关键信息基础设施运营者以外的数据处理者自当年1月1日起累计向境外提供10万人以上、不满100万人个人信息（不含敏感个人信息）或者不满1万人敏感个人信息",
    { unconfirmed: D16_PRESS },
  ),
  /** 第七条、第八条 end with the cross-reference to the exemptions. */
  decree16ExemptionsFirst: d16.article("第七条", "第三条、第四条、第五条、第六条规定情形的，从其规定", {
    unconfirmed: "read as restated in the CAC's standard-contract filing guide (2nd ed.)",
  }),
  decree16Validity: d16.article("第九条", "数据出境安全评估", {
    unconfirmed: `${NOT_READ}: 评估结果有效期为3年; extension within 60 working days before expiry`,
  }),
  decree16Prevails: d16.article("第十三条", "促进和规范数据跨境流动规定", {
    unconfirmed: `${NOT_READ}: prevails over earlier rules that differ`,
  }),

  decree790StatutoryDuty: d790.article("第三十五条第（六）项", "为履行法定职责或者法定义务，确需向境外提供个人信息"),
  decree790ImportantData: d790.article(
    "第三十七条",
    "未被相关地区、部门告知或者公开发布为重要数据的，不需要将其作为重要数据申报数据出境安全评估",
  ),

  piplRoutes: pipl.article(
    "第三十八条第一款",
    "个人信息处理者因业务等需要，确需向中华人民共和国境外提供个人信息的，应当具备下列条件之一",
  ),
  piplCertification: pipl.article("第三十八条第一款第（二）项", "按照国家网信部门的规定经专业机构进行个人信息保护认证"),

  decree20Conditions: d20.article(
    "第五条",
    "个人信息处理者通过个人信息出境认证的方式向境外提供个人信息的，应当同时符合下列情形：一是非关键信息基础设施运营者；二是自当年1月1日起累计向境外提供10万人以上、不满100万人个人信息（不含敏感个人信息）或者不满1万人敏感个人信息，且向境外提供的个人信息中不包括重要数据",
    { unconfirmed: "wording read in a press report, not in the order; article number not confirmed" },
  ),

  hgrForeignProvision: hgr.article(
    "第二十八条",
    "将人类遗传资源信息向外国组织、个人及其设立或者实际控制的机构提供或者开放使用的，应当向国务院科学技术行政部门备案并提交信息备份",
  ),
  hgrSecurityReview: hgr.article(
    "第二十八条",
    "可能影响我国公众健康、国家安全和社会公共利益的，应当通过国务院科学技术行政部门组织的安全审查",
  ),
  /** The same article as amended: the competence moved to the health commission (State Council Decree 777). */
  hgrRegulatorChange: hgr.article("第二十八条", "应当向国务院科学技术行政部门备案并提交信息备份", {
    inForceFrom: DECREE_777_HGR_FROM,
    unconfirmed: "amended by State Council Decree 777 (health commission from 2024-05-01); amended wording not read",
  }),
  hgrGenomeReview: hgrRules.article("第三十六条", "外显子组测序、基因组测序信息……超过500人", {
    unconfirmed: "UNCONFIRMED: Art. 36 or Art. 37 of the Implementing Rules (DOMAIN.md); the article has not been read",
  }),
} satisfies Record<string, Citation>;
