/**
 * GACC Order 233, the law behind measure （九）: "支持对外资研发中心出于研发目的暂时进境的
 * 研发专用关键设备、测试用车辆等按规定延长复运出境期限". The measure creates no period
 * of its own; it uses the order's extension mechanism (DOMAIN.md, "Measure 9").
 * Each citation is made once here, with the words it encodes; a test checks
 * every quote against `source.txt` beside it.
 */
import { text } from "../i18n";
import { defineInstrument } from "../rules";

export const ORDER_233 = defineInstrument({
  id: "gacc-order-233",
  title: text(
    "中华人民共和国海关暂时进出境货物管理办法（海关总署令第233号）",
    "Measures of the Customs of the People's Republic of China for the Administration of Temporary Entry and Exit Goods (GACC Order No. 233)",
  ),
  inForceFrom: "2018-02-01",
  sourceFile: "customs/source.txt",
});

const NOT_READ_IN_OFFICIAL_TEXT =
  "UNCONFIRMED: no official copy of Order 233 beyond Art. 3 was read; the words are those of Order 157 Art. 7 and of summaries of Order 233 (customs/source.txt [3]), the article number as commonly cited for Order 233";

/**
 * 第三条: the items of temporary-entry goods that concern an R&D center:
 * （四） research equipment, （五） vehicles used for it, （八） tooling,
 * （十二） products, equipment and vehicles for testing.
 */
export const ARTICLE_3_RD_ITEMS = ORDER_233.article(
  "第三条第（四）项、第（五）项、第（八）项、第（十二）项",
  "（四）开展科研、教学、医疗活动使用的仪器、设备和用品；（五）在本款第（一）项至第（四）项所列活动中使用的交通工具及特种车辆；……（八）供安装、调试、检测、修理设备时使用的仪器及工具；……（十二）测试用产品、设备、车辆；",
  {
    unconfirmed:
      "UNCONFIRMED wording: items （四）, （五）, （八） as in Order 157 Art. 3 (same numbering), item （十二） from a 2025 summary of Order 233 (customs/source.txt [2])",
  },
);

/** 第九条: six months from entry. */
export const INITIAL_PERIOD = ORDER_233.article(
  "第九条",
  "暂时进出境货物应当在进出境之日起6个月内复运出境或者复运进境。",
  {
    unconfirmed: NOT_READ_IN_OFFICIAL_TEXT,
  },
);

/** 第九条: at most three extensions, each of at most six months. */
export const EXTENSION_LIMITS = ORDER_233.article(
  "第九条",
  "确需延期的，须向主管地海关申请，最多延期3次，每次不超过6个月。",
  {
    unconfirmed: NOT_READ_IN_OFFICIAL_TEXT,
  },
);

/**
 * 第九条, the "however" clause: goods of national key projects and national
 * research projects may be extended beyond the three extensions, approved by
 * the directly-under customs. The text states no further limit on that route.
 */
export const NATIONAL_PROJECTS_BEYOND_LIMIT = ORDER_233.article(
  "第九条",
  "国家重点工程、国家科研项目用货物，以及展期超24个月的展览品，在前述延期届满后仍需延期的，由主管地直属海关审批。",
  { unconfirmed: NOT_READ_IN_OFFICIAL_TEXT },
);

/** 第十条: the extension is applied for before the period ends. */
export const APPLIED_BEFORE_EXPIRY = ORDER_233.article(
  "第十条",
  "申请延期的，应于规定期限届满前向主管海关办理延期手续。",
  {
    unconfirmed: `${NOT_READ_IN_OFFICIAL_TEXT}; 第九条 holds the period and the limits, the application procedure is taken to be 第十条`,
  },
);

/** ATA carnets: beyond the carnet's validity, a renewed carnet confirmed by the directly-under customs. */
export const ATA_CARNET_RENEWAL = ORDER_233.article(
  undefined,
  "《ATA单证册》项下暂准进境货物申请延长期限超过《ATA单证册》有效期的，《ATA单证册》持证人应当向原出证机构申请续签《ATA单证册》。续签的《ATA单证册》经主管地直属海关确认后可替代原《ATA单证册》。",
  {
    unconfirmed:
      "UNCONFIRMED: article number in Order 233 not identified; words as quoted in exam material (customs/source.txt [4])",
  },
);
