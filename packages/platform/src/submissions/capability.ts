import type { IsoDate, ScreeningContext, ScreeningDecision, Text, WatchedDeadline } from "@rdc/core";
import type { ZodType } from "zod";
import type { Route } from "../http/stack";
import { registerPersonalPaths } from "../log/logger";
import { personalFields } from "../schema/personal";

/**
 * What an intake adds to the shared submission lifecycle: its payload schema,
 * its pure screening, and a few hooks. Everything else (storage, HTTP routes,
 * stream processing, events, deadlines) is the platform's.
 */
export interface IntakeCapability<P = unknown, S = unknown> {
  /** Stored as the submission's `type`; the stream filter value. */
  type: string;
  /** The collection path segment: `/v1/<collection>`. */
  collection: string;
  title: Text;
  /**
   * A strict schema (unknown fields are a 400), personal fields marked with
   * `personal(schema, kind)`: the marks alone decide what every list view
   * shows of them (core's masking policy), what the retention sweep erases
   * and what the logger redacts.
   */
  payload: ZodType<P>;
  screen(payload: P, context: ScreeningContext): ScreeningDecision<S>;
  /** A deadline to watch once approved (e.g. the new re-export deadline). */
  onApproved?(payload: P, screening: S): WatchedDeadline | null;
  /** A valid body filed on `filedOn` (the package's `examples.ts`): the fuzz routes, the docs and the bench file it. */
  example?(filedOn: IsoDate): P;
  /** Named valid bodies (the package's `VALID_EXAMPLES`): the create body's examples in the OpenAPI document. */
  examples?: Readonly<Record<string, P>>;
  /** `screening` as the client reads it (localized), for the OpenAPI document (the package's `screening-schema.ts`). */
  screeningSchema?: ZodType;
  /** Routes beyond the shared ones (e.g. a triage route), in the same function. */
  extraRoutes?: readonly Route<never, never>[];
}

const INTAKES = new Map<string, IntakeCapability>();

/**
 * Defines an intake and registers it by type, so that operations over every
 * intake (re-screening) find it, and its personal fields with the logger.
 */
export function defineIntake<P, S>(capability: IntakeCapability<P, S>): IntakeCapability<P, S> {
  INTAKES.set(capability.type, capability as IntakeCapability);
  registerPersonalPaths(personalFields(capability.payload).map((f) => f.path));
  return capability;
}

/** Every intake defined in this process, by type. */
export function definedIntakes(): ReadonlyMap<string, IntakeCapability> {
  return INTAKES;
}
