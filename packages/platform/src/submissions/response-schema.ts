import { SUBMISSION_STATUSES } from "@rdc/core";
import * as z from "zod";
import { agencySchema, dueDateSchema, officeSchema } from "../schema/localized";
import { personalData } from "../schema/personal";
import { sourceIndexShape, traceEntryBySourceSchema } from "../schema/sources";
import type { IntakeCapability } from "./capability";

/**
 * The answers of an intake's routes as the client reads them (localized), for
 * the OpenAPI document; `response-schema.test.ts` parses real answers of
 * `service.ts` and `store.ts` with them, strictly, so they cannot drift.
 */

const timestamp = z.iso.datetime();
const status = z.enum(SUBMISSION_STATUSES).meta({ id: "SubmissionStatus" });

/** What the rules in force now would decide for a submission screened under older ones. */
const rulesChangeSchema = z
  .strictObject({
    screenedUnderRulesVersion: z.string().nullable(),
    rulesVersion: z.string(),
    wouldDecide: z.strictObject({ status, agency: agencySchema.nullable(), summary: z.string() }),
  })
  .meta({ id: "RulesChange" });

const linksSchema = z
  .strictObject({
    self: z.string(),
    history: z.string(),
    withdraw: z.string().optional().meta({ description: "while the submission is not final" }),
    supplements: z.string().optional().meta({ description: "while it is `needs_info`" }),
    decisions: z.string().optional().meta({ description: "while it is `under_review`" }),
  })
  .meta({ id: "SubmissionLinks" });

/** Why the screening decided as it did (`?explain=true`): the stored payload screened again with the trace on. */
export const screeningExplanationSchema = z
  .strictObject({
    rulesVersion: z.string().meta({ description: "the rules in force now, which made this trace" }),
    screenedUnderRulesVersion: z.string().nullable(),
    sameRules: z.boolean().meta({ description: "the stored screening was made under the rules in force now" }),
    trace: z.array(traceEntryBySourceSchema),
    ...sourceIndexShape,
  })
  .meta({ id: "ScreeningExplanation" });

/** The screening of an intake that declares no `screeningSchema` (the end-to-end tests' test intake). */
export const openScreeningSchema = z
  .record(z.string(), z.unknown())
  .meta({ description: "the intake's record of why it decided (findings, citations, missing items)" });

/** The intake's names in the document: `DataExportAssessment` for `data-export-assessments`. */
export function resourceName(capability: Pick<IntakeCapability, "collection">): string {
  return capability.collection.replace(/(^|-)(\w)/g, (_, _sep, c: string) => c.toUpperCase()).replace(/s$/, "");
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  checks?: z.core.$ZodCheck<unknown[]>[];
}

/**
 * The payload as a submission shows it: every field marked `personal()` is
 * optional, because the retention sweep erases it once the submission has been
 * final for the retention period (`personalDataErasedAt`, README "Security and
 * privacy"). Objects, arrays, optional and nullable values are followed to the
 * marked fields; the rest is kept as it is.
 */
export function erasable(schema: z.ZodType): { schema: z.ZodType; personal: boolean } {
  if (personalData.get(schema)) return { schema, personal: true };
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case "object": {
      const fields = Object.entries(def.shape ?? {}).map(([key, child]) => [key, erasable(child)] as const);
      const shape = Object.fromEntries(
        fields.map(([key, field]) => [
          key,
          field.personal
            ? field.schema
                .optional()
                .meta({ description: "personal data: absent once erased (`personalDataErasedAt`)" })
            : field.schema,
        ]),
      );
      // An object of personal fields only is left empty by the erasure, and goes whole (core's `withoutPersonal`).
      const emptied = fields.length > 0 && fields.every(([, field]) => field.personal);
      return { schema: (schema as z.ZodObject).safeExtend(shape), personal: emptied };
    }
    case "array": {
      const item = erasable(def.element as z.ZodType);
      return { schema: z.array(item.schema).check(...(def.checks ?? [])), personal: item.personal };
    }
    case "optional":
    case "nullable": {
      const inner = erasable(def.innerType as z.ZodType);
      return {
        schema: def.type === "optional" ? inner.schema.optional() : inner.schema.nullable(),
        personal: inner.personal,
      };
    }
    default:
      return { schema, personal: false };
  }
}

/** The create body, named `DataExportAssessmentRequest` in the document (the triage route takes the same). */
export function requestSchemaOf<P>(capability: Pick<IntakeCapability<P>, "collection" | "payload">) {
  return capability.payload.meta({ id: `${resourceName(capability)}Request` });
}

