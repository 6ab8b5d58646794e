export * from "./answer";
export * from "./answer-schema";
export {
  type EligibilityEvaluation,
  type EligibilityOptions,
  type EligibilityTrace,
  evaluateEligibility,
  PROVIDE_MISSING_FACTS,
} from "./evaluate";
export { FULL_PROFILE } from "./examples";
export * from "./functions";
export * from "./profile";
export { PROGRAM_IDS, PROGRAM_NAMES, type ProgramId } from "./programs";
export type { EligibilityResult, NextStep, TraceGroup } from "./result";
export * from "./routes";
export * from "./schema";
