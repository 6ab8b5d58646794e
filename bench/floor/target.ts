/**
 * A running stack the benchmark drives over HTTP, with what its routes need
 * seeded through the typed client (packages/client): tokens, a stored check,
 * one submission per intake, and a pool of submissions under review for the
 * decision route.
 */
import { randomUUID } from "node:crypto";
import { createRdcClient, type RdcClient } from "@rdc/client";
import type { StackProcess } from "@rdc/local-stack";
import { CHECK_BODY, fileCheck, INTAKES, type Intake } from "./intakes";

export interface Target {
  label: string;
  stack: StackProcess;
  dynamoEndpoint: string;
  /** The partner's caller id (its token's `sub`): its list and feed partitions are named by it. */
  owner: string;
  /** Bearer tokens, for autocannon. */
  partner: string;
  reviewer: string;
  api: RdcClient;
  reviewerApi: RdcClient;
  checkId: string;
  submissionIds: Record<Intake, string>;
  /** Customs extension requests under review, each decided once. */
  pool: string[];
}

export const PARTNER_SCOPES = ["eligibility", "submissions:write", "submissions:read", "events:read"];

export function headers(token: string, extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${token}`, "content-type": "application/json", ...extra };
}

export const intakes = () => Object.entries(INTAKES) as [Intake, (typeof INTAKES)[Intake]][];

/** The DynamoDB Local endpoint the stack process announced in its ready line. */
function dynamoEndpointOf(stack: StackProcess): string {
  const line = stack
    .output()
    .split("\n")
    .find((l) => l.includes('"message":"local stack ready"'));
  if (!line) throw new Error("the stack announced no DynamoDB endpoint");
  return (JSON.parse(line) as { dynamodb: string }).dynamodb;
}

/** Runs `task` for 0..n-1, `width` at a time. */
export async function inParallel<T>(n: number, width: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, n) }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await task(i);
      }
    }),
  );
  return out;
}

/**
 * `call`, asked again while the stack answers 503 (its store is busy with a
 * screening backlog), as a partner would after `Retry-After`; a call that
 * files does so with one Idempotency-Key for all its tries, so nothing is filed twice.
 */
async function whileBusy<T>(call: () => Promise<T>, tries = 20): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof Error && / 503 /.test(error.message)) || attempt >= tries) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Waits until no submission of any intake is still `received` (the stream poller has nothing left to do). */
export async function settle(t: Target): Promise<void> {
  const started = Date.now();
  for (;;) {
    const waiting = await Promise.all(intakes().map(([, intake]) => whileBusy(() => intake.waiting(t.api))));
    if (waiting.every((n) => n === 0)) return;
    if (Date.now() - started > 300_000) throw new Error(`${t.label}: submissions still unscreened after 300 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The page the list route asks for (`?limit=`). */
export const LIST_PAGE = 20;

export async function prepareTarget(label: string, stack: StackProcess): Promise<Target> {
  const owner = `bench-${label}`;
  const partner = await stack.token(owner, PARTNER_SCOPES);
  const reviewer = await stack.token(`bench-${label}-gacc`, ["review:GACC"]);
  const api = createRdcClient(stack.url, partner);
  const submissionIds = {} as Record<Intake, string>;
  for (const [name, intake] of intakes()) submissionIds[name] = await intake.file(api, 0);
  // A full list page whichever routes run: the list route reads LIST_PAGE customs requests, not the one above.
  await inParallel(LIST_PAGE - 1, 16, (i) => {
    const key = { "Idempotency-Key": randomUUID() };
    return whileBusy(() => INTAKES.customs.file(api, i + 1, key));
  });
  const t: Target = {
    label,
    stack,
    dynamoEndpoint: dynamoEndpointOf(stack),
    owner,
    partner,
    reviewer,
    api,
    reviewerApi: createRdcClient(stack.url, reviewer),
    checkId: await fileCheck(api, CHECK_BODY),
    submissionIds,
    pool: [],
  };
  await settle(t);
  return t;
}

/** Files customs extension requests until the pool holds `size` under review (screening puts them there). */
export async function fillPool(t: Target, size: number): Promise<void> {
  const missing = size - t.pool.length;
  if (missing <= 0) return;
  const ids = await inParallel(missing, 16, (i) => {
    const key = { "Idempotency-Key": randomUUID() };
    return whileBusy(() => INTAKES.customs.file(t.api, i, key));
  });
  await settle(t);
  t.pool.push(...ids);
}
