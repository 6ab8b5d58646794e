/**
 * Default rules with their exceptions, as the texts write them: "……的，从其规定",
 * "但是……", "除外", "不含". An exception is never a nested `if` inside the
 * default: it is a branch of its own, considered before the default in the
 * priority the text gives it (as Catala writes exceptions).
 */
import type { RuleResult, TraceEntry } from "./outcome";

/** One possible conclusion with the rule that leads to it. */
export interface Branch<T> {
  conclusion: T;
  result: RuleResult;
}

export interface Resolution<T> {
  /** The first branch that applies, when no earlier undetermined branch could lead elsewhere. */
  decided: Branch<T> | null;
  /** The branches that were read, in order, up to the deciding one. */
  considered: Branch<T>[];
  missingFacts: string[];
}

/**
 * Priority order: the first branch that applies wins. An undetermined branch
 * before it leaves the answer open, unless it would lead to the same
 * conclusion (`same`). When open, the missing facts are those of the
 * undetermined branches up to the last one that could lead elsewhere: facts
 * that cannot change the answer are not asked for.
 */
export function firstApplicable<T>(
  branches: readonly Branch<T>[],
  same: (a: T, b: T) => boolean = Object.is,
): Resolution<T> {
  const considered: Branch<T>[] = [];
  const open: Branch<T>[] = [];
  for (const branch of branches) {
    considered.push(branch);
    if (branch.result.outcome === "eligible") {
      const lastElsewhere = open.findLastIndex((b) => !same(b.conclusion, branch.conclusion));
      if (lastElsewhere < 0) return { decided: branch, considered, missingFacts: [] };
      return { decided: null, considered, missingFacts: missingIn(open.slice(0, lastElsewhere + 1)) };
    }
    if (branch.result.outcome === "undetermined") open.push(branch);
  }
  return { decided: null, considered, missingFacts: missingIn(open) };
}

/**
 * A default rule and its exceptions ("但是" clauses), the exceptions in the
 * priority the text gives them: the first exception that applies displaces
 * the default; with none applying, the default's own result decides.
 */
export function withExceptions<T>(
  byDefault: Branch<T>,
  exceptions: readonly Branch<T>[],
  same?: (a: T, b: T) => boolean,
): Resolution<T> {
  return firstApplicable([...exceptions, byDefault], same);
}

/** Every missing fact of the branches, once, in order (a scan: the lists are short). */
function missingIn(branches: readonly Branch<unknown>[]): string[] {
  const missing: string[] = [];
  for (const b of branches) for (const f of b.result.missingFacts) if (!missing.includes(f)) missing.push(f);
  return missing;
}

/**
 * A resolution as one rule result: the deciding branch's (with the trace of
 * every branch read); open, with the facts that could decide it; otherwise
 * not met, with the reasons of every branch that failed.
 */
export function resultOf<T>(resolution: Resolution<T>): RuleResult {
  const { decided, considered, missingFacts } = resolution;
  // A plain loop and the fields written out rather than flatMap and a spread: the customs route
  // resolves here on every check.
  const trace: TraceEntry[] = [];
  for (const b of considered) trace.push(...b.result.trace);
  if (decided) {
    const { outcome, reasons } = decided.result;
    return { outcome, reasons, missingFacts: decided.result.missingFacts, trace };
  }
  const open = missingFacts.length > 0;
  const deciding = open ? considered.filter((b) => b.result.outcome === "undetermined") : considered;
  return {
    outcome: open ? "undetermined" : "ineligible",
    reasons: deciding.flatMap((b) => b.result.reasons),
    missingFacts: open ? [...missingFacts] : [],
    trace,
  };
}
