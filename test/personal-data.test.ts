/**
 * Personal data (issue 17, PIPL 第六条 minimisation, 第十九条 retention,
 * 第五十一条 security measures), over HTTP against local stacks: list views,
 * the review queue and the event feed show personal fields only as core's one
 * masking policy allows; every authenticated answer is `Cache-Control:
 * no-store`; an error's log line keeps its `name`; and a final submission's
 * personal fields are erased by the scheduled sweep once the retention period
 * has passed (the stack restarted with a period of one second).
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataExportRequest, talentApplication } from "./support/fixtures";
import { client, eventually, fileAndScreen, screened } from "./support/http";
import { type StackProcess, startStackProcess } from "./support/stack";

const PARTNER = ["submissions:write", "submissions:read", "events:read", "eligibility"];
const TALENT = "/v1/talent-title-applications";
const EXPORT = "/v1/data-export-assessments";
const TEST = "/v1/test-submissions";
type Client = ReturnType<typeof client>;

/** Every personal value of the two examples, whole or in part: none may appear in a list view. */
const APPLICANT = talentApplication().applicant;
const CONTACT = dataExportRequest().exporter.contact;
const SECRETS = [
  APPLICANT.fullName,
  ...APPLICANT.fullName.split(" "),
  APPLICANT.passportNumber,
  APPLICANT.passportNumber.slice(0, 4),
  APPLICANT.birthDate,
  APPLICANT.workPermit?.number ?? "?",
  (APPLICANT.workPermit?.number ?? "?").slice(0, 8),
  CONTACT.name,
  CONTACT.phone,
  "5555",
  CONTACT.email,
  "li.hua",
];

function javaUnder(pid: number): number {
  const rows = execFileSync("ps", ["-e", "-o", "pid=,ppid=,comm="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/));
  const tree = new Set([String(pid)]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [p, pp] of rows) {
      if (p && pp && tree.has(pp) && !tree.has(p)) {
        tree.add(p);
        grew = true;
      }
    }
  }
  const java = rows.find(([p, , comm]) => p && tree.has(p) && comm === "java");
  if (!java?.[0]) throw new Error("no java under the stack");
  return Number(java[0]);
}

