/**
 * The instruments the talent rules (measure （十一）, professional titles)
 * quote. Each citation is made once here, with the words it encodes; a test
 * checks every quote against the instrument's source text beside it.
 */
import { text } from "../i18n";
import { MEASURES_2023 } from "../measures/policy";
import { cite, defineInstrument } from "../rules";

/** Measure （十一） itself: the green channel and what it relaxes. */
export const MEASURE_11 = MEASURES_2023.article(
  "（十一）",
  "为外资研发中心聘用的海外高端人才和紧缺人才参与职称评审建立绿色通道，放宽资历、年限等条件限制，允许将其海外工作经历、业绩成果等作为评定依据，符合条件的可直接申报高级职称。",
);

/**
 * What a 外资研发中心 is: the measures are for R&D centers set up by foreign
 * investment (title and preamble). Measure （十一） asks nothing more of the
 * center: unlike measure （一） ("符合条件的外资研发中心"), it requires no
 * recognition (认定) of the center.
 */
export const FOREIGN_INVESTED_RD_CENTER = MEASURES_2023.article(
  "（十一）",
  "关于进一步鼓励外商投资设立研发中心的若干措施……加大对外商投资在华设立研发中心开展科技研发创新活动的支持力度……为外资研发中心聘用的海外高端人才和紧缺人才",
);

/** 职称评审管理暂行规定（人力资源社会保障部令第40号）. */
export const ORDER_40 = defineInstrument({
  id: "mohrss-order-40",
  title: text(
    "职称评审管理暂行规定（人力资源社会保障部令第40号）",
    "Interim Provisions on the Administration of Professional Title Evaluation (MOHRSS Order No. 40)",
  ),
  inForceFrom: "2019-09-01",
  sourceFile: "talent/source.txt",
});

const ORDER_40_NUMBERS =
  "article number read from the sequence of 第三章 in a faithful copy, not from the mohrss.gov.cn text (talent/source.txt)";

/** 第十三条: the conditions of the series and level; in-service staff of the employer. */
export const ORDER_40_CONDITIONS = ORDER_40.article(
  "第十三条",
  "符合相应职称系列或者专业、相应级别职称评审规定的申报条件。申报人应当为本单位在职的专业技术人才",
  { unconfirmed: ORDER_40_NUMBERS },
);

/** 第十四条: one level at a time, as a rule. */
export const ORDER_40_LEVEL_BY_LEVEL = ORDER_40.article("第十四条", "申报人一般应当按照职称层级逐级申报职称评审。", {
  unconfirmed: ORDER_40_NUMBERS,
});

/** 第十四条: direct senior application for major contributions. */
export const ORDER_40_DIRECT_SENIOR = ORDER_40.article(
  "第十四条",
  "在经济社会各项事业发展中作出重大贡献的专业技术人才，可以直接申报高级职称评审。",
  { unconfirmed: ORDER_40_NUMBERS },
);

/** 第十四条: seniority and years relaxed for introduced overseas high-level and shortage talent. */
export const ORDER_40_RELAXATION = ORDER_40.article(
  "第十四条",
  "对引进的海外高层次人才和急需紧缺人才，可以合理放宽资历、年限等条件限制。",
  { unconfirmed: ORDER_40_NUMBERS },
);

/** 第十五条: a written pledge (告知承诺) instead of further proof. */
export const ORDER_40_PLEDGE = ORDER_40.article(
  "第十五条",
  "凡是通过法定证照、书面告知承诺、政府部门内部核查或者部门间核查、网络核验等能够办理的，不得要求申报人额外提供证明材料。",
  { unconfirmed: ORDER_40_NUMBERS },
);

/** 第十六条: the employer's review and publicity, at least 5 working days, then recommendation. */
export const ORDER_40_PUBLICITY = ORDER_40.article(
  "第十六条",
  "申报人所在工作单位应当对申报材料进行审核，并在单位内部进行公示，公示期不少于5个工作日，对经公示无异议的，按照职称评审管理权限逐级上报。",
  {
    unconfirmed:
      "article number as a secondary page cites it (fudaoke.com), consistent with the sequence of 第三章; not read in the mohrss.gov.cn text",
  },
);

/** 人社部发〔2019〕16号, 附件 工程技术人才职称评价基本标准. */
export const ENGINEERING_STANDARD = defineInstrument({
  id: "mohrss-2019-16",
  title: text(
    "人力资源社会保障部 工业和信息化部关于深化工程技术人才职称制度改革的指导意见（人社部发〔2019〕16号）附件 工程技术人才职称评价基本标准",
    "MOHRSS and MIIT Guiding Opinions on Deepening the Reform of the Professional Title System for Engineering and Technical Personnel (MOHRSS [2019] No. 16), annex: basic evaluation standard for engineering and technical personnel",
  ),
  inForceFrom: "2019-02-01",
  sourceFile: "talent/standard-2019-16.source.txt",
});

/** The Apostille Convention (HCCH 1961). */
export const APOSTILLE_CONVENTION = defineInstrument({
  id: "hcch-1961-apostille",
  title: text(
    "取消外国公文书认证要求的公约（1961年10月5日订于海牙）",
    "Convention Abolishing the Requirement of Legalisation for Foreign Public Documents (The Hague, 5 October 1961)",
  ),
  inForceFrom: "2023-11-07",
  sourceFile: "talent/apostille.source.txt",
});

/** Article 3: an apostille of the state the document comes from is the only formality. */
export const APOSTILLE_ARTICLE_3 = APOSTILLE_CONVENTION.article(
  "第三条",
  "The only formality that may be required in order to certify the authenticity of the signature……is the addition of the certificate described in Article 4, issued by the competent authority of the State from which the document emanates.",
);

/** Article 12 and China's accession: in relation only with states that raised no objection, from 2023-11-07. */
export const APOSTILLE_ARTICLE_12 = APOSTILLE_CONVENTION.article(
  "第十二条",
  "Such accession shall have effect only as regards the relations between the acceding State and those Contracting States which have not raised an objection to its accession……enter into force between the People's Republic of China and the other Contracting States, which have not raised an objection to its accession, on 7 November 2023.",
);

/** 中华人民共和国出境入境管理法. */
export const EXIT_ENTRY_LAW = defineInstrument({
  id: "exit-entry-law",
  title: text("中华人民共和国出境入境管理法", "Exit and Entry Administration Law of the PRC"),
  inForceFrom: "2013-07-01",
  sourceFile: "talent/exit-entry-law.source.txt",
});

/** 第四十一条: a foreigner working in China needs a work permit and a work-type residence permit. */
export const EXIT_ENTRY_LAW_41 = EXIT_ENTRY_LAW.article(
  "第四十一条",
  "外国人在中国境内工作，应当按照规定取得工作许可和工作类居留证件。",
  { unconfirmed: "read from the platform's earlier copy, not from the npc.gov.cn text" },
);

/** Hong Kong, Macao and Taiwan residents need no employment permit since 2018 (text not found: no quote). */
export const HMT_PERMIT_ABOLISHED = cite(
  text(
    "国务院关于取消一批行政许可事项的决定（国发〔2018〕28号）",
    "State Council Decision to Abolish a Batch of Administrative Licensing Items (Guo Fa [2018] No. 28)",
  ),
  undefined,
  "2018-07-28",
  "document number and date from secondary sources; the text was not read",
);
