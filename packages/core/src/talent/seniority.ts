/**
 * The usual seniority (资历、年限) for a title: the conditions the green channel
 * relaxes, and that the normal route applies. Encoded for the engineering
 * series from the basic evaluation standard annexed to 人社部发〔2019〕16号;
 * other series are stated generally (Order 40 第十三条).
 */
import { addMonths, daysBetween } from "../calendar";
import { type Text, text } from "../i18n";
import {
  anyOf,
  type Citation,
  defineParameter,
  explained,
  FAILS,
  HOLDS,
  type IsoDate,
  type Parameter,
  type ParameterValue,
  type RuleContext,
  type RuleResult,
  reaches,
  unknown,
  valueAsOf,
} from "../rules";
import type { TitleApplicationFacts, WorkPeriodFacts } from "./application";
import { ENGINEERING_STANDARD, ORDER_40_CONDITIONS, ORDER_40_LEVEL_BY_LEVEL } from "./instrument";
import {
  atLeastDegree,
  atLeastLevel,
  DEGREE_NAMES,
  type Degree,
  ENGINEERING_TITLES,
  highestDegree,
  LEVEL_NAMES,
  type TitleLevel,
} from "./levels";

/** The series whose usual seniority is encoded. */
export const ENGINEERING_SERIES = "engineering";

/** One way to qualify: a minimum education, the title held before (if any), and full years of work. */
export interface SeniorityAlternative {
  degree: Degree;
  /** The lower title the years count from (取得…职称后); null where the years are a probation (见习). */
  lowerTitle: TitleLevel | null;
  years: number;
  text: Text;
}

export interface SeniorityRule {
  title: Text;
  /** 具备下列条件之一: any one alternative suffices. */
  alternatives: SeniorityAlternative[];
  /** An exceptional route (破格) the platform does not screen, shown to the reader. */
  exceptional?: Text;
}

export const SENIORITY_STATUSES = ["met", "not_met", "undetermined", "not_assessed"] as const;
export type SeniorityStatus = (typeof SENIORITY_STATUSES)[number];

function standard(level: TitleLevel, citation: Citation, rule: Omit<SeniorityRule, "title">): Parameter<SeniorityRule> {
  const title = ENGINEERING_TITLES[level];
  return defineParameter(
    `talent.engineering-seniority.${level}`,
    text(`工程技术系列${title["zh-CN"]}通常资历条件`, `Usual seniority for ${title.en}`),
    [{ from: ENGINEERING_STANDARD.inForceFrom, value: { title, ...rule }, citation }],
  );
}

const alt = (degree: Degree, lowerTitle: TitleLevel | null, years: number, zh: string, en: string) => ({
  degree,
  lowerTitle,
  years,
  text: text(zh, en),
});

const FROM_SECONDARY = "the words of this item were not read in a copy of the annex; from summaries (source file)";

/*
 * "满N年" is N full years: counted from the day after the lower title was
 * obtained (Civil Code 第二百零一条), they are full on the corresponding day N
 * years later (第二百零二条). Only declared work inside that span counts.
 */
