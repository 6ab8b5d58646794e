import { FINDING_SEVERITIES } from "@rdc/core";
import * as z from "zod";

/**
 * Citations by reference, as the client reads them (localized): an answer
 * that cites the law carries each source once in `sources`, and every
 * reason, finding, material, clock and trace entry names its source by id
 * (core's `bySource`). A client resolves `source` in the answer's `sources`.
 */

export const sourceIdSchema = z.string().meta({
  id: "SourceId",
  description:
    "the instrument's id and the article, stable across answers, e.g. `pipl.art38`, `high-tech.measures-2016.art11-v`; a key of the answer's `sources`",
});

export const documentIdSchema = z.string().meta({
  id: "DocumentId",
  description: "the instrument's id, e.g. `pipl`, `cac-decree-16`; a key of the answer's `documents`",
});

/** An article cited: core's `Citation`, its document by id. */
export const sourceSchema = z
  .strictObject({
    document: documentIdSchema,
    article: z
      .string()
      .optional()
      .meta({ description: "in the instrument's own notation, e.g. 第九条第二款第（四）项" }),
    inForceFrom: z.iso.date(),
    quote: z.string().optional().meta({ description: "the words of the article the rule encodes" }),
    href: z
      .string()
      .optional()
      .meta({ description: "where this API publishes the article's whole text (then it is not quoted here)" }),
    unconfirmed: z.string().optional().meta({ description: "what has not yet been checked against the official text" }),
  })
  .meta({ id: "Source" });

/** Id → the instrument, the article, the day it took effect, the words quoted, what is unconfirmed. */
export const sourcesSchema = z.record(sourceIdSchema, sourceSchema).meta({ id: "Sources" });

/** Id → the instrument's title. */
export const documentsSchema = z.record(documentIdSchema, z.string()).meta({ id: "Documents" });

/** The two maps every answer by source carries. */
export const sourceIndexShape = { sources: sourcesSchema, documents: documentsSchema };

export const outcomeSchema = z.enum(["eligible", "ineligible", "undetermined"]).meta({ id: "Outcome" });

/** Why a rule applies or may apply (core's `Reason`). */
export const reasonSchema = z
  .strictObject({
    code: z
      .string()
      .meta({ description: "the rule's stable code and what it concluded, e.g. `decree16.art7.ciio.met`" }),
    message: z.string(),
    source: sourceIdSchema,
  })
  .meta({ id: "Reason" });

/** A figure in force on the day a rule was evaluated (core's `ParameterValue`). */
export const parameterValueBySourceSchema = z
  .strictObject({
    id: z.string(),
    value: z.unknown(),
    from: z.iso.date().meta({ description: "the version in force from this day applied" }),
    source: sourceIdSchema,
  })
  .meta({ id: "ParameterValueBySource" });

/** One rule as it was evaluated: what it read, which figures were in force, what it concluded. */
export const traceEntryBySourceSchema = z
  .strictObject({
    rule: z.string(),
    outcome: outcomeSchema,
    inputs: z.record(z.string(), z.unknown()),
    parameters: z.array(parameterValueBySourceSchema),
    source: sourceIdSchema,
  })
  .meta({ id: "TraceEntryBySource" });

/** What one rule concluded in a screening, as a reviewer reads it (core's `Finding`). */
export const findingSchema = z
  .strictObject({
    code: z.string(),
    outcome: outcomeSchema,
    severity: z.enum(FINDING_SEVERITIES),
    message: z.string(),
    source: sourceIdSchema,
  })
  .meta({ id: "Finding" });

/** Something to supply or correct before review; `field` is the payload's dotted path (core's `MissingItem`). */
export const missingItemSchema = z
  .strictObject({ field: z.string(), message: z.string(), source: sourceIdSchema })
  .meta({ id: "MissingItem" });

/** A screening's verdict: the most severe of its findings (core's `Verdict`). */
export const verdictSchema = z.enum(["rejected", "needs_info", "pass"]).meta({ id: "ScreeningVerdict" });
