import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataExportRequest } from "./support/fixtures";
import { client, eventually, fileAndScreen } from "./support/http";
import { type StackProcess, startStackProcess } from "./support/stack";

let stack: StackProcess;
let partner: ReturnType<typeof client>;
let cac: ReturnType<typeof client>;
const path = "/v1/data-export-assessments";

beforeAll(async () => {
  stack = await startStackProcess();
  partner = client(
    stack.url,
    await stack.token("compliance-system", ["submissions:write", "submissions:read", "eligibility"]),
  );
  cac = client(stack.url, await stack.token("cac-shanghai", ["review:CAC"]));
});
afterAll(async () => {
  await stack?.stop();
});

describe("data export assessments through the local stack (measure 7)", () => {
  it.each([
    [
      "99,999 non-sensitive subjects in 2025 (Decree 16 第五条第一款第（四）项 exemption)",
      { cumulative: { nonSensitiveSubjects: 99_999, sensitiveSubjects: 0 } },
      "not_required",
      "exempt",
    ],
    [
      "100,000 non-sensitive subjects (standard contract)",
      { cumulative: { nonSensitiveSubjects: 100_000, sensitiveSubjects: 0 } },
      "under_review",
      "standard_contract_or_certification",
    ],
    [
      "1,000,000 non-sensitive subjects (security assessment)",
      { cumulative: { nonSensitiveSubjects: 1_000_000, sensitiveSubjects: 0 } },
      "under_review",
      "security_assessment",
    ],
  ])("screens %s the same way as the triage route", async (_, transfer, status, pathway) => {
    const body = dataExportRequest(transfer);
    const triage = await partner.post(`${path}/triage`, body);
    expect(triage.status).toBe(200);
    const screened = await fileAndScreen(partner, path, body);
    expect(screened.body.status).toBe(status);
    expect(screened.body.screening.pathway).toBe(pathway);
    expect(triage.body.status).toBe(status);
    expect(triage.body.screening).toEqual(screened.body.screening);
    if (status === "under_review") expect(screened.body).toMatchObject({ agency: "CAC", office: { code: "310000" } });
  });

  it("lists every missing material at once, then runs supplement → review → decision", async () => {
    const body = dataExportRequest({ cumulative: { nonSensitiveSubjects: 1_000_000, sensitiveSubjects: 0 } }, []);
    const needsInfo = await fileAndScreen(partner, path, body);
    expect(needsInfo.body.status).toBe("needs_info");
    expect(needsInfo.body.screening.missingMaterials.map((m: { kind: string }) => m.kind)).toEqual(
      expect.arrayContaining(["application_form", "self_assessment_report", "legal_documents_with_recipient"]),
    );
    const supplied = await partner.post(
      `${path}/${needsInfo.body.id}/supplements`,
      { payload: { materials: dataExportRequest().materials } },
      { "if-match": needsInfo.headers.get("etag") ?? "" },
    );
    expect(supplied.status).toBe(200);
    const review = await eventually(
      async () => {
        const reply = await partner.get(`${path}/${needsInfo.body.id}`);
        return reply.body.status === "under_review" ? reply : undefined;
      },
      15_000,
      "review",
    );
    expect(review.body.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const decided = await cac.post(
      `${path}/${needsInfo.body.id}/decisions`,
      { decision: "request_info", reason: "请补充境外接收方的数据安全保护能力说明" },
      { "if-match": review.headers.get("etag") ?? "" },
    );
    expect(decided.body.status).toBe("needs_info");
  });

  it("a statutory duty (Decree 790 第三十五条第（六）项) exempts from 2025-01-01, not the day before", async () => {
    const claim = {
      exemptionGrounds: ["statutory_duty"],
      cumulative: { nonSensitiveSubjects: 2_000_000, sensitiveSubjects: 0 },
    };
    const before = await fileAndScreen(partner, path, dataExportRequest({ ...claim, date: "2024-12-31" }));
    expect(before.body).toMatchObject({ status: "under_review", screening: { pathway: "security_assessment" } });
    const after = await fileAndScreen(partner, path, dataExportRequest({ ...claim, date: "2025-01-01" }));
    expect(after.body).toMatchObject({
      status: "not_required",
      screening: { exemption: { ground: "statutory_duty" } },
    });
    const { exemption, sources } = after.body.screening;
    expect(sources[exemption.source]).toMatchObject({ article: "第三十五条第（六）项" });
  });

  it("?explain=true returns the screening's trace in the eligibility check's format", async () => {
    const screened = await fileAndScreen(partner, path, dataExportRequest());
    expect(screened.body.screening.trace).toBeUndefined();
    const explained = await partner.get(`${path}/${screened.body.id}?explain=true`);
    expect(explained.status).toBe(200);
    const { trace, sources } = explained.body.explanation as {
      trace: { rule: string; source: string }[];
      sources: Record<string, { article?: string }>;
    };
    expect(trace.map((t) => t.rule)).toEqual(
      expect.arrayContaining(["dataExport.regime", "decree16.standard_contract_or_certification"]),
    );
    for (const entry of trace) {
      expect(Object.keys(entry).sort()).toEqual(["inputs", "outcome", "parameters", "rule", "source"]);
      expect(sources[entry.source], `${entry.rule} names a source the answer lists`).toBeDefined();
    }
  });

  it("never logs the contact person", async () => {
    await partner.post(path, dataExportRequest());
    await partner.post(`${path}/triage`, dataExportRequest());
    await new Promise((r) => setTimeout(r, 1500));
    const logs = stack.output();
    for (const secret of ["Li Hua", "li.hua@example.com", "5555 0101"]) expect(logs).not.toContain(secret);
  });
});