export const ENGINEERING_SENIORITY: Readonly<Record<TitleLevel, Parameter<SeniorityRule>>> = {
  // （一）技术员 4. 具备大学本科学历或学士学位；或具备大学专科、中等职业学校毕业学历，在工程技术岗位见习1年期满，经考察合格。
  technician: standard(
    "technician",
    ENGINEERING_STANDARD.article(
      "附件（一）技术员第4项",
      "具备大学本科学历或学士学位；或具备大学专科、中等职业学校毕业学历，在工程技术岗位见习1年期满，经考察合格。",
      { unconfirmed: FROM_SECONDARY },
    ),
    {
      alternatives: [
        alt("bachelor", null, 0, "具备大学本科学历或学士学位", "a bachelor's degree"),
        alt(
          "secondary_vocational",
          null,
          1,
          "具备大学专科、中等职业学校毕业学历，在工程技术岗位见习1年期满，经考察合格",
          "vocational college or secondary vocational school and a full year of probation in an engineering post",
        ),
      ],
    },
  ),
  // （二）助理工程师 4. 具备硕士学位或第二学士学位；或具备大学本科学历或学士学位，在工程技术岗位见习1年期满，
  // 经考察合格；或具备大学专科学历，取得技术员职称后，从事技术工作满2年；或具备中等职业学校毕业学历，
  // 取得技术员职称后，从事技术工作满4年。
  assistant: standard(
    "assistant",
    ENGINEERING_STANDARD.article(
      "附件（二）助理工程师第4项",
      "具备硕士学位或第二学士学位；或具备大学本科学历或学士学位，在工程技术岗位见习1年期满，经考察合格；或具备大学专科学历，取得技术员职称后，从事技术工作满2年；或具备中等职业学校毕业学历，取得技术员职称后，从事技术工作满4年。",
    ),
    {
      alternatives: [
        alt("master", null, 0, "具备硕士学位或第二学士学位", "a master's or second bachelor's degree"),
        alt(
          "bachelor",
          null,
          1,
          "具备大学本科学历或学士学位，在工程技术岗位见习1年期满，经考察合格",
          "a bachelor's degree and a full year of probation in an engineering post",
        ),
        alt(
          "vocational_college",
          "technician",
          2,
          "具备大学专科学历，取得技术员职称后，从事技术工作满2年",
          "vocational college and 2 full years of technical work after the Technician title",
        ),
        alt(
          "secondary_vocational",
          "technician",
          4,
          "具备中等职业学校毕业学历，取得技术员职称后，从事技术工作满4年",
          "secondary vocational school and 4 full years of technical work after the Technician title",
        ),
      ],
    },
  ),
  // （三）工程师 4. 具备博士学位；或具备硕士学位或第二学士学位，取得助理工程师职称后，从事技术工作满2年；
  // 或具备大学本科学历或学士学位，或大学专科学历，取得助理工程师职称后，从事技术工作满4年。
  intermediate: standard(
    "intermediate",
    ENGINEERING_STANDARD.article(
      "附件（三）工程师第4项",
      "具备博士学位；或具备硕士学位或第二学士学位，取得助理工程师职称后，从事技术工作满2年；或具备大学本科学历或学士学位，或大学专科学历，取得助理工程师职称后，从事技术工作满4年。",
      { unconfirmed: FROM_SECONDARY },
    ),
    {
      alternatives: [
        alt("doctorate", null, 0, "具备博士学位", "a doctorate"),
        alt(
          "master",
          "assistant",
          2,
          "具备硕士学位或第二学士学位，取得助理工程师职称后，从事技术工作满2年",
          "a master's degree and 2 full years of technical work after the Assistant Engineer title",
        ),
        alt(
          "vocational_college",
          "assistant",
          4,
          "具备大学本科学历或学士学位，或大学专科学历，取得助理工程师职称后，从事技术工作满4年",
          "a bachelor's degree or vocational college and 4 full years of technical work after the Assistant Engineer title",
        ),
      ],
    },
  ),
  // （四）高级工程师 5. 具备博士学位，取得工程师职称后，从事技术工作满2年；或具备硕士学位，或第二学士学位，
  // 或大学本科学历，或学士学位，取得工程师职称后，从事技术工作满5年。
  // 6. 不具备前项规定的学历、年限要求，业绩突出、作出重要贡献的，可由2名本专业或相近专业正高级工程师推荐破格申报。
  deputy_senior: standard(
    "deputy_senior",
    ENGINEERING_STANDARD.article(
      "附件（四）高级工程师第5项、第6项",
      "具备博士学位，取得工程师职称后，从事技术工作满2年；或具备硕士学位，或第二学士学位，或大学本科学历，或学士学位，取得工程师职称后，从事技术工作满5年。……可由2名本专业或相近专业正高级工程师推荐破格申报。",
    ),
    {
      alternatives: [
        alt(
          "doctorate",
          "intermediate",
          2,
          "具备博士学位，取得工程师职称后，从事技术工作满2年",
          "a doctorate and 2 full years of technical work after the Engineer title",
        ),
        alt(
          "bachelor",
          "intermediate",
          5,
          "具备硕士学位，或第二学士学位，或大学本科学历，或学士学位，取得工程师职称后，从事技术工作满5年",
          "a master's or bachelor's degree and 5 full years of technical work after the Engineer title",
        ),
      ],
      exceptional: text(
        "不具备上述学历、年限要求，业绩突出、作出重要贡献的，可由2名本专业或相近专业正高级工程师推荐破格申报",
        "without these degrees or years, outstanding performers may apply on the recommendation of 2 Professor-level Senior Engineers",
      ),
    },
  ),
  // （五）正高级工程师 一般应具备大学本科及以上学历或学士以上学位，取得高级工程师职称后，从事与高级工程师职责相关工作满5年。
  full_senior: standard(
    "full_senior",
    ENGINEERING_STANDARD.article(
      "附件（五）正高级工程师",
      "一般应具备大学本科及以上学历或学士以上学位，取得高级工程师职称后，从事与高级工程师职责相关工作满5年。",
      { unconfirmed: FROM_SECONDARY },
    ),
    {
      alternatives: [
        alt(
          "bachelor",
          "deputy_senior",
          5,
          "一般应具备大学本科及以上学历或学士以上学位，取得高级工程师职称后，从事与高级工程师职责相关工作满5年",
          "normally a bachelor's degree or higher and 5 full years of senior-engineer work after the Senior Engineer title",
        ),
      ],
    },
  ),
};

