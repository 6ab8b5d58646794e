import { decodeTime, encodeTime } from "ulid";
import * as z from "zod";
import { SCOPES } from "../auth/caller";
import { queryPage, tableName } from "../dynamo/client";
import { problems } from "../http/problem";
import { ULID } from "../http/router";
import { route } from "../http/stack";
import { type DomainEvent, domainEventSchema } from "./model";

/**
 * Events become visible in the feed only once they are older than this, so a
 * transaction that took its event id a moment ago and commits late can never
 * land behind a cursor a consumer already holds: following the cursor sees
 * every event once and in order.
 */
const settleMs = () => Number(process.env.FEED_SETTLE_MS ?? 2000);

export const eventPageSchema = z
  .strictObject({
    items: z.array(domainEventSchema),
    nextCursor: z.string().nullable().meta({
      description: "the last event id seen (or the `after` given): pass it as `after`; null before any event",
    }),
  })
  .meta({ id: "EventPage" });

const feedQuery = z.strictObject({
  after: z.string().regex(ULID, "an event id from a previous page's nextCursor").optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/**
 * `GET /v1/events`: a partner's events (those of its own submissions) or a
 * reviewer's (those of its agency), oldest first. The cursor is the last event
 * id seen; ids only ever grow, and another caller's cursor reveals nothing.
 */
export const eventFeedRoute = route(
  {
    method: "GET",
    path: "/v1/events",
    scopes: [SCOPES.eventsRead],
    operationId: "listEvents",
    summary: "Domain events in order; pass the previous page's `nextCursor` as `after`",
    description:
      "A partner's events (those of its own submissions) or a reviewer's (those of its agency), oldest first. Following `nextCursor` as `after` sees every event once and in order; an event shows once it is a moment old (the settle window).",
    tag: {
      name: "events",
      description:
        "What happens to submissions, as domain events: a pollable feed here, and EventBridge in the cloud (the same `DomainEvent`).",
    },
    query: feedQuery,
    response: eventPageSchema,
    successStatus: 200,
  },
  async (ctx) => {
    const { after, limit } = ctx.query;
    const agency = ctx.caller.agency;
    const index = agency ? "GSI2" : "GSI1";
    // Smallest id after the cursor (all ids have 26 characters), and the settle horizon (time part only).
    const from = after ? `${after}0` : "0";
    const until = encodeTime(ctx.now.getTime() - settleMs(), 10);
    if (after && decodeTime(after) > ctx.now.getTime()) {
      throw problems.validation([
        { path: "query.after", code: "invalid_cursor", message: "an event id from a previous page's nextCursor" },
      ]);
    }
    const result = await queryPage({
      TableName: tableName(),
      IndexName: index,
      KeyConditionExpression: "#pk = :pk AND #sk BETWEEN :from AND :until",
      ExpressionAttributeNames: { "#pk": `${index}PK`, "#sk": `${index}SK` },
      ExpressionAttributeValues: {
        ":pk": agency ? `FEED#AGENCY#${agency}` : `FEED#OWNER#${ctx.caller.id}`,
        ":from": from,
        ":until": until,
      },
      Limit: limit,
    });
    const items = result.Items.map((i) => i.event as DomainEvent);
    return { status: 200, body: { items, nextCursor: items.at(-1)?.id ?? after ?? null } };
  },
);
