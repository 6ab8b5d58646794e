import { ALL_SCOPES } from "@rdc/platform";
import { describe, expect, it } from "vitest";
import { appOpenApi } from "./index";

/**
 * Structural properties of the served document, so that a regression fails
 * here, fast; `npm run task:api-lint` lints it with Redocly and Spectral.
 */
// biome-ignore lint/suspicious/noExplicitAny: the document is walked as the plain JSON a client reads
type Json = Record<string, any>;
const doc = appOpenApi() as unknown as Json;
const operations = Object.entries(doc.paths as Json).flatMap(([path, methods]) =>
  Object.entries(methods as Json).map(([method, operation]) => ({ path, method, operation: operation as Json })),
);
const resolve = (node: Json): Json => {
  const ref = node.$ref as string | undefined;
  if (!ref) return node;
  const [, , kind, name] = ref.split("/");
  return resolve(doc.components[kind as string][name as string]);
};
const parameterNames = (operation: Json) => (operation.parameters as Json[]).map((p) => resolve(p).name as string);
const CHANGES = /\/\{id\}\/(withdraw|supplements|decisions)$/;

describe("the OpenAPI document", () => {
  it("has every route of the app, each with a camelCase operationId of its own", () => {
    expect(operations.length).toBeGreaterThanOrEqual(31);
    const ids = operations.map((o) => o.operation.operationId as string);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:[A-Z][a-z0-9]*)*$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        "createDataExportAssessment",
        "getDataExportAssessment",
        "listDataExportAssessments",
        "withdrawDataExportAssessment",
        "supplementDataExportAssessment",
        "decideDataExportAssessment",
        "getDataExportAssessmentHistory",
        "createEligibilityCheck",
        "getEligibilityCheck",
        "listMeasures",
        "getMeasure",
        "listEvents",
        "listReviewQueue",
      ]),
    );
  });

  it("describes a success body with a non-empty schema on every operation", () => {
    for (const { path, method, operation } of operations) {
      const success = Object.entries(operation.responses as Json).filter(([status]) => /^2/.test(status));
      expect(success, `${method} ${path}`).toHaveLength(1);
      const schema = success[0]?.[1].content["application/json"].schema;
      expect(Object.keys(schema ?? {}).length, `${method} ${path}`).toBeGreaterThan(0);
    }
  });

  it("names a component for every request and response body", () => {
    for (const { path, method, operation } of operations) {
      const [, success] = Object.entries(operation.responses as Json).find(([s]) => /^2/.test(s)) ?? [];
      expect(success.content["application/json"].schema.$ref, `${method} ${path}`).toMatch(/^#\/components\/schemas\//);
      if (operation.requestBody) {
        expect(operation.requestBody.content["application/json"].schema.$ref, `${method} ${path}`).toBeDefined();
      }
    }
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        "DataExportAssessment",
        "DataExportAssessmentRequest",
        "DataExportAssessmentPage",
        "CustomsExtensionRequest",
        "TalentTitleApplication",
        "SubmissionHistory",
        "EligibilityCheck",
        "EligibilityCheckRequest",
        "EventPage",
        "MeasureList",
        "ReviewQueuePage",
        "CalendarDay",
        "Problem",
        "ValidationProblem",
        "FieldError",
        "GatewayMessage",
        "Decision",
        "Supplement",
        "Withdrawal",
      ]),
    );
  });

  it("gives every POST with a body an example, and every operation a description and a defined tag", () => {
    const tags = new Set((doc.tags as Json[]).map((t) => t.name));
    for (const t of doc.tags as Json[]) expect(t.description.length).toBeGreaterThan(20);
    expect([...tags].sort()).toEqual(
      [
        "calendar",
        "customs extension",
        "data export",
        "eligibility",
        "events",
        "measures",
        "review",
        "talent title",
      ].sort(),
    );
    for (const { path, method, operation } of operations) {
      expect(operation.description?.length, `${method} ${path}`).toBeGreaterThan(20);
      expect(operation.tags, `${method} ${path}`).toHaveLength(1);
      expect(tags.has(operation.tags[0]), `${method} ${path}`).toBe(true);
      if (method === "post" && operation.requestBody) {
        const examples = operation.requestBody.content["application/json"].examples ?? {};
        expect(Object.keys(examples).length, `${method} ${path}`).toBeGreaterThan(0);
      }
    }
  });

  it("requires If-Match exactly on withdraw, supplements and decisions; Idempotency-Key only where it is honoured", () => {
    for (const { path, method, operation } of operations) {
      const names = parameterNames(operation);
      const ifMatch = (operation.parameters as Json[]).map(resolve).find((p) => p.name === "If-Match");
      if (CHANGES.test(path)) {
        expect(ifMatch, `${method} ${path}`).toMatchObject({ in: "header", required: true });
        expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["412", "428"]));
      } else expect(ifMatch, `${method} ${path}`).toBeUndefined();
      const idempotent = method === "post" && !path.endsWith("/triage");
      expect(names.includes("Idempotency-Key"), `${method} ${path}`).toBe(idempotent);
      expect(names).toContain("Accept-Language");
    }
  });

  it("says what the decision's refinement requires", () => {
    expect(doc.components.schemas.Decision.properties.reason.description).toContain("required to `reject`");
  });

  it("declares the withdraw body optional and the other bodies required", () => {
    for (const { path, operation } of operations.filter((o) => o.operation.requestBody)) {
      expect(operation.requestBody.required, path).toBe(!path.endsWith("/withdraw"));
    }
  });

  it("writes alternative scopes as separate requirements, each scope defined with its meaning", () => {
    const scopes = doc.components.securitySchemes.oauth2.flows.clientCredentials.scopes as Record<string, string>;
    expect(Object.keys(scopes).sort()).toEqual([...ALL_SCOPES].sort());
    for (const { path, method, operation } of operations) {
      for (const requirement of operation.security as Json[]) {
        expect(requirement.oauth2, `${method} ${path}`).toHaveLength(1);
        expect(scopes[requirement.oauth2[0]]).toBeTruthy();
      }
    }
    const read = doc.paths["/v1/talent-title-applications/{id}"].get.security;
    expect(read).toEqual([
      { oauth2: ["submissions:read"] },
      { oauth2: ["review:CAC"] },
      { oauth2: ["review:GACC"] },
      { oauth2: ["review:MOHRSS"] },
    ]);
    expect(doc.paths["/v1/measures"].get.security).toEqual([]);
  });

  it("declares the problems each operation can answer, API Gateway's own bodies beside the problem ones", () => {
    const create = doc.paths["/v1/data-export-assessments"].post.responses;
    expect(Object.keys(create)).toEqual(
      expect.arrayContaining(["202", "400", "401", "403", "409", "413", "415", "422", "500", "503"]),
    );
    const unauthorized = resolve(create["401"]);
    expect(Object.keys(unauthorized.content)).toEqual(["application/problem+json", "application/json"]);
    expect(unauthorized.content["application/json"].schema.$ref).toBe("#/components/schemas/GatewayMessage");
    expect(unauthorized.headers["WWW-Authenticate"]).toBeDefined();
    expect(resolve(create["503"]).headers["Retry-After"]).toBeDefined();
    expect(create["202"].headers).toMatchObject({
      Location: expect.any(Object),
      ETag: expect.any(Object),
      "Idempotent-Replayed": expect.any(Object),
      "Content-Language": expect.any(Object),
      "X-Request-Id": expect.any(Object),
      "Cache-Control": expect.any(Object),
    });
    expect(resolve(create["400"]).content["application/problem+json"].schema.$ref).toBe(
      "#/components/schemas/ValidationProblem",
    );
    expect(Object.keys(doc.components.schemas.Problem.properties)).toEqual(
      expect.arrayContaining([
        "errors",
        "requiredScopes",
        "currentStatus",
        "allowedTransitions",
        "currentETag",
        "allow",
      ]),
    );
    expect(doc.components.schemas.FieldError.required).toEqual(["path", "code", "message"]);
    // Public routes have no 401 or 403.
    expect(Object.keys(doc.paths["/v1/measures"].get.responses)).toEqual(["200", "400", "404", "429", "500", "503"]);
  });

  it("carries the checked strings' formats and patterns", () => {
    const exporter = doc.components.schemas.DataExportAssessmentRequest.properties.exporter.properties;
    expect(exporter.uscc).toMatchObject({ maxLength: 18, pattern: expect.any(String) });
    expect(exporter.province.maxLength).toBe(64);
    const transfer = doc.components.schemas.DataExportAssessmentRequest.properties.transfer.properties;
    expect(transfer.date).toMatchObject({ format: "date", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" });
    const day = doc.paths["/v1/calendar/days/{date}"].get.parameters[0];
    expect(day).toMatchObject({ name: "date", in: "path", schema: { format: "date", maxLength: 10 } });
  });

  it("lists the local stack and a templated cloud URL as servers", () => {
    expect(doc.servers[0].url).toBe("http://localhost:3000");
    expect(doc.servers[1].url).toBe("https://{apiId}.execute-api.{region}.{dnsSuffix}");
  });
});