/** Days of declared work in (`after`, `asOf`] (all work up to `asOf` without `after`), a day worked twice counted once. */
export function daysWorked(periods: readonly WorkPeriodFacts[], asOf: IsoDate, after?: IsoDate): number {
  const start = after === undefined ? Number.NEGATIVE_INFINITY : daysBetween(asOf, after) + 1;
  const spans = periods
    .map((p) => [Math.max(daysBetween(asOf, p.from), start), Math.min(daysBetween(asOf, p.to), 0)] as const)
    .filter(([from, to]) => from <= to)
    .sort((a, b) => a[0] - b[0]);
  let days = 0;
  let coveredUntil = Number.NEGATIVE_INFINITY;
  for (const [from, to] of spans) {
    const first = Math.max(from, coveredUntil + 1);
    if (to >= first) days += to - first + 1;
    coveredUntil = Math.max(coveredUntil, to);
  }
  return days;
}

/** The days of `years` full years counted from the day after `from` (to the corresponding day, Civil Code 第二百零二条). */
export function daysInFullYears(from: IsoDate, years: number): number {
  return daysBetween(from, addMonths(from, 12 * years));
}

/** A probation of N years (见习N年期满): N × 365 days of declared work. */
const PROBATION_DAYS_PER_YEAR = 365;

export interface NormalRequirement {
  text: Text;
  citations: Citation[];
  /** The encoded rule when the series has one in force on the day; otherwise only the general statement applies. */
  rule?: ParameterValue<SeniorityRule>;
}

/** The usual seniority for `level` in `series`, as in force on `asOf`. */
export function normalRequirementFor(series: string, level: TitleLevel, asOf: IsoDate): NormalRequirement {
  const rule = series === ENGINEERING_SERIES ? valueAsOf(ENGINEERING_SENIORITY[level], asOf) : undefined;
  if (!rule) {
    const name = LEVEL_NAMES[level];
    return {
      text: text(
        `${series}系列${name["zh-CN"]}职称：须符合该系列职称评价标准规定的申报条件，一般按职称层级逐级申报（本平台未编码该系列的资历、年限条件）`,
        `Series "${series}", ${name.en}: the application conditions of that series' evaluation standard apply, normally one level at a time (the platform does not encode this series' seniority and years)`,
      ),
      citations: [ORDER_40_CONDITIONS, ORDER_40_LEVEL_BY_LEVEL],
    };
  }
  const { title, alternatives, exceptional } = rule.value;
  return {
    text: text(
      `${title["zh-CN"]}通常应具备下列条件之一：${alternatives.map((a) => a.text["zh-CN"]).join("；")}。${exceptional ? `${exceptional["zh-CN"]}。` : ""}`,
      `${title.en} usually requires one of: ${alternatives.map((a) => a.text.en).join("; ")}.${exceptional ? ` Exceptionally, ${exceptional.en}.` : ""}`,
    ),
    citations: [rule.citation],
    rule,
  };
}

