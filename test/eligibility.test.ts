import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataExportRequest } from "./support/fixtures";
import { client } from "./support/http";
import { type StackProcess, startStackProcess } from "./support/stack";

let stack: StackProcess;
let partner: ReturnType<typeof client>;
let other: ReturnType<typeof client>;
const path = "/v1/eligibility-checks";

/** A center that meets the import-tax conditions of 财关税〔2021〕24号 with room to spare. */
const qualifyingCenter = {
  name: "Example R&D (Shanghai) Co., Ltd.",
  province: "Shanghai",
  foreignInvested: true,
  legalForm: "independent_legal_entity",
  totalInvestmentUsd: 9_000_000,
  fullTimeRdStaff: 85,
  equipmentPurchasesCny: 25_000_000,
  recognizedForeignRdCenter: true,
};

beforeAll(async () => {
  stack = await startStackProcess();
  partner = client(stack.url, await stack.token("portal-a", ["eligibility", "submissions:write"]));
  other = client(stack.url, await stack.token("portal-b", ["eligibility"]));
});
afterAll(async () => {
  await stack?.stop();
});

const program = (body: any, id: string) => body.programs.find((p: { id: string }) => p.id === id);

describe("eligibility checks through the local stack", () => {
  it("decides every measure and program, stores the check and returns it again, in Chinese and in English", async () => {
    const created = await partner.post(path, { center: qualifyingCenter, asOf: "2025-06-30" });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`${path}/${created.body.id}`);
    expect(created.body).toMatchObject({ asOf: "2025-06-30", rulesVersion: expect.any(String) });
    expect(created.body.measures.map((m: { id: string }) => m.id)).toHaveLength(16);
    const tax = program(created.body, "import-tax-exemption");
    expect(tax.outcome).toBe("eligible");
    expect(tax.reasons[0].citation.document).toMatch(/财关税〔2021〕/);
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
      center: { ...qualifyingCenter, fullTimeRdStaff: 79 },
      asOf: "2025-06-30",
      measures: ["M01"],
    });
    expect(program(fewStaff.body, "import-tax-exemption").outcome).toBe("ineligible");

    const { fullTimeRdStaff: _staff, ...withoutStaff } = qualifyingCenter;
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
      center: { ...qualifyingCenter, plannedDataExport: { exporter, transfer } },
      measures: ["M07"],
    });
    const prescreen = program(check.body, "data-export-pathway");
    expect(triage.body.screening.pathway).toBe("standard_contract_or_certification");
    expect(prescreen.reasons.map((r: { code: string }) => r.code)).toEqual(
      triage.body.screening.reasons.map((r: { code: string }) => r.code),
    );
  });

  it("honours Idempotency-Key, and names bad fields", async () => {
    const body = { center: qualifyingCenter, asOf: "2026-01-05" };
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
});
