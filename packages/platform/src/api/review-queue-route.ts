import { SUBMISSION_STATUSES } from "@rdc/core";
import * as z from "zod";
import { REVIEW_SCOPES } from "../auth/caller";
import { problems } from "../http/problem";
import { route } from "../http/stack";
import type { SubmissionRecord } from "../submissions/model";
import { reviewQueuePageSchema } from "../submissions/response-schema";
import { pageQuery } from "../submissions/routes";
import { reviewQueue } from "../submissions/store";

/** A queued submission as the reviewer's list shows it: no payload. */
export function queueItemView(r: SubmissionRecord) {
  return {
    id: r.id,
    type: r.type,
    status: r.status,
    version: r.version,
    agency: r.agency,
    office: r.office,
    dueDate: r.due?.date ?? null,
    summary: r.summary,
    createdAt: r.createdAt,
  };
}

/** `GET /v1/review-queue`: a reviewer's queue, its agency only, by due date. */
export const reviewQueueRoute = route(
  {
    method: "GET",
    path: "/v1/review-queue",
    scopes: REVIEW_SCOPES,
    operationId: "listReviewQueue",
    summary: "The reviewer's agency queue, earliest due date first",
    description:
      "The submissions routed to the caller's agency (its `review:<agency>` scope), of one status (`under_review` by default) and optionally one intake type, earliest due date first; no payload. Open one with its intake's `GET`.",
    tag: {
      name: "review",
      description:
        "Agency reviewers (CAC, GACC, MOHRSS) work their queue here, then decide with the intake's `decisions` route.",
    },
    query: z.strictObject({
      type: z
        .string()
        .regex(/^[a-z][a-z-]{0,63}$/)
        .optional(),
      status: z.enum(SUBMISSION_STATUSES).default("under_review"),
      ...pageQuery,
    }),
    response: reviewQueuePageSchema,
    successStatus: 200,
  },
  async (ctx) => {
    const agency = ctx.caller.agency;
    if (!agency) throw problems.forbidden(REVIEW_SCOPES);
    const page = await reviewQueue(agency, ctx.query.status, ctx.query.type, ctx.query.limit, ctx.query.cursor);
    return {
      status: 200,
      body: {
        items: page.items.map(queueItemView),
        nextCursor: page.nextCursor,
      },
    };
  },
);
