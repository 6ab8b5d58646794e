import {
  chinaToday,
  findTransition,
  inForceOn,
  instantBefore,
  type ParameterValue,
  PERSONAL_DATA_RETENTION,
  type PersonalField,
  parseIsoDuration,
  text,
  withoutPersonal,
} from "@rdc/core";
import { queryItems, tableName } from "../dynamo/client";
import { ConditionFailed, type TransactItem, transact, WriteConflict } from "../dynamo/transact";
import { eventPut, newEvent } from "../events/model";
import { logger } from "../log/logger";
import { type HistoryEntry, historyKey, type SubmissionRecord, submissionKey } from "./model";

/**
 * Personal data of final submissions (README "Security and privacy"): when a
 * submission becomes final, one item beside it records where its personal
 * values are (`SK=RETAIN`, on GSI3 in the `WATCH` partition the sweep already
 * reads, sorted `RETAIN#<finalAt>#<id>` after every watch date). The
 * scheduled sweep erases them once the retention period has passed (a
 * dated, cited parameter; `PERSONAL_DATA_RETENTION` overrides it, e.g. for
 * tests): the fields are removed in place, the decision, its reasons and the
 * audit trail stay, and the erasure is a history entry and an event of its own.
 * TTL cannot do this: it deletes whole items.
 */
export interface RetentionRecord {
  submissionId: string;
  submissionType: string;
  owner: string;
  agency: SubmissionRecord["agency"];
  status: SubmissionRecord["status"];
  /** When the submission became final: the retention period runs from here. */
  finalAt: string;
  /** The version and history count the final change left: the erasure is the next of each. */
  version: number;
  historyCount: number;
  /** The paths that hold personal values (`applicant.fullName`), for the history entry and the event. */
  erased: string[];
  /** The outermost payload keys to remove (`["exporter", "contact"]`, `["staff", 0, "name"]`). */
  removed: (string | number)[][];
}

export const RETENTION_PARTITION = "WATCH";
const RETAIN = "RETAIN#";

export const retentionKey = (id: string) => ({ PK: `SUB#${id}`, SK: "RETAIN" });

/** The retention item of a submission that has just become final, or null if it holds no personal values. */
export function retentionPut(next: SubmissionRecord, fields: readonly PersonalField[]): TransactItem | null {
  const { erased, removed } = withoutPersonal(next.payload, fields);
  if (!erased.length) return null;
  const item: RetentionRecord = {
    submissionId: next.id,
    submissionType: next.type,
    owner: next.owner,
    agency: next.agency,
    status: next.status,
    finalAt: next.updatedAt,
    version: next.version,
    historyCount: next.historyCount,
    erased,
    removed,
  };
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...retentionKey(next.id),
        entity: "retention",
        ...item,
        GSI3PK: RETENTION_PARTITION,
        GSI3SK: `${RETAIN}${item.finalAt}#${next.id}`,
      },
    },
  };
}

/** The retention period in force on `today` (or `PERSONAL_DATA_RETENTION`, an ISO 8601 duration). */
export function retentionPeriod(today: string): ParameterValue<string> {
  const inForce = inForceOn(PERSONAL_DATA_RETENTION, today);
  const override = process.env.PERSONAL_DATA_RETENTION;
  if (!override) return inForce;
  if (!parseIsoDuration(override)) {
    throw new Error(`PERSONAL_DATA_RETENTION=${override} is not an ISO 8601 duration such as P6M or PT5S`);
  }
  return { ...inForce, value: override };
}

export interface ErasureResult {
  /** The retention period applied (ISO 8601) and the instant it reaches back to. */
  retention: string;
  finalBefore: string;
  /** Submissions whose personal fields were erased now. */
  erased: string[];
  /** Submissions changed meanwhile (their version moved on): left to the next sweep. */
  skipped: string[];
}

/**
 * Erases the personal fields of every final submission whose retention
 * period has passed at `now`: one transaction each (the fields removed, the
 * version and history count moved on, a history entry, the
 * `submission.personal_data_erased` event, the retention item deleted),
 * conditional on the version the final change left, so two sweeps at once
 * erase each once. Queries GSI3, no Scan; reads no submission item.
 */
