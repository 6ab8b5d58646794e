/**
 * The instruments of high-tech enterprise recognition (高新技术企业认定) and
 * the periods whose rules are encoded. Their text, and where it was read, is
 * in source.txt beside this file.
 */
import { text } from "../i18n";
import { defineInstrument, defineParameter, type IsoDate, type Regime, type RegimePeriod } from "../rules";

export const HIGH_TECH_IN_FORCE_FROM: IsoDate = "2016-01-01";

/** No stored copy of the official text was found: the passages are from secondary copies (source.txt). */
export const SECONDARY_COPIES = "read from secondary copies (source.txt), not from the official most.gov.cn text";

export const MEASURES_2016 = defineInstrument({
  id: "high-tech.measures-2016",
  title: text(
    "科技部 财政部 国家税务总局关于修订印发《高新技术企业认定管理办法》的通知（国科发火〔2016〕32号）",
    "Administrative Measures for the Recognition of High-Tech Enterprises (Guo Ke Fa Huo [2016] No. 32)",
  ),
  inForceFrom: HIGH_TECH_IN_FORCE_FROM,
  sourceFile: "high-tech/source.txt",
});

export const GUIDELINES_2016 = defineInstrument({
  id: "high-tech.guidelines-2016",
  title: text(
    "科技部 财政部 国家税务总局关于修订印发《高新技术企业认定管理工作指引》的通知（国科发火〔2016〕195号）",
    "Work Guidelines for the Administration of High-Tech Enterprise Recognition (Guo Ke Fa Huo [2016] No. 195)",
  ),
  inForceFrom: HIGH_TECH_IN_FORCE_FROM,
  sourceFile: "high-tech/source.txt",
});

export const EIT_LAW = defineInstrument({
  id: "high-tech.eit-law",
  title: text("中华人民共和国企业所得税法", "Enterprise Income Tax Law of the People's Republic of China"),
  inForceFrom: "2008-01-01",
  sourceFile: "high-tech/source.txt",
});

/** 第十一条: the eight conditions, all of which must hold. */
export const ARTICLE_11 = MEASURES_2016.article("第十一条", "认定为高新技术企业须同时满足以下条件", {
  unconfirmed: SECONDARY_COPIES,
});

/** The periods whose recognition conditions are encoded: the 2016 measures, from 2016-01-01. */
export const HIGH_TECH_REGIME: Regime = {
  id: "high-tech-enterprise.rules",
  name: text("高新技术企业认定管理办法", "the high-tech enterprise recognition measures"),
  periods: defineParameter<RegimePeriod>(
    "high-tech-enterprise.rules",
    text("高新技术企业认定条件的施行期间", "periods of the high-tech enterprise conditions"),
    [{ from: HIGH_TECH_IN_FORCE_FROM, value: { encoded: true }, citation: ARTICLE_11 }],
  ),
  before: text(
    "2016年1月1日前适用2008年《高新技术企业认定管理办法》（国科发火〔2008〕172号），其条件未收录，无法判断",
    "Before 2016-01-01 the 2008 recognition measures (Guo Ke Fa Huo [2008] No. 172) applied; their conditions are not encoded: cannot decide",
  ),
};
