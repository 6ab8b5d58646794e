import { gunzipSync, gzipSync } from "node:zlib";
import { chinaToday, type IsoDate, type MeasureId, RULES_VERSION, text } from "@rdc/core";
import { type Caller, getRecord, type HttpResult, type IdempotencyClaim, problems, putNewRecord } from "@rdc/platform";
import { ulid } from "ulid";
import { evaluateEligibility } from "./evaluate";
import type { CenterProfile } from "./profile";

export interface CheckRequest {
  center: CenterProfile;
  asOf?: IsoDate;
  measures?: MeasureId[];
}

interface StoredCheck {
  id: string;
  owner: string;
  asOf: IsoDate;
  rulesVersion: string;
  createdAt: string;
  request: CheckRequest;
  /** The results and their trace, gzipped JSON (a full check with its trace is ~150 KB of bilingual text). */
  result: Uint8Array;
}

const ENTITY = "eligibility_check";
const checkKey = (id: string) => ({ PK: `CHECK#${id}`, SK: "META" });

function view(
  check: Omit<StoredCheck, "result">,
  evaluation: ReturnType<typeof evaluateEligibility>,
  explain: boolean,
) {
  return {
    id: check.id,
    asOf: check.asOf,
    rulesVersion: check.rulesVersion,
    createdAt: check.createdAt,
    measures: evaluation.measures,
    programs: evaluation.programs,
    ...(explain ? { trace: evaluation.trace } : {}),
    links: { self: `/v1/eligibility-checks/${check.id}` },
  };
}

/** Evaluates a center's profile as of a date (Beijing today by default), stores the check and answers 201. */
export async function createCheck(
  caller: Caller,
  request: CheckRequest,
  explain: boolean,
  at: Date,
  claim: IdempotencyClaim | null,
): Promise<HttpResult> {
  const asOf = request.asOf ?? chinaToday(at);
  const evaluation = evaluateEligibility(request.center, {
    asOf,
    explain: true,
    ...(request.measures ? { measures: request.measures } : {}),
  });
  const check = {
    id: ulid(at.getTime()),
    owner: caller.id,
    asOf,
    rulesVersion: RULES_VERSION,
    createdAt: at.toISOString(),
    request,
  };
  const result: HttpResult = {
    status: 201,
    body: view(check, evaluation, explain),
    headers: { location: `/v1/eligibility-checks/${check.id}` },
  };
  const stored: StoredCheck = { ...check, result: gzipSync(JSON.stringify(evaluation)) };
  await putNewRecord(checkKey(check.id), ENTITY, { ...stored }, claim ? [claim.complete(result)] : []);
  return result;
}

/** A stored check, to the caller who made it only (anyone else gets a 404). */
export async function readCheck(caller: Caller, id: string, explain: boolean): Promise<HttpResult> {
  const stored = await getRecord<StoredCheck>(checkKey(id), ENTITY);
  if (stored?.owner !== caller.id) {
    throw problems.notFound(text("没有这一资格检查。", "No such eligibility check."));
  }
  const evaluation = JSON.parse(gunzipSync(stored.result).toString("utf8")) as ReturnType<typeof evaluateEligibility>;
  return { status: 200, body: view(stored, evaluation, explain) };
}
