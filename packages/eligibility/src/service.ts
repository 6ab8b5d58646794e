import { chinaToday, type IsoDate, type MeasureId, RULES_VERSION, text } from "@rdc/core";
import {
  type BodyRef,
  type Caller,
  getRecord,
  gunzipJson,
  gzipJson,
  type HttpResult,
  type IdempotencyClaim,
  newUlid,
  problems,
  putNewRecord,
  type RecordKey,
  registerBodyRenderer,
  tableName,
} from "@rdc/platform";
import { type AnswerTrace, type CheckMeta, checkBody, type EligibilityAnswer, toAnswer, toAnswerTrace } from "./answer";
import { type EligibilityEvaluation, evaluateEligibility } from "./evaluate";
import type { CenterProfile } from "./profile";

export interface CheckRequest {
  center: CenterProfile;
  asOf?: IsoDate;
  measures?: MeasureId[];
}

interface StoredCheck extends CheckMeta {
  owner: string;
  request: CheckRequest;
  /** The answer as first given (bilingual, sources by reference), gzipped JSON (~10 KB of ~40): a GET reads it and not the trace. */
  answer?: Uint8Array;
  /** A check stored before answers were by reference (rules 2026-12-02.3 and earlier): the evaluation and its trace, gzipped. */
  result?: Uint8Array;
}

interface StoredTrace {
  /** The answer's trace, gzipped JSON: read only for `?explain=true`. */
  trace: Uint8Array;
}

const ENTITY = "eligibility_check";
const TRACE_ENTITY = "eligibility_check_trace";
const RENDERER = "eligibility-check";
const checkKey = (id: string): RecordKey => ({ PK: `CHECK#${id}`, SK: "META" });
const traceKey = (id: string): RecordKey => ({ PK: `CHECK#${id}`, SK: "TRACE" });

/**
 * The trace is stored apart, and only when the check was asked with
 * `?explain=true` (it was computed for that answer anyway); without it, a
 * POST neither computes nor gzips one, and a GET never reads one. Computing
 * every trace again on demand would not do: a GET must answer what was
 * answered at creation, and after a rules change (RULES_VERSION) today's
 * rules would explain another decision. So a check made without its trace is
 * explained on demand only while the rules are those it was made under (the
 * same pure rules on the same request and date give the same trace); after a
 * rules change there is no such representation of it (404, naming both
 * versions: the check itself is still there without `?explain=true`).
 */
async function traceOf(check: StoredCheck): Promise<AnswerTrace> {
  const stored = await getRecord<StoredTrace>(traceKey(check.id), TRACE_ENTITY);
  if (stored) return gunzipJson<AnswerTrace>(stored.trace);
  if (check.rulesVersion !== RULES_VERSION) {
    throw problems.notFound(
      text(
        `该检查依据规则版本 ${check.rulesVersion} 作出，未保存推理过程；现行规则版本 ${RULES_VERSION} 无法还原它。不带 explain 可取回该检查；如需推理过程，请重新检查。`,
        `This check was made under rules version ${check.rulesVersion} without its trace, which the rules now in force (${RULES_VERSION}) cannot rebuild. Without explain the check is still there; for a trace, run a new check.`,
      ),
    );
  }
  const { trace } = evaluateEligibility(check.request.center, evaluationOptions(check.request, check.asOf, true));
  if (!trace) throw new Error("an evaluation with `explain` has a trace");
  return toAnswerTrace(trace);
}

function evaluationOptions(request: CheckRequest, asOf: IsoDate, explain: boolean) {
  return { asOf, explain, ...(request.measures ? { measures: request.measures } : {}) };
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
  const evaluation = evaluateEligibility(request.center, evaluationOptions(request, asOf, explain));
  const check = {
    id: newUlid(at.getTime()),
    owner: caller.id,
    asOf,
    rulesVersion: RULES_VERSION,
    createdAt: at.toISOString(),
  };
  const answer = toAnswer(evaluation);
  const trace = evaluation.trace ? toAnswerTrace(evaluation.trace) : null;
  const result: HttpResult = {
    status: 201,
    body: checkBody(check, answer, trace),
    headers: { location: `/v1/eligibility-checks/${check.id}` },
  };
  const stored: StoredCheck = { ...check, request, answer: gzipJson(answer) };
  const alongside = [];
  if (trace) {
    const item = { ...traceKey(check.id), entity: TRACE_ENTITY, trace: gzipJson(trace) };
    alongside.push({ Put: { TableName: tableName(), Item: item, ConditionExpression: "attribute_not_exists(PK)" } });
  }
  const body: BodyRef = { renderer: RENDERER, key: checkKey(check.id), options: { explain } };
  if (claim) alongside.push(claim.complete(result, body));
  await putNewRecord(checkKey(check.id), ENTITY, { ...stored }, alongside);
  return result;
}

async function render(check: StoredCheck, explain: boolean) {
  if (check.answer)
    return checkBody(check, gunzipJson<EligibilityAnswer>(check.answer), explain ? await traceOf(check) : null);
  // An older check: the same results and trace, by reference as every answer now is.
  if (!check.result) throw new Error(`check ${check.id} holds neither an answer nor a result`);
  const evaluation = gunzipJson<EligibilityEvaluation>(check.result);
  const trace = explain && evaluation.trace ? toAnswerTrace(evaluation.trace) : null;
  return checkBody(check, toAnswer(evaluation), trace);
}

/** An idempotent replay of a POST renders the stored check again: the same body as the first answer. */
registerBodyRenderer(RENDERER, async (key, options) => {
  const check = await getRecord<StoredCheck>(key, ENTITY);
  if (!check) throw new Error(`the check at ${key.PK} is gone`);
  return render(check, options.explain === true);
});

/** A stored check, to the caller who made it only (anyone else gets a 404). */
export async function readCheck(caller: Caller, id: string, explain: boolean): Promise<HttpResult> {
  const check = await getRecord<StoredCheck>(checkKey(id), ENTITY);
  if (check?.owner !== caller.id) {
    throw problems.notFound(text("没有这一资格检查。", "No such eligibility check."));
  }
  return { status: 200, body: await render(check, explain) };
}
