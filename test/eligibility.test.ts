import { request } from "node:http";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { RULES_VERSION } from "@rdc/core";
import { dynamoClient, getRecord, idempotencyRecordKey, tableName, transact } from "@rdc/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataExportRequest, QUALIFYING_CENTER } from "./support/fixtures";
import { client } from "./support/http";
import { type StackProcess, startStackProcess, useStackTable } from "./support/stack";

let stack: StackProcess;
let partner: ReturnType<typeof client>;
let other: ReturnType<typeof client>;
const path = "/v1/eligibility-checks";

beforeAll(async () => {
  stack = await startStackProcess();
  useStackTable(stack);
  partner = client(stack.url, await stack.token("portal-a", ["eligibility", "submissions:write"]));
  other = client(stack.url, await stack.token("portal-b", ["eligibility"]));
});
afterAll(async () => {
  dynamoClient().destroy();
  await stack?.stop();
});

/** A GET as the bytes that travel (fetch would decode them). */
function wire(url: string, headers: Record<string, string>) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; bytes: Buffer }>((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
      res.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

const program = (body: any, id: string) => body.programs.find((p: { id: string }) => p.id === id);

describe("eligibility checks through the local stack", () => {
  it("decides every measure and program, stores the check and returns it again, in Chinese and in English", async () => {
    const created = await partner.post(path, { center: QUALIFYING_CENTER, asOf: "2025-06-30" });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`${path}/${created.body.id}`);
    expect(created.body).toMatchObject({ asOf: "2025-06-30", rulesVersion: expect.any(String) });
    expect(created.body.measures.map((m: { id: string }) => m.id)).toHaveLength(16);
    const tax = program(created.body, "import-tax-exemption");
    expect(tax.outcome).toBe("eligible");
    const source = created.body.sources[tax.reasons[0].source];
    expect(created.body.documents[source.document]).toMatch(/财关税〔2021〕/);
    expect(created.body.trace).toBeUndefined();

    const again = await partner.get(`${path}/${created.body.id}`, { "accept-language": "en" });
    expect(again.status).toBe(200);
    expect(again.body.measures).toHaveLength(16);
    expect(program(again.body, "import-tax-exemption").reasons[0].message).toMatch(/[A-Za-z]/);
    expect(program(again.body, "import-tax-exemption").reasons[0].message).not.toMatch(/[\u4e00-\u9fff]{4}/);

    const explained = await partner.get(`${path}/${created.body.id}?explain=true`);
    expect(explained.body.trace).toBeDefined();
    expect(JSON.stringify(explained.body.trace)).toContain("8000000");
    expect((await other.get(`${path}/${created.body.id}`)).status).toBe(404);
  });

  it("is ineligible as soon as one condition fails, and undetermined with exactly the missing facts otherwise", async () => {
    const fewStaff = await partner.post(path, {
      center: { ...QUALIFYING_CENTER, fullTimeRdStaff: 79 },
      asOf: "2025-06-30",
      measures: ["M01"],
    });
    expect(program(fewStaff.body, "import-tax-exemption").outcome).toBe("ineligible");

    const { fullTimeRdStaff: _staff, ...withoutStaff } = QUALIFYING_CENTER;
    const missing = await partner.post(path, { center: withoutStaff, asOf: "2025-06-30", measures: ["M01"] });
    const tax = program(missing.body, "import-tax-exemption");
    expect(tax.outcome).toBe("undetermined");
    expect(tax.missingFacts).toEqual(["center.fullTimeRdStaff"]);
  });

  it("pre-screens a planned data export with the same rules as the data-export intake", async () => {
    const request = dataExportRequest({
      date: "2025-08-01",
      cumulative: { nonSensitiveSubjects: 150_000, sensitiveSubjects: 0 },
    });
    const triage = await partner.post("/v1/data-export-assessments/triage", request);
    const { contact: _c, name: _n, uscc: _u, province: _p, ...exporter } = request.exporter;
    const {
      purpose: _pu,
      dataCategories: _d,
      retentionOverseas: _r,
      contractEffectiveOn: _e,
      ...transfer
    } = request.transfer;
    const check = await partner.post(path, {
      center: { ...QUALIFYING_CENTER, plannedDataExport: { exporter, transfer } },
      measures: ["M07"],
    });
    const prescreen = program(check.body, "data-export-pathway");
    expect(check.body.programs.map((p: { id: string }) => p.id)).toEqual(["data-export-pathway"]);
    expect(triage.body.screening.pathway).toBe("standard_contract_or_certification");
    expect(prescreen.reasons.map((r: { code: string }) => r.code)).toEqual(
      triage.body.screening.reasons.map((r: { code: string }) => r.code),
    );
  });

  it("honours Idempotency-Key, and names bad fields", async () => {
    const body = { center: QUALIFYING_CENTER, asOf: "2026-01-05" };
    const first = await partner.post(path, body, { "idempotency-key": "check-1" });
    const second = await partner.post(path, body, { "idempotency-key": "check-1" });
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    const bad = await partner.post(path, {
      center: { uscc: "91350100M000100Y44", province: "Atlantis", staff: 3 },
      measures: ["M17"],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "body.center.province",
      "body.center.staff",
      "body.center.uscc",
      "body.measures.0",
    ]);
  });

  it("answers sources, steps and agencies once, and every reason names its source", async () => {
    const { body } = await partner.post(
      path,
      { center: QUALIFYING_CENTER, asOf: "2025-06-30" },
      { "accept-language": "en" },
    );
    const results = [...body.measures, ...body.programs];
    for (const reason of results.flatMap((r) => r.reasons)) {
      expect(Object.keys(reason)).not.toContain("citation");
      expect(body.documents[body.sources[reason.source].document]).toMatch(/[A-Za-z]/);
    }
    for (const code of results.flatMap((r) => r.nextSteps))
      expect(body.steps[code].message).toEqual(expect.any(String));
    expect(body.steps["M15.contact"].agencies).toEqual(["CNIPA"]);
    expect(body.agencies.CNIPA).toBe("China National Intellectual Property Administration");
  });

  it("sends a full check gzipped or in brotli to a client that accepts it: under 20 KB on the wire, the same JSON", async () => {
    const created = await partner.post(path, { center: QUALIFYING_CENTER, asOf: "2025-06-30" });
    const read = (acceptEncoding?: string) =>
      wire(`${stack.url}${path}/${created.body.id}`, {
        authorization: partner.authorization,
        "accept-language": "en",
        ...(acceptEncoding ? { "accept-encoding": acceptEncoding } : {}),
      });
    const plain = await read();
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(20 * 1024);
    for (const [coding, decode] of [
      ["gzip", gunzipSync],
      ["br", brotliDecompressSync],
    ] as const) {
      const sent = await read(`${coding}, identity;q=0.5`);
      expect(sent.headers["content-encoding"]).toBe(coding);
      expect(sent.headers.vary).toContain("accept-encoding");
      expect(Number(sent.headers["content-length"])).toBe(sent.bytes.length);
      expect(sent.bytes.length).toBeLessThan(20 * 1024);
      expect(decode(sent.bytes).toString()).toBe(plain.bytes.toString());
    }
  });

  it("replays an Idempotency-Key with the first answer, from the stored check, without a second copy of it", async () => {
    const body = { center: QUALIFYING_CENTER, asOf: "2026-01-05" };
    const key = { "idempotency-key": "check-replay" };
    const first = await partner.post(`${path}?explain=true`, body, key);
    const replay = await partner.post(`${path}?explain=true`, body, key);
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.headers.get("location")).toBe(first.headers.get("location"));
    expect(replay.body).toEqual(first.body);
    expect(first.body.trace.programs.length).toBeGreaterThan(0);

    const item = await getRecord<{ response: Record<string, unknown> }>(
      idempotencyRecordKey("portal-a", "check-replay"),
      "idempotency",
    );
    expect(item?.response.bodyRef).toMatchObject({ key: { PK: `CHECK#${first.body.id}` } });
    expect(item?.response.body).toBeUndefined();
    expect(Buffer.byteLength(JSON.stringify(item))).toBeLessThan(1_024);
    expect(Buffer.byteLength(JSON.stringify(first.body))).toBeGreaterThan(20_000);
  });

  it("reads the trace only with ?explain=true, and answers what it answered at creation after a rules change", async () => {
    const body = { center: QUALIFYING_CENTER, asOf: "2025-06-30" };
    const plain = await partner.post(path, body);
    const explained = await partner.post(`${path}?explain=true`, body);
    const plainTrace = await partner.get(`${path}/${plain.body.id}?explain=true`);
    expect(plainTrace.body.trace).toEqual(explained.body.trace);

    // A release with other rules: the stored checks now say they were made under an older version.
    await transact(
      [plain.body.id, explained.body.id].map((id) => ({
        Update: {
          TableName: tableName(),
          Key: { PK: `CHECK#${id}`, SK: "META" },
          UpdateExpression: "SET rulesVersion = :old",
          ExpressionAttributeValues: { ":old": "2020-01-01.1" },
        },
      })),
    );
    const again = await partner.get(`${path}/${plain.body.id}`);
    expect(again.body).toEqual({ ...plain.body, rulesVersion: "2020-01-01.1" });
    const stored = await partner.get(`${path}/${explained.body.id}?explain=true`);
    expect(stored.body).toEqual({ ...explained.body, rulesVersion: "2020-01-01.1" });
    const gone = await partner.get(`${path}/${plain.body.id}?explain=true`);
    expect(gone.status).toBe(404);
    expect(gone.body.detail).toContain("2020-01-01.1");
    expect(gone.body.detail).toContain(RULES_VERSION);
  });

  it("answers a check stored before answers were by reference in today's shape, with the same content", async () => {
    const citation = { document: { "zh-CN": "某通知", en: "A notice" }, article: "第一条", inForceFrom: "2020-01-01" };
    const step = { code: "M01.contact", message: { "zh-CN": "联系科技部", en: "Contact MOST" } };
    const result = { id: "M01", outcome: "eligible", reasons: [{ code: "r", message: step.message, citation }] };
    const evaluation = { measures: [{ ...result, missingFacts: [], nextSteps: [step] }], programs: [] };
    const id = "01JCHECK0000000000000000AA";
    const meta = {
      id,
      asOf: "2025-06-30",
      rulesVersion: "2026-12-02.3",
      createdAt: "2025-06-30T00:00:00.000Z",
    };
    await transact([
      {
        Put: {
          TableName: tableName(),
          Item: {
            PK: `CHECK#${id}`,
            SK: "META",
            entity: "eligibility_check",
            owner: "portal-a",
            ...meta,
            request: { center: {} },
            result: gzipSync(JSON.stringify(evaluation)),
          },
        },
      },
    ]);
    const { status, body } = await partner.get(`${path}/${id}`, { "accept-language": "en" });
    expect(status).toBe(200);
    const [source] = Object.keys(body.sources);
    expect(body).toMatchObject({
      ...meta,
      measures: [{ id: "M01", reasons: [{ code: "r", message: "Contact MOST", source }], nextSteps: ["M01.contact"] }],
      steps: { "M01.contact": { message: "Contact MOST" } },
    });
    expect(body.documents[body.sources[source ?? ""].document]).toBe("A notice");
    expect(body).not.toHaveProperty("owner");
  });
});
