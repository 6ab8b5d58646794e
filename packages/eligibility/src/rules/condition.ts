/**
 * Conditions over a center's facts, as three-valued results of the core rule
 * kernel: a condition whose facts are missing is `undetermined` and names
 * them. A condition's reasons are built once, when it is defined (or once
 * per version of the figures it quotes), and the trace only when asked for:
 * a check without explanation allocates little.
 */
import {
  type Citation,
  type IsoDate,
  type Outcome,
  type Parameter,
  type ParameterValue,
  type Reason,
  type RuleResult,
  type Text,
  type TraceEntry,
  text,
  valueAsOf,
} from "@rdc/core";
import type { CenterProfile } from "../profile";
import type { Fact } from "./facts";

export interface EvaluationContext {
  readonly center: CenterProfile;
  readonly asOf: IsoDate;
  /** Build the trace (every rule, its inputs, the parameters in force)? */
  readonly explain: boolean;
}

type AnyFact = Fact<unknown>;
type FactValues<F extends readonly AnyFact[]> = { [K in keyof F]: F[K] extends Fact<infer T> ? T : never };

/** Shared by every result built without explanation; frozen so that no one can add to it. */
const NO_TRACE = Object.freeze([]) as unknown as TraceEntry[];
const NO_FACTS = Object.freeze([]) as unknown as string[];

/** A reason built once and handed to every result that needs it: frozen, so that no answer can change another. */
function shared(reason: Reason): Reason[] {
  Object.freeze(reason.message);
  return Object.freeze([Object.freeze(reason)]) as unknown as Reason[];
}

interface Open {
  reasons: Reason[];
  missingFacts: string[];
}

/** A condition as the text states it (e.g. 专职研究与试验发展人员不低于80人) and the facts it reads. */
export interface Condition<F extends readonly AnyFact[] = readonly AnyFact[]> {
  id: string;
  requires: Text;
  citation: Citation;
  facts: F;
  met: Reason[];
  notMet: Reason[];
  /** Reasons while undetermined, by the set of missing facts (a bit per fact). */
  open: Map<number, Open>;
}

export function defineCondition<const F extends readonly AnyFact[]>(
  id: string,
  requires: Text,
  citation: Citation,
  facts: F,
): Condition<F> {
  const reason = (status: string, zh: string, en: string) =>
    shared({ code: `${id}.${status}`, message: text(zh + requires["zh-CN"], en + requires.en), citation });
  return {
    id,
    requires,
    citation,
    facts,
    met: reason("met", "符合：", "Met: "),
    notMet: reason("not_met", "不符合：", "Not met: "),
    open: new Map(),
  };
}

function openReasons(condition: Condition, mask: number): Open {
  const cached = condition.open.get(mask);
  if (cached) return cached;
  const missing = condition.facts.filter((_, i) => mask & (1 << i));
  const { requires, citation } = condition;
  const message = text(
    `待定：${requires["zh-CN"]}（缺少${missing.map((f) => f.label["zh-CN"]).join("、")}）`,
    `Undetermined: ${requires.en} (missing ${missing.map((f) => f.label.en).join(", ")})`,
  );
  const open = {
    reasons: shared({ code: `${condition.id}.missing`, message, citation }),
    missingFacts: Object.freeze(missing.map((f) => f.path)) as string[],
  };
  condition.open.set(mask, open);
  return open;
}

/** The result of a condition, decided on its facts and the figures in force; `missing` from its own facts. */
export function conclude(
  context: EvaluationContext,
  condition: Condition,
  outcome: Outcome,
  parameters: readonly ParameterValue<unknown>[] = [],
  missing: readonly AnyFact[] = [],
): RuleResult {
  let reasons = outcome === "eligible" ? condition.met : condition.notMet;
  let missingFacts = NO_FACTS;
  if (outcome === "undetermined") {
    let mask = 0;
    for (const fact of missing) mask |= 1 << condition.facts.indexOf(fact);
    ({ reasons, missingFacts } = openReasons(condition, mask));
  }
  const trace = context.explain
    ? [traceEntry(context, condition.id, outcome, condition.facts, parameters, condition.citation)]
    : NO_TRACE;
  return { outcome, reasons, missingFacts, trace };
}

