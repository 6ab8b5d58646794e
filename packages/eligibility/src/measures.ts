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
  type Measure,
  type MeasureId,
  measureBenefits,
  type Outcome,
  type RuleResult,
  type Text,
  text,
} from "@rdc/core";
import type { CenterProfile } from "./profile";
import { PROGRAM_NAMES } from "./programs";
import type { ProgramEvaluation, ProgramId } from "./programs/program";
import type { NextStep, ProgramReason } from "./result";
import type { EvaluationContext } from "./rules/context";
import { FACTS } from "./rules/facts";
import { foreignInvestedCenter, measureOf, measureRegime } from "./rules/measure";
import { type Regime, underRegime } from "./rules/regime";

export type ProgramResults = Readonly<Record<ProgramId, ProgramEvaluation>>;

export interface MeasureRule {
  measure: Measure;
  regime: Regime;
  /** The programs whose results the measure follows (their next steps come with it), as its benefits name them. */
  follows: readonly ProgramId[];
  /** A foreign-invested center and one of the measure's benefits (every center's, a program's, a local support). */
  evaluate(context: EvaluationContext, programs: ProgramResults): RuleResult;
  nextSteps: readonly NextStep[];
}

/** Whom to contact about a measure: the agencies its closing bracket names (by id; an answer names each once). */
function contact(measure: Measure, how?: Text): NextStep {
  return {
    code: `${measure.id}.contact`,
    message: how ?? text("联系负责部门", "Contact the responsible bodies"),
    agencies: measure.agencies.map((a) => a.id),
  };
}

/** How to evaluate a measure's benefits, and the programs they follow (whose results they read). */
interface Benefits {
  evaluate(context: EvaluationContext, programs: ProgramResults): RuleResult[];
  follows: readonly ProgramId[];
}

interface Definition {
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
    follows: benefits.follows,
    evaluate: (context, programs) => allOf([foreignInvested(context), oneOf(benefits.evaluate(context, programs))]),
    nextSteps: [contact(measure, definition.how)],
  };
}

/** The measures' own benefits, as @rdc/core encodes them, bound to the profile once. */
const BENEFITS = measureBenefits<CenterProfile>(measureOf, {
  foreignInvested: FACTS.foreignInvested,
  servesRegionalKeyCommonTechnology: FACTS.servesRegionalKeyCommonTechnology,
  postdocWorkstation: FACTS.postdocWorkstation,
  openInnovationPlatform: FACTS.openInnovationPlatform,
  biologicalMaterials: FACTS.biologicalMaterials,
  highEndTalent: FACTS.highEndTalent,
  shortageTalent: FACTS.shortageTalent,
  overseasTalentCount: FACTS.overseasTalentCount,
});

/** The measure's own benefits: what it gives every center, then what it gives on a condition of its own. */
function own(id: MeasureId): Benefits {
  const { everyCenter, conditional } = BENEFITS[id];
  const all = [...everyCenter, ...conditional];
  const [only] = all;
  if (all.length === 1 && only) return { evaluate: (context) => [only(context)], follows: [] };
  return {
    evaluate: (context) => {
      const results: RuleResult[] = [];
      for (const benefit of all) results.push(benefit(context));
      return results;
    },
    follows: [],
  };
}

const PROGRAM_OUTCOMES: Record<Outcome, { code: string; zh: string; en: string }> = {
  eligible: { code: "met", zh: "符合", en: "Eligible" },
  ineligible: { code: "not_met", zh: "不符合", en: "Not eligible" },
  undetermined: { code: "missing", zh: "尚不能确定", en: "Not yet determined" },
};

/** The reason a measure gives for a program it follows, for each outcome of the program (made once). */
function programReasons(measure: Measure, id: ProgramId): Record<Outcome, ProgramReason> {
  const name = PROGRAM_NAMES[id];
  const reason = (outcome: Outcome): ProgramReason => {
    const { code, zh, en } = PROGRAM_OUTCOMES[outcome];
    return {
      code: `${measure.id}.program.${id}.${code}`,
      message: text(`${zh}：${name["zh-CN"]}（理由见 programs）`, `${en}: ${name.en} (see programs)`),
      citation: measure.citation,
      program: id,
    };
  };
  return { eligible: reason("eligible"), ineligible: reason("ineligible"), undetermined: reason("undetermined") };
}

/**
 * A program as a benefit of the measure: its outcome and missing facts, with
 * one reason (and one trace entry) that names it (`program`) instead of its
 * own, which the answer gives once, under `programs`.
 */
function followed(context: EvaluationContext, reasons: Record<Outcome, ProgramReason>, result: RuleResult): RuleResult {
  const { outcome, missingFacts } = result;
  const reason = reasons[outcome];
  const trace = context.explain
    ? [{ rule: reason.code, outcome, inputs: {}, parameters: [], citation: reason.citation }]
    : [];
  return { outcome, reasons: [reason], missingFacts, trace };
}

/** The programs a measure follows, as benefits. */
function program(measure: Measure, ...ids: ProgramId[]): Benefits {
  const followedPrograms = ids.map((id) => ({ id, reasons: programReasons(measure, id) }));
  return {
    evaluate: (context, programs) =>
      followedPrograms.map(({ id, reasons }) => followed(context, reasons, programs[id].result)),
    follows: ids,
  };
}

/** Both, in this order. */
function both(first: Benefits, second: Benefits): Benefits {
  return {
    evaluate: (context, programs) => [...first.evaluate(context, programs), ...second.evaluate(context, programs)],
    follows: [...first.follows, ...second.follows],
  };
}

/** In the order of the policy. */
export const MEASURE_RULES: readonly MeasureRule[] = [
  define("M01", {
    benefits: (m) => both(own("M01"), program(m, "high-tech-enterprise", "import-tax-exemption")),
  }),
  define("M02", { benefits: () => own("M02") }),
  define("M03", { benefits: () => own("M03") }),
  define("M04", {
    how: text(
      "向所在地省级人民政府及其有关部门申请要素保障",
      "Apply to the provincial government for land, equipment and infrastructure support",
    ),
    benefits: () => own("M04"),
  }),
  define("M05", {
    how: text(
      "向所在地商务主管部门提出融资需求，参加银企对接",
      "Tell the local commerce department your financing needs and join its bank–enterprise matchmaking",
    ),
    benefits: () => own("M05"),
  }),
  define("M06", { benefits: () => own("M06") }),
  define("M07", { benefits: (m) => program(m, "data-export-pathway") }),
  define("M08", { benefits: () => own("M08") }),
  define("M09", {
    benefits: (m) => both(program(m, "customs-temporary-import-extension"), own("M09")),
  }),
  define("M10", { benefits: (m) => program(m, "team-work-permit") }),
  define("M11", { benefits: (m) => program(m, "talent-title-green-channel") }),
  define("M12", {
    how: text(
      "向所在地人民政府及其人才、教育、科技部门申请",
      "Apply to the local government and its talent, education and science departments",
    ),
    benefits: () => own("M12"),
  }),
  define("M13", {
    how: text(
      "向开户金融机构申请办理跨境资金收付",
      "Ask the banks that hold the accounts to handle the cross-border payments",
    ),
    benefits: () => own("M13"),
  }),
  define("M14", { benefits: () => own("M14") }),
  define("M15", { benefits: () => own("M15") }),
  define("M16", { benefits: () => own("M16") }),
];

export function evaluateMeasure(rule: MeasureRule, context: EvaluationContext, programs: ProgramResults): RuleResult {
  return underRegime(context, rule.regime, () => rule.evaluate(context, programs));
}