describe("list views, the review queue and the event feed (one masking policy)", () => {
  let stack: StackProcess;
  let partner: Client;
  let other: Client;
  let hr: Client;
  let cac: Client;
  const ids = { talent: "", chinese: "", export: "" };

  beforeAll(async () => {
    stack = await startStackProcess();
    partner = client(stack.url, await stack.token("center-compliance", PARTNER));
    other = client(stack.url, await stack.token("another-center", PARTNER));
    hr = client(stack.url, await stack.token("shanghai-hr", ["review:MOHRSS", "events:read"]));
    cac = client(stack.url, await stack.token("cac-shanghai", ["review:CAC", "events:read"]));
    ids.talent = (await fileAndScreen(partner, TALENT, talentApplication())).body.id;
    ids.chinese = (
      await fileAndScreen(partner, TALENT, talentApplication({ applicant: { ...APPLICANT, fullName: "张三丰" } }))
    ).body.id;
    const exported = dataExportRequest({ cumulative: { nonSensitiveSubjects: 100_000, sensitiveSubjects: 0 } });
    ids.export = (await fileAndScreen(partner, EXPORT, exported)).body.id;
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it("a partner's list: names as initials (a Chinese name as its surname and *), documents as * and the last 3, no birth date, no contact; the USCC whole", async () => {
    const talent = (await partner.get(TALENT)).body.items as { id: string; payload: any }[];
    const anna = talent.find((i) => i.id === ids.talent)?.payload;
    expect(anna.applicant).toEqual({
      fullName: "A. S.",
      nationality: "DE",
      passportNumber: "*T47",
      talentCategory: "overseas_high_end",
      workPermit: { number: "*123", category: "A", validUntil: APPLICANT.workPermit?.validUntil },
    });
    expect(anna.employer.uscc).toBe(talentApplication().employer.uscc);
    expect(talent.find((i) => i.id === ids.chinese)?.payload.applicant.fullName).toBe("张*");

    const exports = (await partner.get(EXPORT)).body.items as { id: string; payload: any }[];
    const item = exports.find((i) => i.id === ids.export);
    expect(item?.payload.exporter).not.toHaveProperty("contact");
    expect(item?.payload.exporter.uscc).toBe(dataExportRequest().exporter.uscc);
    expect(item?.payload.exporter.name).toBe(dataExportRequest().exporter.name);

    const lists = JSON.stringify([talent, exports]);
    for (const secret of SECRETS) expect(lists, secret).not.toContain(secret);
  });

  it("the review queue and the event feed carry none of it", async () => {
    const queues = [
      (await hr.get("/v1/review-queue?type=talent-title")).body,
      (await cac.get("/v1/review-queue?type=data-export")).body,
    ];
    expect(queues[0].items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([ids.talent]));
    expect(queues[1].items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([ids.export]));
    const feeds = await Promise.all(
      [partner, hr, cac].map((reader) =>
        eventually(async () => {
          const items = (await reader.get("/v1/events?limit=100")).body.items as unknown[];
          return items.length ? items : undefined;
        }),
      ),
    );
    const text = JSON.stringify([queues, feeds]);
    for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
  });

  it("the single-resource GET shows every value whole, to the owner and to the routed reviewer only", async () => {
    for (const reader of [partner, hr]) {
      const reply = await reader.get(`${TALENT}/${ids.talent}`);
      expect(reply.body.payload.applicant).toEqual(APPLICANT);
      expect(reply.body.personalDataErasedAt).toBeNull();
    }
    for (const reader of [partner, cac]) {
      expect((await reader.get(`${EXPORT}/${ids.export}`)).body.payload.exporter.contact).toEqual(CONTACT);
    }
    expect((await other.get(`${TALENT}/${ids.talent}`)).status).toBe(404);
    expect((await cac.get(`${TALENT}/${ids.talent}`)).status).toBe(404);
  });

  it("every answer to an authenticated request is Cache-Control: no-store; public routes keep their own", async () => {
    const replies = [
      await partner.get(TALENT),
      await partner.get(`${TALENT}/${ids.talent}`),
      await partner.get(`${TALENT}/${ids.talent}/history`),
      await partner.post(TEST, { scenario: "review" }),
      await partner.post(TEST, { scenario: "nope" }),
      await other.get(`${TALENT}/${ids.talent}`),
      await hr.get(TALENT),
      await hr.get("/v1/review-queue"),
      await partner.get("/v1/events"),
      await partner.post("/v1/eligibility-checks", { center: { foreignInvested: true }, measures: ["M01"] }),
      await client(stack.url).get(TALENT),
      await client(stack.url, "not-a-token").get(TALENT),
    ];
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 202, 400, 404, 403, 200, 200, 201, 401, 401]);
    for (const reply of replies) expect(reply.headers.get("cache-control")).toBe("no-store");
    const issued = await fetch(`${stack.url}/local/tokens`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sub: "x", scopes: [] }),
    });
    expect(issued.headers.get("cache-control")).toBe("no-store");
    expect((await client(stack.url).get("/v1/measures")).headers.get("cache-control")).toBe("public, max-age=3600");
  });

  it("an error's log line keeps the error's name (redaction by schema path, not every key called name)", async () => {
    const java = javaUnder(stack.pid);
    process.kill(java, "SIGSTOP");
    let status: number;
    try {
      status = (await partner.get(TALENT)).status;
    } finally {
      process.kill(java, "SIGCONT");
    }
    expect(status).toBeGreaterThanOrEqual(500);
    const line = await eventually(async () =>
      stack
        .output()
        .split("\n")
        .find((l) => l.includes('"message":"request failed"')),
    );
    expect(line).toMatch(/"error":\{"name":"\w+/);
    expect(line).not.toContain("[redacted]");
    for (const secret of SECRETS) expect(stack.output(), secret).not.toContain(secret);
  });
});

