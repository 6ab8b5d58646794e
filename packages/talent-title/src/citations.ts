import { cite, citeMeasure, MEASURES_IN_FORCE_FROM, text } from "@rdc/core";

/** The legal sources measure （十一） screening relies on, each cited once here. */

/** 国办函〔2023〕7号, measure （十一）: the green channel itself. */
export const MEASURE_11 = citeMeasure("（十一）");

const ORDER_40 = text(
  "职称评审管理暂行规定（人力资源社会保障部令第40号）",
  "Interim Provisions on the Administration of Professional Title Evaluation (MOHRSS Order No. 40)",
);
const ORDER_40_IN_FORCE = "2019-09-01";
const ARTICLE_FROM_MEMORY = "article number from secondary sources; check against the mohrss.gov.cn text";

/** Applicants meet the application conditions of their series' evaluation standard. */
export const ORDER_40_CONDITIONS = cite(ORDER_40, "第十五条", ORDER_40_IN_FORCE, ARTICLE_FROM_MEMORY);

/**
 * Level by level as a rule; direct senior application for major achievements;
 * seniority and years may be relaxed for introduced overseas high-level and
 * urgently needed talent.
 */
export const ORDER_40_LEVELS = cite(ORDER_40, "第十六条", ORDER_40_IN_FORCE, ARTICLE_FROM_MEMORY);

/** The employer reviews and publicises the application for at least 5 working days. */
export const ORDER_40_PUBLICITY = cite(ORDER_40, "第十九条", ORDER_40_IN_FORCE, ARTICLE_FROM_MEMORY);

/** Degree certificates and pledges (告知承诺) in place of proofs. */
export const ORDER_40_MATERIALS = cite(
  ORDER_40,
  undefined,
  ORDER_40_IN_FORCE,
  "article on certified overseas degrees and pledges not identified (DOMAIN.md Measure 11, Evidence)",
);

/** 工程技术人才职称评价基本标准, the annex of 人社部发〔2019〕16号. */
export function engineeringStandard(unconfirmed?: string) {
  return cite(
    text(
      "人力资源社会保障部 工业和信息化部关于深化工程技术人才职称制度改革的指导意见（人社部发〔2019〕16号）",
      "MOHRSS and MIIT Guiding Opinions on Deepening the Reform of the Professional Title System for Engineering and Technical Personnel (MOHRSS [2019] No. 16)",
    ),
    "附件 工程技术人才职称评价基本标准",
    "2019-02-01",
    ["issue date 2019-02-01 from secondary sources", unconfirmed].filter(Boolean).join("; "),
  );
}

/** China's accession to the Hague Apostille Convention took effect on 2023-11-07. */
export const APOSTILLE_CONVENTION = cite(
  text(
    "取消外国公文书认证要求的公约（1961年10月5日订于海牙）",
    "Convention Abolishing the Requirement of Legalisation for Foreign Public Documents (The Hague, 5 October 1961)",
  ),
  "第三条",
  "2023-11-07",
);

/** Foreigners working in China need a work permit and a work-type residence permit. */
export const EXIT_ENTRY_LAW_41 = cite(
  text("中华人民共和国出境入境管理法", "Exit and Entry Administration Law of the PRC"),
  "第四十一条",
  "2013-07-01",
);

/** The employment permit for Hong Kong, Macao and Taiwan residents was abolished. */
export const HMT_PERMIT_ABOLISHED = cite(
  text(
    "国务院关于取消一批行政许可事项的决定（国发〔2018〕28号）",
    "State Council Decision to Abolish a Batch of Administrative Licensing Items (Guo Fa [2018] No. 28)",
  ),
  undefined,
  "2018-07-28",
  "document number and date from secondary sources",
);

/** Title evaluation has no statutory review period that we know of: the due date is the platform's own target. */
export const PLATFORM_REVIEW_TARGET = cite(
  text(
    "本平台服务目标（非法定时限）：措施（十一）职称申报的审查",
    "Platform service target (not a statutory time limit): review of measure (11) title applications",
  ),
  undefined,
  MEASURES_IN_FORCE_FROM,
  "no statutory review period for title evaluation found; confirm none applies",
);