export function traceEntry(
  context: EvaluationContext,
  rule: string,
  outcome: Outcome,
  facts: readonly AnyFact[],
  parameters: readonly ParameterValue<unknown>[],
  citation: Citation,
  extraInputs: Record<string, unknown> = {},
): TraceEntry {
  const inputs: Record<string, unknown> = { ...extraInputs };
  for (const fact of facts) inputs[fact.path] = fact.read(context.center) ?? null;
  return { rule, outcome, inputs, parameters: [...parameters], citation };
}

/** `undetermined` while any of the condition's facts is missing, otherwise what `test` says of their values. */
export function check<const F extends readonly AnyFact[]>(
  context: EvaluationContext,
  condition: Condition<F>,
  test: (...values: FactValues<F>) => boolean,
  parameters: readonly ParameterValue<unknown>[] = [],
): RuleResult {
  const { facts } = condition;
  const values: unknown[] = [];
  let mask = 0;
  for (let i = 0; i < facts.length; i++) {
    const value = facts[i]?.read(context.center);
    if (value === undefined) mask |= 1 << i;
    values.push(value);
  }
  if (mask) return conclude(context, condition, "undetermined", parameters, missingOf(condition, mask));
  return conclude(context, condition, test(...(values as FactValues<F>)) ? "eligible" : "ineligible", parameters);
}

function missingOf(condition: Condition, mask: number): AnyFact[] {
  return condition.facts.filter((_, i) => mask & (1 << i));
}

/** A condition on one yes/no fact: it must be `expected`. */
export function isTrue(context: EvaluationContext, condition: Condition<readonly [Fact<boolean>]>, expected = true) {
  return check(context, condition, (value) => value === expected);
}

/**
 * A benefit the text grants without a further condition: always eligible,
 * with its own reason. The results are built once.
 */
export function defineGrant(
  code: string,
  message: Text,
  citation: Citation,
): (context: EvaluationContext) => RuleResult {
  const reasons = shared({ code, message, citation });
  const plain: RuleResult = { outcome: "eligible", reasons, missingFacts: NO_FACTS, trace: NO_TRACE };
  const explained: RuleResult = {
    ...plain,
    trace: [{ rule: code, outcome: "eligible", inputs: {}, parameters: [], citation }],
  };
  return (context) => (context.explain ? explained : plain);
}

/** The value of a figure on `asOf`; its absence while its program is in force is a defect of the rules. */
export function parameterOn<T>(parameter: Parameter<T>, asOf: IsoDate): ParameterValue<T> {
  const value = valueAsOf(parameter, asOf);
  if (!value) throw new Error(`parameter ${parameter.id} has no value on ${asOf}`);
  return value;
}

/**
 * Builds something once per combination of parameter versions, e.g. a
 * condition whose text quotes the figures in force.
 */
export function perVersion<const P extends readonly ParameterValue<unknown>[], R>(
  build: (...values: P) => R,
): (...values: P) => R {
  const built = new Map<string, R>();
  return (...values) => {
    const key = values.length === 1 ? (values[0]?.from ?? "") : values.map((v) => v.from).join("|");
    let found = built.get(key);
    if (found === undefined) {
      found = build(...values);
      built.set(key, found);
    }
    return found;
  };
}

/** Money compared in whole hundredths (fen), so that 5.1 / 102 is exactly 5 %. */
function toHundredths(value: number): number {
  return Math.round(value * 100);
}

/** numerator / denominator ≥ percent % (不低于); never met when the denominator is not positive. */
export function shareAtLeast(numerator: number, denominator: number, percent: number): boolean {
  if (denominator <= 0) return false;
  return toHundredths(numerator) * 100 >= percent * toHundredths(denominator);
}
