/**
 * The largest valid request of each intake (every array at its maximum, every
 * text at its longest, in three-byte characters) is accepted, screened,
 * stored under DynamoDB's item limit and read back whole; one element more
 * is a 400 naming the array.
 */
import { randomUUID } from "node:crypto";
import { BODY_LIMIT_BYTES, dynamoClient, getRecord, itemBytes, MAX_ITEM_BYTES } from "@rdc/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LARGEST } from "./support/fixtures";
import { client, type Reply, screened } from "./support/http";
import { type StackProcess, startStackProcess, useStackTable } from "./support/stack";

let stack: StackProcess;
let partner: ReturnType<typeof client>;

beforeAll(async () => {
  stack = await startStackProcess();
  useStackTable(stack);
  partner = client(stack.url, await stack.token("largest-bodies", ["submissions:write", "submissions:read"]));
});
afterAll(async () => {
  dynamoClient().destroy();
  await stack?.stop();
});

/** The stored submission item's size, as DynamoDB counts it. */
async function storedBytes(id: string): Promise<number> {
  const key = { PK: `SUB#${id}`, SK: "META" };
  const record = await getRecord<Record<string, unknown>>(key, "submission");
  if (!record) throw new Error(`no submission ${id}`);
  return itemBytes({ ...record, ...key, entity: "submission" });
}

type Body = Record<string, unknown>;

/**
 * Files as a partner should: with an Idempotency-Key, retrying a 503 (a
 * 200 KB write can outlast the store's timeout on a loaded machine) or a 409
 * `in_progress` with the same key, which never files twice.
 */
async function file(path: string, body: Body): Promise<Reply> {
  const key = randomUUID();
  for (let attempt = 1; ; attempt++) {
    const reply = await partner.post(path, body, { "idempotency-key": key });
    if (![503, 409].includes(reply.status) || attempt === 5) return reply;
    await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
  }
}
const oneMore = (list: unknown) => [...(list as unknown[]), (list as unknown[])[0]];

const INTAKES: {
  name: string;
  path: string;
  largest: () => Body;
  /** Each array at its maximum, and the body with one element more. */
  arrays: Record<string, (body: Body) => Body>;
  /** What its screening must say of it, beyond being there. */
  screening?: (screening: Body) => void;
}[] = [
  {
    name: "customs extension request (50 goods of category other, each asked about)",
    path: "/v1/customs-extension-requests",
    largest: LARGEST.customsExtension,
    arrays: { "body.goods": (b) => ({ ...b, goods: oneMore(b.goods) }) },
    screening: (screening) => {
      const missing = screening.missingItems as { field: string }[];
      expect(missing).toHaveLength(50);
      expect(missing[49]?.field).toBe("goods.49.category");
    },
  },
  {
    name: "data export assessment",
    path: "/v1/data-export-assessments",
    largest: LARGEST.dataExport,
    arrays: {
      "body.materials": (b) => ({ ...b, materials: oneMore(b.materials) }),
      "body.transfer.dataCategories": (b) => {
        const transfer = b.transfer as Body;
        return { ...b, transfer: { ...transfer, dataCategories: oneMore(transfer.dataCategories) } };
      },
      "body.transfer.recipients": (b) => {
        const transfer = b.transfer as Body;
        return { ...b, transfer: { ...transfer, recipients: oneMore(transfer.recipients) } };
      },
    },
  },
  {
    name: "talent title application",
    path: "/v1/talent-title-applications",
    largest: LARGEST.talentTitle,
    arrays: {
      "body.education": (b) => ({ ...b, education: oneMore(b.education) }),
      "body.overseasExperience": (b) => ({ ...b, overseasExperience: oneMore(b.overseasExperience) }),
      "body.domesticExperience": (b) => ({ ...b, domesticExperience: oneMore(b.domesticExperience) }),
      "body.achievements": (b) => ({ ...b, achievements: oneMore(b.achievements) }),
    },
  },
];

describe.each(INTAKES)("the largest valid $name", ({ path, largest, arrays, screening }) => {
  it("is accepted, screened, stored under the item limit and read back whole", async () => {
    const body = largest();
    expect(Buffer.byteLength(JSON.stringify(body))).toBeLessThanOrEqual(BODY_LIMIT_BYTES);
    const created = await file(path, body);
    expect(created.status).toBe(202);
    const reply = await screened(partner, `${path}/${created.body.id}`);
    expect(reply.body.screening).toBeTruthy();
    const read = await partner.get(`${path}/${reply.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.payload).toEqual(reply.body.payload);
    screening?.(read.body.screening);
    const bytes = await storedBytes(reply.body.id);
    expect(bytes).toBeLessThan(MAX_ITEM_BYTES);
    console.info(`${path}: body ${Buffer.byteLength(JSON.stringify(body))} B, stored item ${bytes} B`);
  });

  it.each(Object.entries(arrays))("one element more in %s is a 400 naming it", async (field, grow) => {
    const reply = await partner.post(path, grow(largest()));
    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((e: { path: string }) => e.path)).toEqual([field]);
  });
});
