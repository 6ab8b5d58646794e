import { AGENCY_IDS, MEASURE_IDS } from "@rdc/core";
import { outcomeSchema, reasonSchema, sourceIndexShape, traceEntryBySourceSchema } from "@rdc/platform";
import * as z from "zod";
import { PROGRAM_IDS } from "./programs";

/**
 * An eligibility check as the client reads it (localized: every text is one
 * string), for the OpenAPI document; `answer-schema.test.ts` parses real
 * answers with it, strictly, so it cannot drift from `answer.ts`.
 */

const agencyId = z.enum(AGENCY_IDS).meta({ id: "ResponsibleAgencyId" });

/** A measure's reason may stand for a program's result, whose own reasons are under `programs`. */
const measureReasonSchema = reasonSchema
  .extend({ program: z.enum(PROGRAM_IDS).optional().meta({ description: "the program this reason stands for" }) })
  .meta({ id: "MeasureReason" });

function resultSchema<const Ids extends readonly [string, ...string[]]>(ids: Ids, reason: z.ZodType, id: string) {
  return z
    .strictObject({
      id: z.enum(ids),
      outcome: outcomeSchema,
      reasons: z.array(reason).meta({
        description: "why it holds or may hold (the deciding rules); each names its source in `sources`",
      }),
      missingFacts: z
        .array(z.string())
        .meta({ description: "`center.<path>` of every fact that would decide an `undetermined` result" }),
      nextSteps: z.array(z.string()).meta({ description: "keys of `steps`, in the order to take them" }),
    })
    .meta({ id });
}

export const nextStepSchema = z
  .strictObject({
    message: z.string(),
    href: z.string().optional().meta({ description: "the API path of the intake that files it" }),
    agencies: z.array(agencyId).optional().meta({ description: "the bodies responsible: keys of `agencies`" }),
  })
  .meta({ id: "NextStep" });

function traceGroupSchema<const Ids extends readonly [string, ...string[]]>(ids: Ids) {
  return z.strictObject({ id: z.enum(ids), entries: z.array(traceEntryBySourceSchema) });
}

export const eligibilityTraceSchema = z
  .strictObject({ programs: z.array(traceGroupSchema(PROGRAM_IDS)), measures: z.array(traceGroupSchema(MEASURE_IDS)) })
  .meta({
    id: "EligibilityTrace",
    description: "every rule evaluated, its inputs and the figures in force (`?explain=true`)",
  });

export const eligibilityCheckResponse = z
  .strictObject({
    id: z.string().meta({ description: "ULID" }),
    asOf: z.iso.date(),
    rulesVersion: z.string(),
    createdAt: z.iso.datetime(),
    measures: z.array(resultSchema(MEASURE_IDS, measureReasonSchema, "MeasureResult")),
    programs: z.array(resultSchema(PROGRAM_IDS, reasonSchema, "ProgramResult")),
    ...sourceIndexShape,
    steps: z.record(z.string(), nextStepSchema).meta({ description: "every next step named in the answer, by code" }),
    agencies: z
      .partialRecord(agencyId, z.string())
      .meta({ description: "every body the steps name, by id: its official name" }),
    trace: eligibilityTraceSchema.optional(),
    links: z.strictObject({ self: z.string() }),
  })
  .meta({ id: "EligibilityCheck" });
