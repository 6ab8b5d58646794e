import type { Text } from "../i18n";
import type { Citation, IsoDate } from "./citation";

/** One value of a parameter, in force from `from` until the next version's `from`. */
export interface ParameterVersion<T> {
  from: IsoDate;
  value: T;
  citation: Citation;
}

/**
 * A figure taken from a legal text, with every value it has had. A version
 * whose value is `null` means the parameter does not exist in that period
 * (e.g. before a regime starts, or after a program lapses).
 */
export interface Parameter<T> {
  id: string;
  description: Text;
  versions: readonly ParameterVersion<T | null>[];
}

export interface ParameterValue<T> {
  id: string;
  value: T;
  from: IsoDate;
  citation: Citation;
}

export function defineParameter<T>(
  id: string,
  description: Text,
  versions: ParameterVersion<T | null>[],
): Parameter<T> {
  const sorted = [...versions].sort((a, b) => a.from.localeCompare(b.from));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]?.from === sorted[i - 1]?.from)
      throw new Error(`parameter ${id}: two versions from ${sorted[i]?.from}`);
  }
  const parameter = { id, description, versions: sorted };
  PARAMETERS.push(parameter as Parameter<unknown>);
  return parameter;
}

const PARAMETERS: Parameter<unknown>[] = [];

/** Every parameter defined so far (all of a package's, once it is imported): the README's table of figures. */
export function parameters(): readonly Parameter<unknown>[] {
  return PARAMETERS;
}

/** The version in force on `asOf`, or undefined if none (before the first version, or a `null` gap). */
export function valueAsOf<T>(parameter: Parameter<T>, asOf: IsoDate): ParameterValue<T> | undefined {
  let found: ParameterVersion<T | null> | undefined;
  for (const version of parameter.versions) {
    if (version.from <= asOf) found = version;
    else break;
  }
  if (!found || found.value === null) return undefined;
  return { id: parameter.id, value: found.value, from: found.from, citation: found.citation };
}

/** A parameter read on a date it has no value for: a gap in the rules, never a guess. */
export class ParameterNotInForce extends Error {
  constructor(
    readonly parameterId: string,
    readonly asOf: IsoDate,
    readonly inForce: readonly { from: IsoDate; to: IsoDate | null }[],
  ) {
    const periods = inForce.map((p) => `${p.from}..${p.to ?? ""}`).join(", ") || "none";
    super(`parameter ${parameterId} has no value in force on ${asOf} (in force: ${periods})`);
    this.name = "ParameterNotInForce";
  }
}

/**
 * The value of a parameter in force on `asOf`: the one way to read a figure
 * the rules need. Outside the periods it has a value, it throws
 * `ParameterNotInForce` naming the parameter, the date and the periods.
 */
export function inForceOn<T>(parameter: Parameter<T>, asOf: IsoDate): ParameterValue<T> {
  const value = valueAsOf(parameter, asOf);
  if (value) return value;
  const { versions } = parameter;
  const periods = versions.flatMap((v, i) =>
    v.value === null ? [] : [{ from: v.from, to: versions[i + 1]?.from ?? null }],
  );
  throw new ParameterNotInForce(parameter.id, asOf, periods);
}
