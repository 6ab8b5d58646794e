export {
  type EligibilityEvaluation,
  type EligibilityOptions,
  type EligibilityTrace,
  evaluateEligibility,
  PROVIDE_MISSING_FACTS,
} from "./evaluate";
export * from "./functions";
export * from "./profile";
export { PROGRAM_IDS, PROGRAM_NAMES, type ProgramId } from "./programs";
export type { EligibilityResult, NextStep, TraceGroup } from "./result";
export * from "./routes";
export * from "./schema";
