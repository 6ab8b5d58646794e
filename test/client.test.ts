import { createRdcClient, type RdcClient } from "@rdc/client";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { standardContractFiling } from "../packages/data-export/src/examples";
import { customsRequest, dataExportRequest, QUALIFYING_CENTER, talentApplication } from "./support/fixtures";
import { type StackProcess, startStackProcess } from "./support/stack";

/** A partner's integration, through the typed client only: file, read back, withdraw, check eligibility. */
let stack: StackProcess;
let rdc: RdcClient;

beforeAll(async () => {
  stack = await startStackProcess();
  rdc = createRdcClient(
    stack.url,
    await stack.token("partner-client", ["submissions:write", "submissions:read", "eligibility"]),
  );
});
afterAll(async () => {
  await stack?.stop();
});

describe("the typed client", () => {
  it("files a data-export assessment, reads it back and withdraws it with its ETag", async () => {
    // The fixture's `materials` may be anything (for the refusal tests); here they are the example's, typed.
    const filed = await rdc.POST("/v1/data-export-assessments", {
      body: { ...dataExportRequest(), materials: standardContractFiling().materials },
      params: { header: { "Idempotency-Key": `client-${Date.now()}` } },
    });
    expect(filed.response.status).toBe(202);
    if (!filed.data) throw new Error(`not filed: ${JSON.stringify(filed.error)}`);
    expectTypeOf(filed.data.id).toEqualTypeOf<string>();
    expectTypeOf(filed.data.status).not.toBeUnknown();

    const read = await rdc.GET("/v1/data-export-assessments/{id}", { params: { path: { id: filed.data.id } } });
    if (!read.data) throw new Error(`not read: ${JSON.stringify(read.error)}`);
    expect(read.data).toMatchObject({ id: filed.data.id, type: "data-export" });
    expectTypeOf(read.data.status).not.toBeUnknown();
    const etag = read.response.headers.get("etag");
    expect(etag).toBe(`"v${read.data.version}"`);

    const withdrawn = await rdc.POST("/v1/data-export-assessments/{id}/withdraw", {
      params: { path: { id: filed.data.id }, header: { "If-Match": etag ?? "" } },
      body: { reason: "The transfer will not take place." },
    });
    if (!withdrawn.data) throw new Error(`not withdrawn: ${JSON.stringify(withdrawn.error)}`);
    expect(withdrawn.data.status).toBe("withdrawn");
    expectTypeOf(withdrawn.data.status).not.toBeUnknown();
  });

  it("files a customs extension request and reads it back", async () => {
    const filed = await rdc.POST("/v1/customs-extension-requests", { body: customsRequest(30) });
    if (!filed.data) throw new Error(`not filed: ${JSON.stringify(filed.error)}`);
    expect(filed.response.status).toBe(202);
    const read = await rdc.GET("/v1/customs-extension-requests/{id}", { params: { path: { id: filed.data.id } } });
    if (!read.data) throw new Error(`not read: ${JSON.stringify(read.error)}`);
    expect(read.data).toMatchObject({ id: filed.data.id, type: "customs-extension" });
    expectTypeOf(read.data.status).not.toBeUnknown();
  });

  it("files a talent title application and reads it back", async () => {
    const filed = await rdc.POST("/v1/talent-title-applications", { body: talentApplication() });
    if (!filed.data) throw new Error(`not filed: ${JSON.stringify(filed.error)}`);
    expect(filed.response.status).toBe(202);
    const read = await rdc.GET("/v1/talent-title-applications/{id}", { params: { path: { id: filed.data.id } } });
    if (!read.data) throw new Error(`not read: ${JSON.stringify(read.error)}`);
    expect(read.data).toMatchObject({ id: filed.data.id, type: "talent-title" });
    expectTypeOf(read.data.status).not.toBeUnknown();
  });

  it("creates an eligibility check and reads it again", async () => {
    const created = await rdc.POST("/v1/eligibility-checks", {
      body: {
        center: QUALIFYING_CENTER,
        asOf: "2025-06-30",
      },
    });
    if (!created.data) throw new Error(`not created: ${JSON.stringify(created.error)}`);
    expect(created.response.status).toBe(201);
    expectTypeOf(created.data.id).toEqualTypeOf<string>();
    const read = await rdc.GET("/v1/eligibility-checks/{id}", { params: { path: { id: created.data.id } } });
    if (!read.data) throw new Error(`not read: ${JSON.stringify(read.error)}`);
    expect(read.data).toMatchObject({ id: created.data.id, asOf: "2025-06-30" });
    expectTypeOf(read.data.asOf).not.toBeUnknown();
  });

  it("answers a problem as typed error data", async () => {
    const missing = await rdc.GET("/v1/data-export-assessments/{id}", {
      params: { path: { id: "01J00000000000000000000000" } },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({ status: 404, type: "https://rdc-measures.dev/problems/not-found" });
    expectTypeOf(missing.error).not.toBeUnknown();
  });
});
