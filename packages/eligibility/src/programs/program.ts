import type { RuleResult, Text } from "@rdc/core";
import type { NextStep } from "../result";
import type { EvaluationContext } from "../rules/context";

export const PROGRAM_IDS = [
  "import-tax-exemption",
  "high-tech-enterprise",
  "data-export-pathway",
  "customs-temporary-import-extension",
  "team-work-permit",
  "talent-title-green-channel",
] as const;
export type ProgramId = (typeof PROGRAM_IDS)[number];

export interface ProgramEvaluation {
  result: RuleResult;
  /** How to act on it, once eligible (or while undetermined, after supplying the missing facts). */
  nextSteps: readonly NextStep[];
}

/** A scheme a center applies to or a route it can use, decided from its profile. */
export interface Program {
  id: ProgramId;
  name: Text;
  evaluate(context: EvaluationContext): ProgramEvaluation;
}
