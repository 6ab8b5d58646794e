import type { AgencyId, Outcome, Reason, Text, TraceEntry } from "@rdc/core";
import type { ProgramId } from "./programs/program";

/** Something the center can do next: apply somewhere, supply facts, contact an agency. */
export interface NextStep {
  code: string;
  message: Text;
  /** The API path of the intake that files it, where this platform has one. */
  href?: string;
  /** The bodies responsible (an answer names each once, in its `agencies`). */
  agencies?: readonly AgencyId[];
}

/** A measure's reason that stands for a program's result: the program's own reasons are under `programs`. */
export interface ProgramReason extends Reason {
  program: ProgramId;
}

/** One measure's or one program's answer. */
export interface EligibilityResult<Id extends string = string> {
  id: Id;
  outcome: Outcome;
  reasons: Reason[];
  /** `center.<path>` of every fact that would decide an `undetermined` result; empty otherwise. */
  missingFacts: string[];
  nextSteps: NextStep[];
}

/** Every rule evaluated for one result, in order. */
export interface TraceGroup<Id extends string = string> {
  id: Id;
  entries: TraceEntry[];
}
