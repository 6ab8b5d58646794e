/**
 * Measure （十一） of 国办函〔2023〕7号: the green channel for title evaluation.
 * The one rule both the eligibility pre-check and the talent-title intake
 * apply, each over its own facts.
 */
import { text } from "../i18n";
import { allOf, check, defineCondition, type Fact, type RuleContext, type RuleResult } from "../rules";
import type { TitleApplicationFacts } from "./application";
import { FOREIGN_INVESTED_RD_CENTER, MEASURE_11 } from "./instrument";
import type { TalentCategory } from "./levels";

/*
 * （十一）鼓励海外人才申报专业人才职称。为外资研发中心聘用的海外高端人才和紧缺人才
 * 参与职称评审建立绿色通道，放宽资历、年限等条件限制，允许将其海外工作经历、业绩
 * 成果等作为评定依据，符合条件的可直接申报高级职称。
 *
 * "外资研发中心聘用的" asks two things, and no more:
 * - the employer is a 外资研发中心: an R&D center set up by foreign investment
 *   (the measures' title, 外商投资设立研发中心, and preamble). The measure asks
 *   for no recognition (认定) of the center; a center recognised as a foreign-
 *   invested R&D center is one, an unrecognised foreign-invested center is one too.
 * - the applicant is employed (聘用) by it: in the intake the employer files for
 *   its own in-service staff (Order 40 第十三条: 申报人应当为本单位在职的专业技术人才);
 *   in the profile, the categories are those of the talent the center employs.
 */

/** The talent the green channel is for. */
export const GREEN_CHANNEL_CATEGORIES: readonly TalentCategory[] = ["overseas_high_end", "shortage"];

/** 海外高端人才 or 紧缺人才: one category, or any of the categories a center employs. */
export function coveredByGreenChannel(talent: TalentCategory | readonly TalentCategory[]): boolean {
  if (typeof talent === "string") return GREEN_CHANNEL_CATEGORIES.includes(talent);
  return talent.some((c) => GREEN_CHANNEL_CATEGORIES.includes(c));
}

/**
 * A center is a 外资研发中心 if it was set up by foreign investment, or if it
 * is recognised as a foreign-invested R&D center (recognition implies it);
 * unknown while neither says so.
 */
export function isForeignInvestedRdCenter(foreignInvested?: boolean, recognized?: boolean): boolean | undefined {
  if (foreignInvested !== undefined) return foreignInvested || recognized === true;
  return recognized === true ? true : undefined;
}

export interface GreenChannelFacts<S> {
  /** The employer is a foreign-invested R&D center. */
  center: Fact<S, boolean>;
  /** The applicant's talent category, or the categories of the talent a center employs. */
  talent: Fact<S, TalentCategory | readonly TalentCategory[]>;
}

/**
 * The green channel over a subject's facts: defined once per kind of subject
 * (at module level), evaluated many times. Both conditions must hold.
 */
export function defineGreenChannel<S>(facts: GreenChannelFacts<S>): (context: RuleContext<S>) => RuleResult {
  const center = defineCondition(
    "talent.green-channel.center",
    text("用人单位为外资研发中心（外商投资设立的研发中心）", "the employer is a foreign-invested R&D center"),
    FOREIGN_INVESTED_RD_CENTER,
    [facts.center],
  );
  const talent = defineCondition(
    "talent.green-channel.talent",
    text(
      "申报人为外资研发中心聘用的海外高端人才或紧缺人才",
      "the applicant is overseas high-end or shortage talent employed by the center",
    ),
    MEASURE_11,
    [facts.talent],
  );
  return (context) =>
    allOf([check(context, center, (is) => is), check(context, talent, (t) => coveredByGreenChannel(t))]);
}

/** The green channel over an intake payload. */
export const greenChannel = defineGreenChannel<TitleApplicationFacts>({
  center: {
    path: "employer.foreignInvested",
    label: text("用人单位是否为外资研发中心", "whether the employer is a foreign-invested R&D center"),
    read: (a) => isForeignInvestedRdCenter(a.employer.foreignInvested, a.employer.recognizedForeignRdCenter),
  },
  talent: {
    path: "applicant.talentCategory",
    label: text("申报人人才类别", "the applicant's talent category"),
    read: (a) => a.applicant.talentCategory,
  },
});
