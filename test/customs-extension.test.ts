import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths, customsRequest } from "./support/fixtures";
import { client, eventually, fileAndScreen } from "./support/http";
import { type StackProcess, startStackProcess } from "./support/stack";

let stack: StackProcess;
let partner: ReturnType<typeof client>;
let gacc: ReturnType<typeof client>;
const path = "/v1/customs-extension-requests";

beforeAll(async () => {
  stack = await startStackProcess();
  partner = client(stack.url, await stack.token("broker-1", ["submissions:write", "submissions:read", "events:read"]));
  gacc = client(stack.url, await stack.token("gacc-officer", ["review:GACC"]));
});
afterAll(async () => {
  await stack?.stop();
});

describe("customs extension requests through the local stack (measure 9, GACC Order 233)", () => {
  it("screens an in-time request to under_review at the competent customs, and it is approved with a reminder", async () => {
    const body = customsRequest(0);
    const reply = await fileAndScreen(partner, path, { ...body, center: { ...body.center, province: "Shanghai" } });
    expect(reply.body).toMatchObject({ status: "under_review", agency: "GACC", office: { code: "2201" } });
    expect(reply.body.screening.route).toBe("competent_customs");
    expect(reply.body.payload.center.province).toBe("310000");
    const approved = await gacc.post(
      `${reply.body.links.decisions}`,
      { decision: "approve" },
      { "if-match": reply.headers.get("etag") ?? "" },
    );
    expect(approved.body.status).toBe("approved");
    const deadline = reply.body.payload.requestedDeadline as string;
    const sweep = await client(stack.url).post("/local/sweep", { today: addDays(deadline, -30) });
    expect(sweep.body.approaching).toBeGreaterThanOrEqual(1);
    const reminder = await eventually(
      async () => {
        const events = await partner.get("/v1/events?limit=100");
        return events.body.items.find(
          (e: { type: string; submissionId: string }) =>
            e.type === "submission.deadline_approaching" && e.submissionId === reply.body.id,
        );
      },
      10_000,
      "reminder",
    );
    expect(reminder.data).toMatchObject({ kind: "reexport", date: deadline });
  });

  it("rejects a request received after the deadline", async () => {
    const reply = await fileAndScreen(partner, path, customsRequest(-1));
    expect(reply.body.status).toBe("rejected");
  });

  it("asks for information when the requested date is one day past the 6-month limit, naming the longest date", async () => {
    const body = customsRequest(5);
    const limit = addMonths(body.currentDeadline, 6);
    const reply = await fileAndScreen(partner, path, { ...body, requestedDeadline: addDays(limit, 1) });
    expect(reply.body.status).toBe("needs_info");
    expect(reply.body.screening.maxDeadline).toBe(limit);
  });

  it("routes a 4th extension of a national key project to the directly-under customs, and rejects one without", async () => {
    const national = await fileAndScreen(
      partner,
      path,
      customsRequest(3, {
        extensionsGranted: 3,
        project: { level: "national_key_project", name: "智能网联汽车", number: "2023YFB000001" },
      }),
    );
    expect(national.body.status).toBe("under_review");
    expect(national.body.screening.route).toBe("directly_under_customs");
    expect(national.body.office.code).toBe("2200");
    const provincial = await fileAndScreen(
      partner,
      path,
      customsRequest(3, { extensionsGranted: 3, project: { level: "provincial", name: "x", number: "y" } }),
    );
    expect(provincial.body.status).toBe("rejected");
  });

  it("answers bad HS codes and declaration numbers with a 400 naming the field", async () => {
    const body = customsRequest(3);
    const reply = await partner.post(
      path,
      { ...body, declarationNumber: "12345", goods: [{ ...body.goods[0], hsCode: "90318" }] },
      { "accept-language": "en" },
    );
    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "body.declarationNumber",
      "body.goods.0.hsCode",
    ]);
    expect(reply.body.errors.find((e: { path: string }) => e.path === "body.goods.0.hsCode").message).toMatch(
      /10-digit/,
    );
  });
});
