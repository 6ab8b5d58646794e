/**
 * What the benchmark sends, through the typed client (packages/client): each
 * intake's own valid example filed today, its read, and its count of
 * submissions still waiting for screening.
 */

import type { operations, RdcClient } from "@rdc/client";
import { chinaToday } from "@rdc/core";
import { FULL_PROFILE } from "@rdc/eligibility";
import { standardContractFiling } from "../../packages/data-export/src/examples";
import { greenChannelApplication } from "../../packages/talent-title/src/examples";
import { customsBody } from "../customs-body";

type Key = { "Idempotency-Key"?: string };
const received = { status: "received", limit: 1 } as const;
/** What a read answers that the benchmark uses. */
type Times = { status: string; createdAt: string; updatedAt: string };

export const INTAKES = {
  "data-export": {
    collection: "data-export-assessments",
    body: (_: number) => standardContractFiling(chinaToday()),
    file: async (api: RdcClient, i: number, header: Key = {}) =>
      (await ok(api.POST("/v1/data-export-assessments", { body: INTAKES["data-export"].body(i), params: { header } })))
        .id,
    read: async (api: RdcClient, id: string): Promise<Times> =>
      await ok(api.GET("/v1/data-export-assessments/{id}", { params: { path: { id } } })),
    waiting: async (api: RdcClient) =>
      (await ok(api.GET("/v1/data-export-assessments", { params: { query: received } }))).items.length,
  },
  customs: {
    collection: "customs-extension-requests",
    body: customsBody,
    file: async (api: RdcClient, i: number, header: Key = {}) =>
      (await ok(api.POST("/v1/customs-extension-requests", { body: customsBody(i), params: { header } }))).id,
    read: async (api: RdcClient, id: string): Promise<Times> =>
      await ok(api.GET("/v1/customs-extension-requests/{id}", { params: { path: { id } } })),
    waiting: async (api: RdcClient) =>
      (await ok(api.GET("/v1/customs-extension-requests", { params: { query: received } }))).items.length,
  },
  talent: {
    collection: "talent-title-applications",
    body: (_: number) => greenChannelApplication(chinaToday()),
    file: async (api: RdcClient, i: number, header: Key = {}) =>
      (await ok(api.POST("/v1/talent-title-applications", { body: INTAKES.talent.body(i), params: { header } }))).id,
    read: async (api: RdcClient, id: string): Promise<Times> =>
      await ok(api.GET("/v1/talent-title-applications/{id}", { params: { path: { id } } })),
    waiting: async (api: RdcClient) =>
      (await ok(api.GET("/v1/talent-title-applications", { params: { query: received } }))).items.length,
  },
} as const;

export type Intake = keyof typeof INTAKES;

type CheckRequest = operations["createEligibilityCheck"]["requestBody"]["content"]["application/json"];
/** The profile as it goes on the wire (a JSON copy: the constant's arrays are readonly). */
const center = JSON.parse(JSON.stringify(FULL_PROFILE)) as CheckRequest["center"];
/** An eligibility check of one measure (M01), as the issue measured it. */
export const CHECK_BODY: CheckRequest = { center, measures: ["M01"] };
/** A check of every measure and program. */
export const FULL_CHECK_BODY: CheckRequest = { center };

export const fileCheck = async (api: RdcClient, body: CheckRequest, header: Key = {}) =>
  (await ok(api.POST("/v1/eligibility-checks", { body, params: { header } }))).id;

/** The data of a typed client's answer, or an error naming its status. */
export async function ok<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await request;
  if (error !== undefined || data === undefined) {
    throw new Error(`${response.url}: ${response.status} ${JSON.stringify(error).slice(0, 300)}`);
  }
  return data;
}
