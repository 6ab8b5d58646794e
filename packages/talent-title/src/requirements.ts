import {
  type Citation,
  defineParameter,
  type IsoDate,
  type Parameter,
  type ParameterValue,
  type Text,
  text,
  valueAsOf,
} from "@rdc/core";
import { engineeringStandard, ORDER_40_CONDITIONS, ORDER_40_LEVELS } from "./citations";
import { LEVEL_NAMES } from "./levels";
import { type Degree, ENGINEERING_SERIES, type TitleLevel } from "./payload";

/**
 * The usual seniority (资历、年限) for a title, the conditions the green channel
 * relaxes. Encoded for the engineering series from the basic evaluation
 * standard of 人社部发〔2019〕16号; other series are stated generally (Order 40).
 */

/** One way to qualify: a minimum degree, the title held before, and full years of technical work after it. */
export interface SeniorityAlternative {
  degree: Degree;
  lowerTitle: TitleLevel | null;
  years: number;
  text: Text;
}

export interface SeniorityRule {
  title: Text;
  alternatives: SeniorityAlternative[];
  /** An exceptional route (破格) the platform does not screen, shown to the reader. */
  exceptional?: Text;
}

function engineering(
  level: TitleLevel,
  rule: SeniorityRule,
  unconfirmed?: string,
): [TitleLevel, Parameter<SeniorityRule>] {
  const description = text(`工程技术系列${rule.title["zh-CN"]}通常资历条件`, `Usual seniority for ${rule.title.en}`);
  return [
    level,
    defineParameter(`talent-title.engineering.${level}`, description, [
      { from: "2019-02-01", value: rule, citation: engineeringStandard(unconfirmed) },
    ]),
  ];
}

/*
 * 人社部发〔2019〕16号, 附件 工程技术人才职称评价基本标准 (two or more
 * alternatives: 具备下列条件之一). "满N年" counts N full years.
 */
export const ENGINEERING_SENIORITY: Readonly<Record<TitleLevel, Parameter<SeniorityRule>>> = Object.fromEntries([
  // 助理工程师：具备硕士学位或第二学士学位；或具备大学本科学历或学士学位，在工程技术岗位见习1年期满，经考察合格。
  engineering(
    "assistant",
    {
      title: text("助理工程师", "Assistant Engineer"),
      alternatives: [
        {
          degree: "master",
          lowerTitle: null,
          years: 0,
          text: text("具备硕士学位或第二学士学位", "a master's degree or a second bachelor's degree"),
        },
        {
          degree: "bachelor",
          lowerTitle: null,
          years: 1,
          text: text(
            "具备大学本科学历或学士学位，在工程技术岗位见习1年期满，经考察合格",
            "a bachelor's degree and a full year of probation in an engineering post, assessed as qualified",
          ),
        },
      ],
    },
    "助理工程师 conditions not in DOMAIN.md; from secondary sources",
  ),
  // 工程师：具备博士学位；或具备硕士学位或第二学士学位，取得助理工程师职称后，从事技术工作满2年；
  // 或具备大学本科学历或学士学位，取得助理工程师职称后，从事技术工作满4年。
  engineering("intermediate", {
    title: text("工程师", "Engineer"),
    alternatives: [
      { degree: "doctorate", lowerTitle: null, years: 0, text: text("具备博士学位", "a doctorate") },
      {
        degree: "master",
        lowerTitle: "assistant",
        years: 2,
        text: text(
          "具备硕士学位或第二学士学位，取得助理工程师职称后，从事技术工作满2年",
          "a master's degree (or second bachelor's degree) and 2 full years of technical work after the Assistant Engineer title",
        ),
      },
      {
        degree: "bachelor",
        lowerTitle: "assistant",
        years: 4,
        text: text(
          "具备大学本科学历或学士学位，取得助理工程师职称后，从事技术工作满4年",
          "a bachelor's degree and 4 full years of technical work after the Assistant Engineer title",
        ),
      },
    ],
  }),
  // 高级工程师：具备博士学位，取得工程师职称后，从事技术工作满2年；或具备硕士学位，或第二学士学位，
  // 或大学本科学历，或学士学位，取得工程师职称后，从事技术工作满5年。
  // 不具备规定学历、年限要求，业绩突出、作出重要贡献的，可由2名正高级工程师推荐破格申报。
  engineering("deputy_senior", {
    title: text("高级工程师", "Senior Engineer"),
    alternatives: [
      {
        degree: "doctorate",
        lowerTitle: "intermediate",
        years: 2,
        text: text(
          "具备博士学位，取得工程师职称后，从事技术工作满2年",
          "a doctorate and 2 full years of technical work after the Engineer title",
        ),
      },
      {
        degree: "bachelor",
        lowerTitle: "intermediate",
        years: 5,
        text: text(
          "具备硕士学位、第二学士学位、大学本科学历或学士学位，取得工程师职称后，从事技术工作满5年",
          "a master's or bachelor's degree and 5 full years of technical work after the Engineer title",
        ),
      },
    ],
    exceptional: text(
      "不具备上述学历、年限要求，业绩突出、作出重要贡献的，可由2名本专业或相近专业正高级工程师推荐破格申报",
      "without these degrees or years, outstanding performers may apply on the recommendation of 2 Professor-level Senior Engineers",
    ),
  }),
  // 正高级工程师：一般应具备大学本科及以上学历或学士以上学位，取得高级工程师职称后，从事与高级工程师职责相关工作满5年。
  engineering(
    "full_senior",
    {
      title: text("正高级工程师", "Professor-level Senior Engineer"),
      alternatives: [
        {
          degree: "bachelor",
          lowerTitle: "deputy_senior",
          years: 5,
          text: text(
            "一般应具备大学本科及以上学历或学士以上学位，取得高级工程师职称后，从事与高级工程师职责相关工作满5年",
            "normally a bachelor's degree or higher and 5 full years of senior-engineer work after the Senior Engineer title",
          ),
        },
      ],
    },
    "正高级工程师 conditions not in DOMAIN.md; from secondary sources",
  ),
]) as Record<TitleLevel, Parameter<SeniorityRule>>;

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
      citations: [ORDER_40_CONDITIONS, ORDER_40_LEVELS],
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
