/**
 * An eligibility evaluation as the API answers it: what repeats is named
 * once and referenced by id. Each cited source is in `sources` (a reason says
 * `source: "high-tech.measures-2016.art11-v"`), each next step in `steps` (a
 * result lists step codes), each responsible body in `agencies` (a step lists
 * agency ids). The trace, when asked for, names its sources the same way, in
 * a map of its own so that it can be stored and read apart from the answer.
 */
import {
  AGENCY_NAMES,
  type AgencyId,
  type BySource,
  bySource,
  emptySourceIndex,
  type IsoDate,
  type MeasureId,
  mergeSourceIndexes,
  type Outcome,
  type Reason,
  type SourceIndex,
  type Text,
} from "@rdc/core";
import type { EligibilityEvaluation, EligibilityTrace } from "./evaluate";
import type { ProgramId } from "./programs";
import type { EligibilityResult, NextStep, TraceGroup } from "./result";

/** One measure's or one program's answer, its sources and steps by reference. */
export interface AnswerResult<Id extends string = string> {
  id: Id;
  outcome: Outcome;
  reasons: BySource<Reason>[];
  missingFacts: string[];
  /** Codes of `steps`. */
  nextSteps: string[];
}

export interface Step {
  message: Text;
  href?: string;
  /** Ids of `agencies`. */
  agencies?: readonly AgencyId[];
}

export interface EligibilityAnswer extends SourceIndex {
  measures: AnswerResult<MeasureId>[];
  programs: AnswerResult<ProgramId>[];
  steps: Record<string, Step>;
  agencies: Partial<Record<AgencyId, Text>>;
}

/** The trace, with the sources and documents it names (some may be the answer's too). */
export interface AnswerTrace extends SourceIndex {
  programs: BySource<TraceGroup<ProgramId>>[];
  measures: BySource<TraceGroup<MeasureId>>[];
}

/** Each step once by code, each of its agencies once by id. */
function stepsOf(results: readonly EligibilityResult[]): Pick<EligibilityAnswer, "steps" | "agencies"> {
  const steps: Record<string, Step> = {};
  const agencies: Partial<Record<AgencyId, Text>> = {};
  const add = ({ code, message, href, agencies: ids }: NextStep) => {
    if (code in steps) return;
    steps[code] = { message, ...(href ? { href } : {}), ...(ids?.length ? { agencies: ids } : {}) };
    for (const id of ids ?? []) agencies[id] ??= AGENCY_NAMES[id];
  };
  for (const result of results) for (const step of result.nextSteps) add(step);
  return { steps, agencies };
}

function referenced<Id extends string>(result: EligibilityResult<Id>, index: SourceIndex): AnswerResult<Id> {
  return {
    id: result.id,
    outcome: result.outcome,
    reasons: bySource(result.reasons, index),
    missingFacts: result.missingFacts,
    nextSteps: result.nextSteps.map((s) => s.code),
  };
}

export function toAnswer(evaluation: EligibilityEvaluation): EligibilityAnswer {
  const index = emptySourceIndex();
  const measures = evaluation.measures.map((m) => referenced(m, index));
  const programs = evaluation.programs.map((p) => referenced(p, index));
  return { measures, programs, ...index, ...stepsOf([...evaluation.measures, ...evaluation.programs]) };
}

/** The evaluation's trace by reference. */
export function toAnswerTrace(trace: EligibilityTrace): AnswerTrace {
  const index = emptySourceIndex();
  const group = <Id extends string>(g: TraceGroup<Id>) => ({ id: g.id, entries: bySource(g.entries, index) });
  const programs = trace.programs.map(group);
  const measures = trace.measures.map(group);
  return { programs, measures, ...index };
}

/** What a stored check says of itself. */
export interface CheckMeta {
  id: string;
  asOf: IsoDate;
  rulesVersion: string;
  createdAt: string;
}

/** The body of a check: the trace's sources join the answer's, so every `source` id is in `sources` (and every `document` in `documents`). */
export function checkBody(check: CheckMeta, answer: EligibilityAnswer, trace: AnswerTrace | null) {
  return {
    id: check.id,
    asOf: check.asOf,
    rulesVersion: check.rulesVersion,
    createdAt: check.createdAt,
    measures: answer.measures,
    programs: answer.programs,
    ...(trace ? mergeSourceIndexes(answer, trace) : { sources: answer.sources, documents: answer.documents }),
    steps: answer.steps,
    agencies: answer.agencies,
    ...(trace ? { trace: { programs: trace.programs, measures: trace.measures } } : {}),
    links: { self: `/v1/eligibility-checks/${check.id}` },
  };
}
