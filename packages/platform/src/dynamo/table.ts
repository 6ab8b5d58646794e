/**
 * The one table, as data: the local stack creates it from this and infra/
 * deploys it from this, so keys, indexes, stream and TTL have one source.
 *
 * Access patterns (no Scan on any request path):
 * | pattern | key |
 * | --- | --- |
 * | a submission, its history, its events | PK = SUB#<id>; SK = META, HIST#<n>, EVT#<eventId> |
 * | a partner's submissions of one type, newest first | GSI1: OWNER#<sub>#<type> / <id> |
 * | the same, one status | GSI2: OWNER#<sub>#<type>#<status> / <id> |
 * | an agency's review queue by due date | GSI3: QUEUE#<agency>#<status> / <dueDate>#<id> |
 * | a partner's event feed, in order | GSI1: FEED#OWNER#<sub> / <eventId> |
 * | an agency's event feed, in order | GSI2: FEED#AGENCY#<agency> / <eventId> |
 * | deadlines to sweep, by date | GSI3: WATCH / <date>#<id>#<kind> |
 * | an eligibility check | PK = CHECK#<id>, SK = META |
 * | an idempotency record (24 h, TTL) | PK = IDEM#<sha256 of caller and key>, SK = IDEM |
 * | a dead-lettered stream record (local stack) | PK = DLQ, SK = <id> |
 */
export const TABLE = {
  partitionKey: "PK",
  sortKey: "SK",
  ttlAttribute: "expiresAt",
  stream: "NEW_AND_OLD_IMAGES",
  indexes: [
    { name: "GSI1", partitionKey: "GSI1PK", sortKey: "GSI1SK" },
    { name: "GSI2", partitionKey: "GSI2PK", sortKey: "GSI2SK" },
    { name: "GSI3", partitionKey: "GSI3PK", sortKey: "GSI3SK" },
  ],
} as const;

export type IndexName = (typeof TABLE.indexes)[number]["name"];

/** The environment variable that names the table, in Lambda and locally. */
export const TABLE_NAME_ENV = "TABLE_NAME";
