import { SUBMISSION_STATUSES } from "@rdc/core";
import * as z from "zod";
import { REVIEW_SCOPES } from "../auth/caller";
import { problems } from "../http/problem";
import { route } from "../http/stack";
import { pageQuery } from "../submissions/routes";
import { reviewQueue } from "../submissions/store";

/** `GET /v1/review-queue`: a reviewer's queue, its agency only, by due date. */
export const reviewQueueRoute = route(
  {
    method: "GET",
    path: "/v1/review-queue",
    scopes: REVIEW_SCOPES,
    operationId: "review_queue",
    summary: "The reviewer's agency queue, earliest due date first",
    query: z.strictObject({
      type: z
        .string()
        .regex(/^[a-z][a-z-]{0,63}$/)
        .optional(),
      status: z.enum(SUBMISSION_STATUSES).default("under_review"),
      ...pageQuery,
    }),
    successStatus: 200,
  },
  async (ctx) => {
    const agency = ctx.caller.agency;
    if (!agency) throw problems.forbidden(REVIEW_SCOPES);
    const page = await reviewQueue(agency, ctx.query.status, ctx.query.type, ctx.query.limit, ctx.query.cursor);
    return {
      status: 200,
      body: {
        items: page.items.map((r) => ({
          id: r.id,
          type: r.type,
          status: r.status,
          version: r.version,
          agency: r.agency,
          office: r.office,
          dueDate: r.due?.date ?? null,
          summary: r.summary,
          createdAt: r.createdAt,
        })),
        nextCursor: page.nextCursor,
      },
    };
  },
);
