/**
 * What each of the 16 measures (国办函〔2023〕7号) means for one center. Every
 * measure is for foreign-invested R&D centers and in force from 2023-01-11;
 * within that, a measure holds when one of its benefits does: a benefit the
 * text grants every center, a program the center qualifies for, or a
 * discretionary local support it may apply for (各地可…).
 */
import {
  allOf,
  anyOf,
  check,
  defineCondition,
  defineGrant,
  isTrue,
  type Measure,
  type MeasureId,
  type RuleResult,
  type Text,
  text,
} from "@rdc/core";
import type { ProgramEvaluation, ProgramId } from "./programs/program";
import type { NextStep } from "./result";
import type { EvaluationContext } from "./rules/context";
import { FACTS, type Fact } from "./rules/facts";
import { foreignInvestedCenter, measureOf, measureRegime } from "./rules/measure";
import { type Regime, underRegime } from "./rules/regime";

export type ProgramResults = Readonly<Record<ProgramId, ProgramEvaluation>>;

export interface MeasureRule {
  measure: Measure;
  regime: Regime;
  /** The programs whose results the measure follows (their next steps come with it). */
  follows: readonly ProgramId[];
  /** A foreign-invested center and one of the measure's benefits (every center's, a program's, a local support). */
  evaluate(context: EvaluationContext, programs: ProgramResults): RuleResult;
  nextSteps: readonly NextStep[];
}

function agencyList(measure: Measure): Text {
  return text(
    measure.agencies.map((a) => a.name["zh-CN"]).join("、"),
    measure.agencies.map((a) => a.name.en).join("; "),
  );
}

/** Whom to contact about a measure: the agencies its closing bracket names. */
function contact(measure: Measure, how?: Text): NextStep {
  const agencies = agencyList(measure);
  return {
    code: `${measure.id}.contact`,
    message: how
      ? text(`${how["zh-CN"]}（负责部门：${agencies["zh-CN"]}）`, `${how.en} (responsible: ${agencies.en})`)
      : text(`联系负责部门：${agencies["zh-CN"]}`, `Contact the responsible bodies: ${agencies.en}`),
  };
}

type Benefits = (context: EvaluationContext, programs: ProgramResults) => RuleResult[];

interface Definition {
  follows?: readonly ProgramId[];
  /** How to take the measure up, when more than whom to contact. */
  how?: Text;
  /** Builds the measure's conditions once; returns how to evaluate its benefits. */
  benefits(measure: Measure): Benefits;
}

/** At least one benefit; a single one is its own answer (anyOf of one result is that result). */
function oneOf(results: RuleResult[]): RuleResult {
  return results.length === 1 && results[0] ? results[0] : anyOf(results);
}

function define(id: MeasureId, definition: Definition): MeasureRule {
  const measure = measureOf(id);
  const foreignInvested = foreignInvestedCenter(measure);
  const benefits = definition.benefits(measure);
  return {
    measure,
    regime: measureRegime(measure),
    follows: definition.follows ?? [],
    evaluate: (context, programs) => allOf([foreignInvested(context), oneOf(benefits(context, programs))]),
    nextSteps: [contact(measure, definition.how)],
  };
}

/** A benefit the measure gives every foreign-invested R&D center. */
function everyCenter(measure: Measure, benefit: Text): Benefits {
  const grant = defineGrant(
    `${measure.id}.every-center`,
    text(`适用于所有外资研发中心：${benefit["zh-CN"]}`, `Applies to every foreign-invested R&D center: ${benefit.en}`),
    measure.citation,
  );
  return (context) => [grant(context)];
}

/** A local support the text leaves to each locality (各地可…): the center may apply, the locality decides. */
function discretionary(requires: Text): Text {
  return text(
    `${requires["zh-CN"]}（地方可予支持，是否支持及支持方式由当地决定）`,
    `${requires.en} (localities may give support; whether and how is theirs to decide)`,
  );
}

