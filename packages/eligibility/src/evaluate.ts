/**
 * An eligibility check: the measures asked for and the programs they follow
 * (every measure and every program when none are named), for one center on
 * one date. Pure: the same profile and options give the same answer.
 */
import { type IsoDate, type MeasureId, type RuleResult, text } from "@rdc/core";
import { evaluateMeasure, MEASURE_RULES, type ProgramResults } from "./measures";
import type { CenterProfile } from "./profile";
import { PROGRAMS, type ProgramEvaluation, type ProgramId } from "./programs";
import type { EligibilityResult, NextStep, TraceGroup } from "./result";
import type { EvaluationContext } from "./rules/context";

export interface EligibilityOptions {
  asOf: IsoDate;
  /**
   * The measures to answer for, in any order; all 16 when absent. Results come
   * in the policy's order, with the programs those measures follow (all of them
   * when absent).
   */
  measures?: readonly MeasureId[];
  /** Add the trace: every rule evaluated, its inputs, the parameters in force on `asOf`, its citation. */
  explain: boolean;
}

export interface EligibilityTrace {
  programs: TraceGroup<ProgramId>[];
  measures: TraceGroup<MeasureId>[];
}

export interface EligibilityEvaluation {
  measures: EligibilityResult<MeasureId>[];
  programs: EligibilityResult<ProgramId>[];
  /** Only when `explain` was asked for. */
  trace?: EligibilityTrace;
}

export const PROVIDE_MISSING_FACTS: NextStep = {
  code: "provide-missing-facts",
  message: text("补充 missingFacts 所列事实后重新检查", "Supply the facts listed in missingFacts and check again"),
};

/** The items with the first of each code; lists are short, so a scan beats a set. */
function uniqueByCode<T extends { code: string }>(items: readonly T[]): T[] {
  const kept: T[] = [];
  outer: for (const item of items) {
    for (const k of kept) if (k.code === item.code) continue outer;
    kept.push(item);
  }
  return kept;
}

/** Next steps only for what the center is or may be eligible for; first the missing facts, if any. */
function stepsFor(result: RuleResult, steps: readonly NextStep[]): NextStep[] {
  if (result.outcome === "ineligible") return [];
  return uniqueByCode(result.outcome === "undetermined" ? [PROVIDE_MISSING_FACTS, ...steps] : steps);
}

function toResult<Id extends string>(id: Id, result: RuleResult, steps: readonly NextStep[]): EligibilityResult<Id> {
  return {
    id,
    outcome: result.outcome,
    reasons: uniqueByCode(result.reasons),
    missingFacts: [...result.missingFacts],
    nextSteps: stepsFor(result, steps),
  };
}

/** The steps of a followed program, unless the center cannot use it. */
function followedSteps(evaluation: ProgramEvaluation): readonly NextStep[] {
  return evaluation.result.outcome === "ineligible" ? [] : evaluation.nextSteps;
}

export function evaluateEligibility(center: CenterProfile, options: EligibilityOptions): EligibilityEvaluation {
  const context: EvaluationContext = { subject: center, asOf: options.asOf, explain: options.explain };
  const wanted = options.measures && new Set(options.measures);
  const rules = wanted ? MEASURE_RULES.filter((rule) => wanted.has(rule.measure.id)) : MEASURE_RULES;
  const followed = wanted && new Set(rules.flatMap((rule) => rule.follows));
  const answered = followed ? PROGRAMS.filter((p) => followed.has(p.id)) : PROGRAMS;

  // Only the programs answered: each measure reads those it follows, and no other.
  const evaluations = {} as Record<ProgramId, ProgramEvaluation>;
  for (const program of answered) evaluations[program.id] = program.evaluate(context);
  const programs: ProgramResults = evaluations;

  const measureRuns = rules.map((rule) => {
    const steps = [...rule.nextSteps];
    for (const id of rule.follows) steps.push(...followedSteps(programs[id]));
    return { id: rule.measure.id, result: evaluateMeasure(rule, context, programs), steps };
  });

  const evaluation: EligibilityEvaluation = {
    measures: measureRuns.map((run) => toResult(run.id, run.result, run.steps)),
    programs: answered.map((p) => toResult(p.id, programs[p.id].result, programs[p.id].nextSteps)),
  };
  if (!options.explain) return evaluation;
  return {
    ...evaluation,
    trace: {
      programs: answered.map((p) => ({ id: p.id, entries: programs[p.id].result.trace })),
      measures: measureRuns.map((run) => ({ id: run.id, entries: run.result.trace })),
    },
  };
}
