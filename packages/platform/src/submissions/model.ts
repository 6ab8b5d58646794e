import type { Agency, DueDate, SubmissionStatus, Text, WatchedDeadline } from "@rdc/core";
import type { Caller } from "../auth/caller";
import { gunzipJson, gzipJson } from "../dynamo/gzip-json";

/** A submission as stored (the META item, without its index keys). */
export interface SubmissionRecord<P = unknown, S = unknown> {
  id: string;
  type: string;
  owner: string;
  status: SubmissionStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** When it was last (re)submitted for screening: creation or the latest supplement. */
  receivedAt: string;
  payload: P;
  screening: S | null;
  /** The rules version the screening was made under (`RULES_VERSION`); null until screened. */
  rulesVersion: string | null;
  /** Set on a submission under review when newer rules would decide otherwise (README "When a rule changes"). */
  rulesChange?: RulesChange | null;
  summary: Text | null;
  agency: Agency | null;
  office: { code: string; name: Text } | null;
  due: DueDate | null;
  /** The calendar data (`calendarVersion()`) the due date was counted on; absent on submissions stored before it was kept. */
  calendarVersion?: string | null;
  historyCount: number;
  /** When the retention sweep erased the personal fields of this final submission (README "Security and privacy"). */
  personalDataErasedAt?: string | null;
}

/** What the rules in force now would decide for a submission screened under older ones. */
export interface RulesChange {
  screenedUnderRulesVersion: string | null;
  rulesVersion: string;
  wouldDecide: { status: SubmissionStatus; agency: Agency | null; summary: Text };
}

export interface HistoryEntry {
  seq: number;
  at: string;
  actor: { kind: "system" | "partner" | "reviewer"; id: string };
  action: string;
  from: SubmissionStatus | null;
  to: SubmissionStatus;
  reason: Text | string | null;
}

export interface WatchRecord extends WatchedDeadline {
  submissionId: string;
  submissionType: string;
  owner: string;
  agency: Agency | null;
  phase: "approaching" | "overdue";
}

export const submissionKey = (id: string) => ({ PK: `SUB#${id}`, SK: "META" });
export const historyKey = (id: string, seq: number) => ({
  PK: `SUB#${id}`,
  SK: `HIST#${String(seq).padStart(6, "0")}`,
});
export const watchKey = (id: string, kind: string) => ({ PK: `SUB#${id}`, SK: `WATCH#${kind}` });

/** Index keys of a submission: its owner's lists and its agency's queue. */
export function submissionIndexKeys(r: Pick<SubmissionRecord, "id" | "type" | "owner" | "status" | "agency" | "due">) {
  return {
    GSI1PK: `OWNER#${r.owner}#${r.type}`,
    GSI1SK: r.id,
    GSI2PK: `OWNER#${r.owner}#${r.type}#${r.status}`,
    GSI2SK: r.id,
    ...(r.agency ? { GSI3PK: `QUEUE#${r.agency}#${r.status}`, GSI3SK: `${r.due?.date ?? "9999-12-31"}#${r.id}` } : {}),
  };
}

/**
 * The META item. The screening, most of a screened submission (5–8 KB of
 * bilingual JSON, 1.5–2.5 KB gzipped) and read only whole, is stored gzipped
 * as `screeningGz` (binary); each index the item is in (two, three once
 * routed) copies the whole item, so its size counts up to four times in each
 * write. Null until screened.
 */
export function submissionItem(r: SubmissionRecord): Record<string, unknown> {
  const { screening, ...rest } = r;
  return {
    ...submissionKey(r.id),
    entity: "submission",
    ...rest,
    ...(screening === null ? { screening: null } : { screeningGz: gzipJson(screening) }),
    ...submissionIndexKeys(r),
  };
}

const INTERNAL = ["PK", "SK", "entity", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK", "GSI3PK", "GSI3SK", "screeningGz"];

/**
 * The record of a META item, read from the table or an index (binary as
 * bytes) or from a Lambda stream event (binary as base64). An item stored
 * before `screeningGz` holds `screening` as a map.
 */
export function recordFromItem<P, S>(item: Record<string, unknown>): SubmissionRecord<P, S> {
  const record: Record<string, unknown> = { ...item };
  for (const key of INTERNAL) delete record[key];
  const gz = item.screeningGz;
  if (gz !== undefined)
    record.screening = gunzipJson(typeof gz === "string" ? Buffer.from(gz, "base64") : (gz as Uint8Array));
  return record as unknown as SubmissionRecord<P, S>;
}

/** A partner sees its own submissions; a reviewer those routed to its agency. */
export function canSee(record: Pick<SubmissionRecord, "owner" | "agency">, caller: Caller): boolean {
  return record.owner === caller.id || (caller.agency !== null && record.agency === caller.agency);
}

export const etagOf = (version: number) => `"v${version}"`;

/**
 * Parses an If-Match value (`"v3"`) to its version, or null if it is not one
 * of ours. If-Match compares strongly (RFC 9110 §13.1.1): a weak tag (`W/"v3"`)
 * never matches.
 */
export function versionFromEtag(value: string): number | null {
  const match = /^"v(\d+)"$/.exec(value.trim());
  return match ? Number(match[1]) : null;
}