/** The fields every view of a submission has, around its payload and screening. */
function envelope(capability: IntakeCapability, payload: z.ZodType, screening: z.ZodType) {
  return {
    id: z.string().meta({ description: "ULID" }),
    type: z.literal(capability.type),
    status,
    version: z.number().int().min(1).meta({ description: 'the `ETag` is `"v<version>"`' }),
    createdAt: timestamp,
    updatedAt: timestamp,
    receivedAt: timestamp.meta({ description: "when it was last (re)submitted for screening" }),
    payload,
    personalDataErasedAt: timestamp
      .nullable()
      .meta({ description: "when the personal fields of the final submission were erased (retention)" }),
    screening: screening.nullable().meta({ description: "null until screened" }),
    rulesVersion: z.string().nullable().meta({ description: "the rules the screening was made under" }),
    rulesChange: rulesChangeSchema.nullable(),
    summary: z.string().nullable().meta({ description: "one line: why this status" }),
    agency: agencySchema.nullable(),
    office: officeSchema.nullable(),
    dueDate: z.iso.date().nullable().meta({ description: "while under review: when the review is due" }),
    due: dueDateSchema.nullable(),
    links: linksSchema,
  };
}

/**
 * The schemas of one intake's answers: the submission (whole, as the single
 * GET and every change answer it), a page of the caller's own (personal
 * fields masked), and the triage answer.
 */
export function submissionSchemas(capability: IntakeCapability, screening: z.ZodType) {
  const name = resourceName(capability);
  const submission = z
    .strictObject({
      ...envelope(capability, erasable(capability.payload).schema.meta({ id: `${name}Payload` }), screening),
      explanation: screeningExplanationSchema
        .nullable()
        .optional()
        .meta({ description: "with `?explain=true`: null before the first screening" }),
    })
    .meta({ id: name, description: `A ${capability.title.en}, whole (to its owner and the routed reviewer)` });
  const masked = z.record(z.string(), z.unknown()).meta({
    description:
      "the payload with personal fields masked: names as initials, document numbers as `*` and their last 3, no contact data or birth dates",
  });
  const listItem = z
    .strictObject(envelope(capability, masked, screening))
    .meta({ id: `${name}ListItem`, description: `A ${capability.title.en} as a list shows it` });
  const page = z
    .strictObject({
      items: z.array(listItem),
      nextCursor: z.string().nullable().meta({ description: "pass as `cursor` for the next page; null on the last" }),
    })
    .meta({ id: `${name}Page` });
  return { submission, page };
}

/** What an intake's pure screening decides (core's `ScreeningDecision`, localized), e.g. the triage answer. */
export function screeningDecisionSchema(capability: Pick<IntakeCapability, "collection">, screening: z.ZodType) {
  return z
    .strictObject({
      status: z.enum(["under_review", "needs_info", "not_required", "rejected"]),
      agency: agencySchema.nullable(),
      office: officeSchema.nullable(),
      due: dueDateSchema.nullable(),
      summary: z.string(),
      screening,
    })
    .meta({ id: `${resourceName(capability)}ScreeningDecision` });
}

/** One entry of a submission's audit trail. */
export const historyEntrySchema = z
  .strictObject({
    seq: z.number().int().min(1),
    at: timestamp,
    actor: z.strictObject({ kind: z.enum(["system", "partner", "reviewer"]), id: z.string() }),
    action: z.string(),
    from: status.nullable(),
    to: status,
    reason: z.string().nullable(),
  })
  .meta({ id: "HistoryEntry" });

export const historySchema = z
  .strictObject({ submissionId: z.string(), items: z.array(historyEntrySchema) })
  .meta({ id: "SubmissionHistory" });

/** One submission of a reviewer's queue: no payload. */
export const reviewQueueItemSchema = z
  .strictObject({
    id: z.string(),
    type: z.string(),
    status,
    version: z.number().int().min(1),
    agency: agencySchema.nullable(),
    office: officeSchema.nullable(),
    dueDate: z.iso.date().nullable(),
    summary: z.string().nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "ReviewQueueItem" });

export const reviewQueuePageSchema = z
  .strictObject({
    items: z.array(reviewQueueItemSchema),
    nextCursor: z.string().nullable().meta({ description: "pass as `cursor` for the next page; null on the last" }),
  })
  .meta({ id: "ReviewQueuePage" });