export async function erasePersonalData(now: Date): Promise<ErasureResult> {
  const period = retentionPeriod(chinaToday(now));
  const duration = parseIsoDuration(period.value);
  if (!duration) throw new Error(`retention period ${period.value} is not an ISO 8601 duration`);
  const finalBefore = instantBefore(now, duration).toISOString();
  const result: ErasureResult = { retention: period.value, finalBefore, erased: [], skipped: [] };
  for await (const item of queryItems({
    TableName: tableName(),
    IndexName: "GSI3",
    KeyConditionExpression: "GSI3PK = :partition AND GSI3SK BETWEEN :from AND :until",
    ExpressionAttributeValues: {
      ":partition": RETENTION_PARTITION,
      ":from": RETAIN,
      ":until": `${RETAIN}${finalBefore}#~`,
    },
  })) {
    const retained = item as unknown as RetentionRecord;
    try {
      await transact(erasureItems(retained, period, now));
      result.erased.push(retained.submissionId);
    } catch (error) {
      if (!(error instanceof ConditionFailed || error instanceof WriteConflict)) throw error;
      result.skipped.push(retained.submissionId);
    }
  }
  if (result.erased.length || result.skipped.length) {
    logger.info("personal data erased", {
      retention: result.retention,
      erased: result.erased.length,
      skipped: result.skipped.length,
    });
  }
  return result;
}

function erasureItems(retained: RetentionRecord, period: ParameterValue<string>, now: Date): TransactItem[] {
  const transition = findTransition(retained.status, "erase_personal_data");
  if (!transition) throw new Error(`no erase_personal_data transition from ${retained.status}`);
  const at = now.toISOString();
  const seq = retained.historyCount + 1;
  const fields = retained.erased.join(", ");
  const citation = period.citation;
  const entry: HistoryEntry = {
    seq,
    at,
    actor: { kind: "system", id: `retention:${period.value}` },
    action: transition.action,
    from: transition.from,
    to: transition.to,
    reason: text(
      `个人信息保存期限（${period.value}，自${retained.finalAt}申请终局起算；${citation.document["zh-CN"]}${citation.article ?? ""}）届满，已删除：${retained.erased.join("、")}`,
      `The retention period of personal data (${period.value} from ${retained.finalAt}, when the submission became final) has ended; erased: ${fields}`,
    ),
  };
  const names: Record<string, string> = {
    "#payload": "payload",
    "#status": "status",
    "#version": "version",
    "#historyCount": "historyCount",
    "#updatedAt": "updatedAt",
    "#erasedAt": "personalDataErasedAt",
  };
  const keyName = new Map<string, string>();
  const remove = retained.removed.map((path) => {
    const parts = path.map((part) => {
      if (typeof part === "number") return `[${part}]`;
      let name = keyName.get(part);
      if (!name) {
        name = `#k${keyName.size}`;
        keyName.set(part, name);
        names[name] = part;
      }
      return `.${name}`;
    });
    return `#payload${parts.join("")}`;
  });
  const event = newEvent(
    "submission.personal_data_erased",
    { id: retained.submissionId, type: retained.submissionType },
    {
      erasedFields: retained.erased,
      retention: period.value,
      finalAt: retained.finalAt,
      version: retained.version + 1,
    },
    now,
  );
  return [
    {
      Update: {
        TableName: tableName(),
        Key: submissionKey(retained.submissionId),
        UpdateExpression: `SET #erasedAt = :at, #updatedAt = :at, #version = :next, #historyCount = :seq${
          remove.length ? ` REMOVE ${remove.join(", ")}` : ""
        }`,
        ConditionExpression: "#version = :version AND #status = :status",
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: {
          ":at": at,
          ":next": retained.version + 1,
          ":seq": seq,
          ":version": retained.version,
          ":status": retained.status,
        },
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: { ...historyKey(retained.submissionId, seq), entity: "history", entry },
        ConditionExpression: "attribute_not_exists(PK)",
      },
    },
    eventPut(event, { owner: retained.owner, agency: retained.agency }),
    {
      Delete: {
        TableName: tableName(),
        Key: retentionKey(retained.submissionId),
        ConditionExpression: "attribute_exists(PK)",
      },
    },
  ];
}
