import { text } from "../i18n";
import { type Citation, cite, defineParameter, type IsoDate, type Parameter } from "../rules";

/**
 * The law behind measure （九）: "支持对外资研发中心出于研发目的暂时进境的研发专用关键设备、
 * 测试用车辆等按规定延长复运出境期限". It creates no period of its own; it uses the
 * extension mechanism of GACC Order 233 (DOMAIN.md, "Measure 9").
 */
export const ORDER_233 = text(
  "中华人民共和国海关暂时进出境货物管理办法（海关总署令第233号）",
  "Measures of the Customs of the People's Republic of China for the Administration of Temporary Entry and Exit Goods (GACC Order No. 233)",
);
export const ORDER_233_IN_FORCE_FROM: IsoDate = "2018-02-01";

const EXTENSION_ARTICLE_UNCONFIRMED =
  "Article number from secondary sources only (Art. 9 probable; the application procedure may sit in Art. 10): check against the official text.";

/**
 * 暂时进出境货物应当在进出境之日起6个月内复运出境……因特殊情况需要延长期限的，应当向主管地海关
 * 办理延期手续，延期最多不超过3次，每次延长期限不超过6个月。……国家重点工程、国家科研项目使用的
 * 暂时进出境货物……在18个月延长期届满后仍需要延期的，由主管地直属海关批准。
 * The limits below live here, in core, because the customs intake and the
 * eligibility pre-check both apply them.
 */
export const ORDER_233_EXTENSION: Citation = cite(
  ORDER_233,
  "第九条",
  ORDER_233_IN_FORCE_FROM,
  EXTENSION_ARTICLE_UNCONFIRMED,
);

/** 每次延长期限不超过6个月: 6 months is allowed (不超过 includes the number). */
export const EXTENSION_MAX_MONTHS: Parameter<number> = defineParameter(
  "customs.reexport.extensionMaxMonths",
  text("每次延长复运出境期限的最长月数", "Longest single extension of the re-export period, in months"),
  [{ from: ORDER_233_IN_FORCE_FROM, value: 6, citation: ORDER_233_EXTENSION }],
);

/** 延期最多不超过3次: the third extension is allowed, the fourth needs a national project. */
export const MAX_EXTENSIONS: Parameter<number> = defineParameter(
  "customs.reexport.maxExtensions",
  text("复运出境期限最多延长次数", "Most extensions of the re-export period"),
  [{ from: ORDER_233_IN_FORCE_FROM, value: 3, citation: ORDER_233_EXTENSION }],
);
