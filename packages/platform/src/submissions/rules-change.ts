import { chinaToday, findTransition, RULES_VERSION, text } from "@rdc/core";
import { scanPage, tableName } from "../dynamo/client";
import { ConditionFailed, transact, WriteConflict } from "../dynamo/transact";
import type { IntakeCapability } from "./capability";
import { changeItems } from "./changes";
import { type RulesChange, recordFromItem, type SubmissionRecord } from "./model";

export interface RescreenResult {
  rulesVersion: string;
  /** `needs_info` submissions sent back to screening under the current rules. */
  rescreened: string[];
  /** Submissions under review whose verdict the current rules would change: flagged for the reviewer. */
  flagged: string[];
  /** Open submissions under older rules whose verdict stands (or that are flagged for these rules already). */
  unchanged: string[];
  /** Submissions of a type no intake in this process defines. */
  skipped: string[];
}

/**
 * After a release changes the rules (`RULES_VERSION`), for every open
 * submission screened under older rules: a `needs_info` one is screened again
 * (system transition `rescreen` → `received`; the stream screens it as any
 * received submission, under the current rules, on its original receipt
 * date); one `under_review` is screened again in memory and, where the status
 * or the agency would differ, flagged (`rulesChange`, a history entry and a
 * `submission.rules_changed` event): the reviewer decides, nothing is
 * withdrawn from under them. `received` ones need nothing: the stream screens
 * them under the rules it runs. An operator command (README), not a request
 * path: it scans the table.
 */
export async function rescreenAfterRulesChange(
  intakes: ReadonlyMap<string, IntakeCapability>,
  at: Date,
): Promise<RescreenResult> {
  const result: RescreenResult = {
    rulesVersion: RULES_VERSION,
    rescreened: [],
    flagged: [],
    unchanged: [],
    skipped: [],
  };
  let start: Record<string, unknown> | undefined;
  do {
    const page = await scanPage({
      TableName: tableName(),
      FilterExpression:
        "entity = :submission AND #status IN (:needsInfo, :underReview) AND (attribute_not_exists(rulesVersion) OR rulesVersion <> :version)",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: {
        ":submission": "submission",
        ":needsInfo": "needs_info",
        ":underReview": "under_review",
        ":version": RULES_VERSION,
      },
      ExclusiveStartKey: start,
    });
    for (const item of page.Items) {
      const record = recordFromItem(item);
      const intake = intakes.get(record.type);
      if (!intake) result.skipped.push(record.id);
      else if (record.status === "needs_info") await applied(result.rescreened, record, requeue(record, at));
      else if (record.rulesChange?.rulesVersion === RULES_VERSION) result.unchanged.push(record.id);
      else {
        const change = wouldChange(intake, record);
        if (change) await applied(result.flagged, record, flag(record, change, at));
        else result.unchanged.push(record.id);
      }
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return result;
}

const actor = { kind: "system" as const, id: `rules:${RULES_VERSION}` };

function requeue(record: SubmissionRecord, at: Date) {
  const transition = findTransition("needs_info", "rescreen");
  if (!transition) throw new Error("no rescreen transition");
  return changeItems({
    current: record,
    transition,
    actor,
    reason: text(
      `规则已更新（${record.rulesVersion ?? "无"} → ${RULES_VERSION}），按现行规则重新筛查`,
      `The rules changed (${record.rulesVersion ?? "none"} → ${RULES_VERSION}): screened again under the current rules`,
    ),
    at,
    patch: { screening: null, summary: null, due: null, calendarVersion: null, rulesVersion: null, rulesChange: null },
  }).items;
}

function wouldChange(intake: IntakeCapability, record: SubmissionRecord): RulesChange | null {
  const decision = intake.screen(record.payload, { receivedOn: chinaToday(new Date(record.receivedAt)) });
  if (decision.status === record.status && decision.agency === record.agency) return null;
  return {
    screenedUnderRulesVersion: record.rulesVersion ?? null,
    rulesVersion: RULES_VERSION,
    wouldDecide: { status: decision.status, agency: decision.agency, summary: decision.summary },
  };
}

function flag(record: SubmissionRecord, change: RulesChange, at: Date) {
  const transition = findTransition("under_review", "flag_rules_change");
  if (!transition) throw new Error("no flag_rules_change transition");
  const { status, summary } = change.wouldDecide;
  return changeItems({
    current: record,
    transition,
    actor,
    reason: text(
      `规则已更新（${change.screenedUnderRulesVersion ?? "无"} → ${RULES_VERSION}）：按现行规则将为 ${status}：${summary["zh-CN"]}`,
      `The rules changed (${change.screenedUnderRulesVersion ?? "none"} → ${RULES_VERSION}): the current rules would decide ${status}: ${summary.en}`,
    ),
    at,
    patch: { rulesChange: change },
    extraEvents: [{ type: "submission.rules_changed", data: { ...change } }],
  }).items;
}

/** Writes one change; a submission changed meanwhile (its version moved on) is left to the next run. */
async function applied(into: string[], record: SubmissionRecord, items: Parameters<typeof transact>[0]) {
  try {
    await transact(items);
    into.push(record.id);
  } catch (error) {
    if (error instanceof ConditionFailed || error instanceof WriteConflict) return;
    throw error;
  }
}
