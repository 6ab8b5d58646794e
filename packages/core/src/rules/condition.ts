/**
 * Conditions as the texts state them, over the facts of a subject (a center's
 * profile, an intake's payload): a condition whose facts are missing is
 * `undetermined` and names them. A condition's reasons are built once, when it
 * is defined (or once per version of the figures it quotes), and the trace
 * only when asked for: an evaluation without explanation allocates little.
 */
import { type Text, text } from "../i18n";
import type { Citation, IsoDate } from "./citation";
import type { Outcome, Reason, RuleResult, TraceEntry } from "./outcome";
import type { ParameterValue } from "./parameter";

/** What every rule reads: the subject, the day the rules are applied as of, and whether to build the trace. */
export interface RuleContext<S> {
  readonly subject: S;
  readonly asOf: IsoDate;
  /** Build the trace (every rule, its inputs, the parameters in force)? */
  readonly explain: boolean;
}

/** A fact of the subject: the path `missingFacts` names it by, and a label a person reads when it is missing. */
export interface Fact<S, T> {
  path: string;
  label: Text;
  read(subject: S): T | undefined;
}

export function fact<S, T>(path: string, label: Text, read: (subject: S) => T | undefined): Fact<S, T> {
  return { path, label, read };
}

// biome-ignore lint/suspicious/noExplicitAny: a condition reads facts of any value type
type AnyFact<S> = Fact<S, any>;
type FactValues<F extends readonly unknown[]> = { [K in keyof F]: F[K] extends Fact<unknown, infer T> ? T : never };

/** Shared by every result built without explanation; frozen so that no one can add to it. */
export const NO_TRACE = Object.freeze([]) as unknown as TraceEntry[];
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

/** A condition as the text states it (e.g. 专职研究与试验发展人员不低于80人), its citation and the facts it reads. */
export interface Condition<S = never, F extends readonly AnyFact<S>[] = readonly AnyFact<S>[]> {
  id: string;
  requires: Text;
  citation: Citation;
  facts: F;
  met: Reason[];
  notMet: Reason[];
  /** Reasons while undetermined, by the set of missing facts (a bit per fact). */
  open: Map<number, Open>;
}

export function defineCondition<S, const F extends readonly AnyFact<S>[]>(
  id: string,
  requires: Text,
  citation: Citation,
  facts: F,
): Condition<S, F> {
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

function openReasons<S>(condition: Condition<S>, mask: number): Open {
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
export function conclude<S>(
  context: RuleContext<S>,
  condition: Condition<S>,
  outcome: Outcome,
  parameters: readonly ParameterValue<unknown>[] = [],
  missing: readonly AnyFact<S>[] = [],
): RuleResult {
  let reasons = outcome === "eligible" ? condition.met : condition.notMet;
  let missingFacts = NO_FACTS;
  if (outcome === "undetermined") {
    let mask = 0;
    for (const f of missing) mask |= 1 << condition.facts.indexOf(f);
    ({ reasons, missingFacts } = openReasons(condition, mask));
  }
  const trace = context.explain
    ? [traceEntry(context, condition.id, outcome, condition.facts, parameters, condition.citation)]
    : NO_TRACE;
  return { outcome, reasons, missingFacts, trace };
}

/** One trace entry: the rule, the facts it read (null when missing), the parameters in force, its citation, its outcome. */
export function traceEntry<S>(
  context: RuleContext<S>,
  rule: string,
  outcome: Outcome,
  facts: readonly AnyFact<S>[],
  parameters: readonly ParameterValue<unknown>[],
  citation: Citation,
  extraInputs: Record<string, unknown> = {},
): TraceEntry {
  const inputs: Record<string, unknown> = { ...extraInputs };
  for (const f of facts) inputs[f.path] = f.read(context.subject) ?? null;
  return { rule, outcome, inputs, parameters: [...parameters], citation };
}

/** `undetermined` while any of the condition's facts is missing, otherwise what `test` says of their values. */
export function check<S, const F extends readonly AnyFact<S>[]>(
  context: RuleContext<S>,
  condition: Condition<S, F>,
  test: (...values: FactValues<F>) => boolean,
  parameters: readonly ParameterValue<unknown>[] = [],
): RuleResult {
  const { facts } = condition;
  const values: unknown[] = [];
  let mask = 0;
  for (let i = 0; i < facts.length; i++) {
    const value = facts[i]?.read(context.subject);
    if (value === undefined) mask |= 1 << i;
    values.push(value);
  }
  if (mask)
    return conclude(
      context,
      condition,
      "undetermined",
      parameters,
      facts.filter((_, i) => mask & (1 << i)),
    );
  return conclude(context, condition, test(...(values as FactValues<F>)) ? "eligible" : "ineligible", parameters);
}

/** A condition on one yes/no fact: it must be `expected`. */
export function isTrue<S>(
  context: RuleContext<S>,
  condition: Condition<S, readonly [Fact<S, boolean>]>,
  expected = true,
): RuleResult {
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
): (context: { readonly explain: boolean }) => RuleResult {
  const reasons = shared({ code, message, citation });
  const plain: RuleResult = { outcome: "eligible", reasons, missingFacts: NO_FACTS, trace: NO_TRACE };
  const explained: RuleResult = {
    ...plain,
    trace: [{ rule: code, outcome: "eligible", inputs: {}, parameters: [], citation }],
  };
  return (context) => (context.explain ? explained : plain);
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
