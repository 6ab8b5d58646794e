import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { describe, expect, it } from "vitest";
import { itemBytes } from "../dynamo/item-size";
import { recordFromItem, type SubmissionRecord, submissionItem } from "./model";

const screening = {
  findings: Array.from({ length: 12 }, (_, i) => ({
    code: `finding-${i}`,
    message: { "zh-CN": `第${i}项：申请材料齐全，符合规定`, en: `Item ${i}: the application is complete` },
    source: "gacc-order-233.art10",
  })),
  sources: { "gacc-order-233.art10": { document: "gacc-order-233", article: "第十条", inForceFrom: "2018-02-01" } },
};

const record: SubmissionRecord = {
  id: "01KBMZ3V7Q2T0000000000000A",
  type: "customs-extension",
  owner: "partner-a",
  status: "under_review",
  version: 2,
  createdAt: "2026-06-30T02:00:00.000Z",
  updatedAt: "2026-06-30T02:00:01.000Z",
  receivedAt: "2026-06-30T02:00:00.000Z",
  payload: { center: { name: "Example R&D" } },
  screening,
  rulesVersion: "2026-12-03.1",
  summary: { "zh-CN": "已转海关审核", en: "Routed to customs" },
  agency: "GACC",
  office: null,
  due: null,
  historyCount: 2,
};

describe("the submission item", () => {
  it("stores the screening gzipped and reads it back whole", () => {
    const item = submissionItem(record);
    expect(item).not.toHaveProperty("screening");
    expect(item.screeningGz).toBeInstanceOf(Uint8Array);
    expect(itemBytes(item)).toBeLessThan(itemBytes({ ...item, screeningGz: undefined, screening }));
    expect(recordFromItem(item)).toEqual(record);
  });

  it("reads it from a table read and from a Lambda stream image, whose binary is base64", () => {
    const item = submissionItem(record);
    expect(recordFromItem(unmarshall(marshall(item)))).toEqual(record);
    const lambdaImage = { ...item, screeningGz: Buffer.from(item.screeningGz as Uint8Array).toString("base64") };
    expect(recordFromItem(lambdaImage)).toEqual(record);
  });

  it("keeps an unscreened submission's screening null, and reads an item stored before the screening was gzipped", () => {
    const unscreened = { ...record, status: "received" as const, screening: null };
    expect(submissionItem(unscreened)).toMatchObject({ screening: null });
    expect(submissionItem(unscreened)).not.toHaveProperty("screeningGz");
    expect(recordFromItem(submissionItem(unscreened))).toEqual(unscreened);
    const older: Record<string, unknown> = { ...submissionItem(record), screening };
    delete older.screeningGz;
    expect(recordFromItem(older)).toEqual(record);
  });
});
