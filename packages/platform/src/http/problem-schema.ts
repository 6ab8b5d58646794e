import { SUBMISSION_STATUSES } from "@rdc/core";
import * as z from "zod";

/** One bad field of a request: where (`body.exporter.uscc`, `query.limit`, `header.if-match`), which rule, what to fix. */
export const fieldErrorSchema = z
  .strictObject({
    path: z.string().meta({ description: "`body.…`, `query.…`, `path.…` or `header.…`" }),
    code: z.string().meta({ description: "which rule the value broke, e.g. `invalid_format`, `required`" }),
    message: z.string().meta({ description: "what a person should fix, in the language of `Content-Language`" }),
  })
  .meta({ id: "FieldError" });

const transitionSchema = z.strictObject({
  from: z.enum(SUBMISSION_STATUSES),
  to: z.enum(SUBMISSION_STATUSES),
  actor: z.enum(["partner", "reviewer"]),
  action: z.string().meta({ description: "the route that makes it: `withdraw`, `supplement`, or a decision" }),
});

/**
 * An RFC 9457 problem as every function answers it (`application/problem+json`),
 * with the extension members some problem types add.
 */
export const problemSchema = z
  .strictObject({
    type: z.url().meta({ description: "`https://rdc-measures.dev/problems/<slug>`: what kind of problem" }),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    instance: z.string().optional().meta({ description: "the request's path" }),
    errors: z
      .array(fieldErrorSchema)
      .optional()
      .meta({ description: "each bad field (400 validation, 415, 422, 428; a 409 of an Idempotency-Key in flight)" }),
    requiredScopes: z
      .array(z.string())
      .optional()
      .meta({ description: "403: the caller needs one of these scopes (`owner`: only the submission's owner may)" }),
    currentStatus: z
      .enum(SUBMISSION_STATUSES)
      .optional()
      .meta({ description: "409 of the lifecycle: the submission's status now" }),
    allowedTransitions: z
      .array(transitionSchema)
      .optional()
      .meta({ description: "409 of the lifecycle: what partners and reviewers may do from `currentStatus`" }),
    currentETag: z.string().optional().meta({ description: "412: the ETag to read again and retry with" }),
    allow: z.array(z.string()).optional().meta({ description: "405 (local stack): the methods the path allows" }),
  })
  .meta({ id: "Problem" });

/** A 400 (or 415, 422, 428): a problem that names each bad field. */
export const validationProblemSchema = problemSchema
  .extend({ errors: z.array(fieldErrorSchema).min(1) })
  .meta({ id: "ValidationProblem" });

/**
 * What API Gateway answers itself in the cloud, before any function runs: a
 * missing or invalid token (401), a token without the route's scope (403), a
 * route or method the stage does not have (404).
 */
export const gatewayMessageSchema = z.strictObject({ message: z.string() }).meta({ id: "GatewayMessage" });