describe("retention: the personal fields of a final submission are erased when its period has passed", () => {
  let stack: StackProcess;
  let dataDir: string | null = null;
  const ids = { rejected: "", notRequired: "", withdrawn: "", approved: "", open: "", talent: "", export: "" };
  const NAME = "Wang Xiaoming";

  const clients = async () => ({
    partner: client(stack.url, await stack.token("retention-partner", PARTNER)),
    cac: client(stack.url, await stack.token("retention-cac", ["review:CAC", "events:read"])),
    hr: client(stack.url, await stack.token("retention-hr", ["review:MOHRSS", "events:read"])),
  });
  const sweep = async () => {
    const reply = await client(stack.url).post("/local/sweep", {});
    expect(reply.status).toBe(200);
    return reply.body.personalData as { retention: string; erased: string[]; skipped: string[] };
  };
  const decide = async (reviewer: Client, path: string, decision: string, reason?: string) => {
    const current = await screened(reviewer, path, "under_review");
    const reply = await reviewer.post(
      `${path}/decisions`,
      { decision, ...(reason ? { reason } : {}) },
      { "if-match": current.headers.get("etag") ?? "" },
    );
    expect(reply.status).toBe(200);
  };

  beforeAll(async () => {
    stack = await startStackProcess({ inMemory: false });
    dataDir = stack.dataDir;
    const { partner, cac, hr } = await clients();
    const file = async (body: unknown, status: string) =>
      (await screened(partner, `${TEST}/${(await partner.post(TEST, body)).body.id}`, status)).body.id as string;
    ids.rejected = await file({ scenario: "reject", applicantName: NAME }, "rejected");
    ids.notRequired = await file({ scenario: "not_required", applicantName: NAME }, "not_required");
    ids.withdrawn = await file({ scenario: "review", applicantName: NAME }, "under_review");
    const open = await partner.get(`${TEST}/${ids.withdrawn}`);
    expect(
      (await partner.post(`${TEST}/${ids.withdrawn}/withdraw`, {}, { "if-match": open.headers.get("etag") ?? "" }))
        .status,
    ).toBe(200);
    ids.approved = await file({ scenario: "review", applicantName: NAME }, "under_review");
    await decide(cac, `${TEST}/${ids.approved}`, "approve", "审核通过");
    ids.open = await file({ scenario: "review", applicantName: NAME }, "under_review");
    ids.talent = (await fileAndScreen(partner, TALENT, talentApplication())).body.id;
    await decide(hr, `${TALENT}/${ids.talent}`, "approve");
    const exported = dataExportRequest({ cumulative: { nonSensitiveSubjects: 100_000, sensitiveSubjects: 0 } });
    ids.export = (await fileAndScreen(partner, EXPORT, exported)).body.id;
    await decide(cac, `${EXPORT}/${ids.export}`, "reject", "材料与申报不符");
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("within the period (the default, 6 months): nothing is erased", async () => {
    expect(await sweep()).toMatchObject({ retention: "P6M", erased: [] });
    const { partner } = await clients();
    expect((await partner.get(`${TEST}/${ids.rejected}`)).body.payload.applicantName).toBe(NAME);
  });

  it("after it (restarted with PERSONAL_DATA_RETENTION=PT1S): each final one is erased once, with its decision, reasons and audit trail kept", async () => {
    await stack.stop();
    stack = await startStackProcess({
      inMemory: false,
      ...(dataDir ? { dataDir } : {}),
      env: { PERSONAL_DATA_RETENTION: "PT1S" },
    });
    await new Promise((r) => setTimeout(r, 1_100));
    const first = await sweep();
    expect(first.retention).toBe("PT1S");
    expect(first.skipped).toEqual([]);
    const { partner, hr, cac } = await clients();
    const finals = [ids.rejected, ids.notRequired, ids.withdrawn, ids.approved];
    const statuses = ["rejected", "not_required", "withdrawn", "approved"];
    for (const [i, id] of finals.entries()) {
      const reply = await partner.get(`${TEST}/${id}`);
      expect(reply.body.status).toBe(statuses[i]);
      expect(reply.body.payload).not.toHaveProperty("applicantName");
      expect(reply.body.payload.scenario).toBeDefined();
      expect(reply.body.personalDataErasedAt).toEqual(expect.any(String));
      expect(reply.body.summary).toBeTruthy();
      expect(reply.headers.get("etag")).toBe(`"v${reply.body.version}"`);
      const history = (await partner.get(`${TEST}/${id}/history`)).body.items as {
        action: string;
        actor: { kind: string; id: string };
        from: string;
        to: string;
        reason: string;
      }[];
      expect(history.at(-1)).toMatchObject({
        action: "erase_personal_data",
        actor: { kind: "system", id: "retention:PT1S" },
        from: statuses[i],
        to: statuses[i],
      });
      expect(history.at(-1)?.reason).toContain("applicantName");
      expect(history[0]?.action).toBe("submit");
      expect(history.filter((h) => h.action === "erase_personal_data")).toHaveLength(1);
    }
    const approved = (await partner.get(`${TEST}/${ids.approved}/history`)).body.items as { reason: string }[];
    expect(approved.map((h) => h.reason)).toContain("审核通过");

    // Not final: kept whole.
    const open = await partner.get(`${TEST}/${ids.open}`);
    expect(open.body).toMatchObject({ status: "under_review", personalDataErasedAt: null });
    expect(open.body.payload.applicantName).toBe(NAME);

    // The real intakes: every marked field goes (a contact left empty goes whole), the rest stays.
    const talent = (await hr.get(`${TALENT}/${ids.talent}`)).body;
    expect(talent.status).toBe("approved");
    const { fullName: _n, passportNumber: _p, birthDate: _b, workPermit, ...kept } = APPLICANT;
    expect(talent.payload.applicant).toEqual({ ...kept, workPermit: { ...workPermit, number: undefined } });
    expect(talent.payload.applicant.workPermit).not.toHaveProperty("number");
    expect(talent.payload.employer.uscc).toBe(talentApplication().employer.uscc);
    expect((await hr.get(`${TALENT}/${ids.talent}?explain=true`)).status).toBe(200);
    const exported = (await cac.get(`${EXPORT}/${ids.export}`)).body;
    expect(exported.status).toBe("rejected");
    expect(exported.payload.exporter).not.toHaveProperty("contact");
    expect(exported.payload.exporter.uscc).toBe(dataExportRequest().exporter.uscc);
    const exportHistory = (await cac.get(`${EXPORT}/${ids.export}/history`)).body.items as { reason: string }[];
    expect(exportHistory.map((h) => h.reason)).toContain("材料与申报不符");
    const everything = JSON.stringify([talent, exported]);
    for (const secret of SECRETS) expect(everything, secret).not.toContain(secret);

    // The partner and the agency are told, with the fields and not their values.
    const events = await eventually(async () => {
      const items = (await partner.get("/v1/events?limit=100")).body.items as {
        type: string;
        submissionId: string;
        data: { erasedFields: string[]; retention: string };
      }[];
      const erased = items.filter((e) => e.type === "submission.personal_data_erased");
      return erased.length >= 6 ? erased : undefined;
    });
    expect(events.map((e) => e.submissionId).sort()).toEqual([...finals, ids.talent, ids.export].sort());
    expect(events.find((e) => e.submissionId === ids.export)?.data).toMatchObject({
      erasedFields: ["exporter.contact.name", "exporter.contact.phone", "exporter.contact.email"],
      retention: "PT1S",
    });
    expect(JSON.stringify(events)).not.toContain(NAME);

    // Once: a second sweep finds nothing left.
    expect(await sweep()).toMatchObject({ erased: [], skipped: [] });
  });
});