/** All declared work: abroad and in China. */
export function declaredWork(application: TitleApplicationFacts): WorkPeriodFacts[] {
  return [...application.overseasExperience, ...(application.domesticExperience ?? [])];
}

function alternativeMet(
  a: SeniorityAlternative,
  application: TitleApplicationFacts,
  asOf: IsoDate,
  degree: Degree | undefined,
): RuleResult {
  if (!atLeastDegree(degree, a.degree)) return FAILS;
  const work = declaredWork(application);
  if (a.lowerTitle === null) return reaches(daysWorked(work, asOf), a.years * PROBATION_DAYS_PER_YEAR) ? HOLDS : FAILS;
  const current = application.currentTitle;
  if (!atLeastLevel(current?.level, a.lowerTitle)) return FAILS;
  const since = current?.obtainedOn;
  if (since === undefined) return unknown("currentTitle.obtainedOn");
  return reaches(daysWorked(work, asOf, since), daysInFullYears(since, a.years)) ? HOLDS : FAILS;
}

/**
 * Whether the applicant meets one of the usual alternatives (具备下列条件之一)
 * for the requested title, on the declared facts as of `asOf`. Without the
 * date the current title was obtained, an alternative that counts years
 * after it is undetermined (never met). Undefined where no rule is encoded.
 */
export function seniority(context: RuleContext<TitleApplicationFacts>): RuleResult | undefined {
  const application = context.subject;
  const { asOf } = context;
  const requirement = normalRequirementFor(application.series, application.requestedTitle.level, asOf);
  const rule = requirement.rule;
  if (!rule) return undefined;
  const degree = highestDegree(application.education.map((e) => e.degree));
  const current = application.currentTitle;
  const since = current?.obtainedOn;
  const workedSince = since === undefined ? null : daysWorked(declaredWork(application), asOf, since);
  const combined = anyOf(rule.value.alternatives.map((a) => alternativeMet(a, application, asOf, degree)));
  const facts = text(
    `最高学历${degree ? DEGREE_NAMES[degree]["zh-CN"] : "无"}，现有职称${current ? LEVEL_NAMES[current.level]["zh-CN"] : "无"}${since ? `（${since}取得，此后申报的工作经历${workedSince}天）` : ""}，申报的工作经历合计${daysWorked(declaredWork(application), asOf)}天`,
    `highest education ${degree ? DEGREE_NAMES[degree].en : "none"}, current title ${current ? LEVEL_NAMES[current.level].en : "none"}${since ? ` (obtained ${since}, ${workedSince} days of declared work since)` : ""}, ${daysWorked(declaredWork(application), asOf)} days of declared work in all`,
  );
  const { title } = rule.value;
  const message =
    combined.outcome === "eligible"
      ? text(
          `符合${title["zh-CN"]}通常资历、年限条件：${facts["zh-CN"]}`,
          `Meets the usual seniority for ${title.en}: ${facts.en}`,
        )
      : combined.outcome === "ineligible"
        ? text(
            `未满足${title["zh-CN"]}通常资历、年限条件：${facts["zh-CN"]}`,
            `Does not meet the usual seniority for ${title.en}: ${facts.en}`,
          )
        : text(
            `${title["zh-CN"]}的年限自取得现有职称之日起计算：请提供取得现有职称的日期（currentTitle.obtainedOn）`,
            `For ${title.en} the years count from the day the current title was obtained: give that date (currentTitle.obtainedOn)`,
          );
  return explained(
    context,
    combined.outcome,
    {
      code: "talent.seniority",
      citation: rule.citation,
      message,
      inputs: {
        series: application.series,
        "requestedTitle.level": application.requestedTitle.level,
        "currentTitle.level": current?.level ?? null,
        "currentTitle.obtainedOn": since ?? null,
        highestDegree: degree ?? null,
        daysWorkedSinceCurrentTitle: workedSince,
      },
      parameters: [rule],
    },
    combined.missingFacts,
  );
}