/** A benefit for centers with one yes/no fact, besides what every center gets. */
function onlyIf(measure: Measure, code: string, requires: Text, fact: Fact<boolean>) {
  const condition = defineCondition(`${measure.id}.${code}`, requires, measure.citation, [fact]);
  return (context: EvaluationContext) => isTrue(context, condition);
}

/** The program a measure follows, as a benefit. */
function program(id: ProgramId): Benefits {
  return (_, programs) => [programs[id].result];
}

/** In the order of the policy. */
export const MEASURE_RULES: readonly MeasureRule[] = [
  define("M01", {
    follows: ["high-tech-enterprise", "import-tax-exemption"],
    benefits: (measure) => {
      const services = everyCenter(
        measure,
        text(
          "申请认定高新技术企业的指导和服务、政策培训与宣传",
          "guidance and services for applying for high-tech enterprise recognition, policy training and publicity",
        ),
      );
      return (context, programs) => [
        ...services(context, programs),
        programs["high-tech-enterprise"].result,
        programs["import-tax-exemption"].result,
      ];
    },
  }),
  define("M02", {
    benefits: (measure) => {
      const research = everyCenter(
        measure,
        text(
          "依法使用大型科研仪器和国家重大科技计划项目的科技报告及相关数据",
          "lawful use of large research instruments and of the reports and data of major national S&T programme projects",
        ),
      );
      const newInstitution = onlyIf(
        measure,
        "new-rd-institution",
        discretionary(
          text(
            "为本区域关键共性技术研发提供服务的新型研发机构，可在基础条件建设、设备购置、人才配套服务、运行经费等方面获得支持",
            "a new-type R&D institution serving its region's key generic technologies may get support for facilities, equipment, talent services and operating costs",
          ),
        ),
        FACTS.servesRegionalKeyCommonTechnology,
      );
      return (context, programs) => [...research(context, programs), newInstitution(context)];
    },
  }),
  define("M03", {
    benefits: (measure) => {
      const cooperation = everyCenter(
        measure,
        text(
          "与高校、科研院所、职业学校合作，参与成果转化和创新创业平台，并可按规定设立博士后科研工作站",
          "cooperation with universities, research institutes and vocational schools, joining commercialisation and entrepreneurship platforms, and setting up a postdoctoral workstation under the rules",
        ),
      );
      const workstation = onlyIf(
        measure,
        "postdoc-workstation",
        text(
          "设有博士后科研工作站，符合条件的经批准可以独立招收博士后科研人员",
          "has a postdoctoral workstation, which if eligible may be approved to recruit postdoctoral researchers on its own",
        ),
        FACTS.postdocWorkstation,
      );
      return (context, programs) => [...cooperation(context, programs), workstation(context)];
    },
  }),
  define("M04", {
    how: text(
      "向所在地省级人民政府及其有关部门申请要素保障",
      "Apply to the provincial government for land, equipment and infrastructure support",
    ),
    benefits: (measure) => {
      const platform = onlyIf(
        measure,
        "open-innovation-platform",
        discretionary(
          text(
            "开放式创新平台类研发中心，可获得土地、设备、基础设施等要素保障，入驻企业可适用“一址多照”、集群注册",
            "an open innovation platform, which may get land, equipment and infrastructure support, its resident enterprises may use multiple licences at one address and cluster registration",
          ),
        ),
        FACTS.openInnovationPlatform,
      );
      return (context) => [platform(context)];
    },
  }),
  define("M05", {
    how: text(
      "向所在地商务主管部门提出融资需求，参加银企对接",
      "Tell the local commerce department your financing needs and join its bank–enterprise matchmaking",
    ),
    benefits: (measure) =>
      everyCenter(
        measure,
        text(
          "金融机构的科技创新金融支持和商务主管部门组织的银企对接",
          "financing for innovation from financial institutions and bank–enterprise matchmaking by commerce departments",
        ),
      ),
  }),
  define("M06", {
    benefits: (measure) =>
      everyCenter(
        measure,
        text(
          "承担国家科技任务、参与国家重大科技计划项目，科技专家可进入国家和地方科技专家库",
          "undertaking national S&T tasks and major programme projects; its experts may join national and local expert pools",
        ),
      ),
  }),
  define("M07", { follows: ["data-export-pathway"], benefits: () => program("data-export-pathway") }),
  define("M08", {
    benefits: (measure) =>
      everyCenter(
        measure,
        text(
          "知识产权对外转让和技术进出口的优化管理流程及政策培训指导",
          "streamlined procedures, training and guidance for outbound IP transfers and technology imports and exports",
        ),
      ),
  }),
  define("M09", {
    follows: ["customs-temporary-import-extension"],
    benefits: (measure) => {
      const biosafety = onlyIf(
        measure,
        "biosafety-quarantine",
        text(
          "为国家级、省级科研项目引进入境动植物转基因生物、生物材料，符合要求的可获检疫审批便利",
          "brings in GM animals or plants or biological materials for national or provincial research projects, which if requirements are met get easier quarantine approval",
        ),
        FACTS.biologicalMaterials,
      );
      return (context, programs) => [programs["customs-temporary-import-extension"].result, biosafety(context)];
    },
  }),
  define("M10", { follows: ["team-work-permit"], benefits: () => program("team-work-permit") }),
  define("M11", { follows: ["talent-title-green-channel"], benefits: () => program("talent-title-green-channel") }),
  define("M12", {
    how: text(
      "向所在地人民政府及其人才、教育、科技部门申请",
      "Apply to the local government and its talent, education and science departments",
    ),
    benefits: (measure) => {
      const support = (who: Text) =>
        discretionary(
          text(
            `聘用${who["zh-CN"]}，可在住房、子女教育、配偶就业、医疗保障等方面获得支持`,
            `employs ${who.en}, who may get support with housing, children's education, spouse employment and medical care`,
          ),
        );
      const highEnd = onlyIf(
        measure,
        "high-end-talent",
        support(text("海外高端人才", "overseas high-end talent")),
        FACTS.highEndTalent,
      );
      const shortage = onlyIf(
        measure,
        "shortage-talent",
        support(text("紧缺人才", "shortage talent")),
        FACTS.shortageTalent,
      );
      return (context) => [highEnd(context), shortage(context)];
    },
  }),
  define("M13", {
    how: text(
      "向开户金融机构申请办理跨境资金收付",
      "Ask the banks that hold the accounts to handle the cross-border payments",
    ),
    benefits: (measure) => {
      const condition = defineCondition(
        "M13.overseas-talent",
        text(
          "有海外人才在中心工作，其真实合规的跨境资金收付可便利化办理",
          "overseas talent works at the center, whose genuine and compliant cross-border payments are made easier",
        ),
        measure.citation,
        [FACTS.overseasTalentCount],
      );
      return (context) => [check(context, condition, (count) => count >= 1)];
    },
  }),
  define("M14", {
    benefits: (measure) => everyCenter(measure, text("商业秘密的司法保护", "judicial protection of trade secrets")),
  }),
  define("M15", {
    benefits: (measure) =>
      everyCenter(
        measure,
        text(
          "知识产权保护中心快速审查、快速确权、快速维权一站式服务",
          "the one-stop fast examination, confirmation and enforcement services of IP protection centers",
        ),
      ),
  }),
  define("M16", {
    benefits: (measure) =>
      everyCenter(
        measure,
        text(
          "惩罚性赔偿、专利侵权纠纷行政裁决和专项整治行动等知识产权执法",
          "IP enforcement: punitive damages, administrative rulings on patent disputes and special enforcement campaigns",
        ),
      ),
  }),
];

export function evaluateMeasure(rule: MeasureRule, context: EvaluationContext, programs: ProgramResults): RuleResult {
  return underRegime(context, rule.regime, () => rule.evaluate(context, programs));
}
