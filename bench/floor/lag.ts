/**
 * Stream lag: from the 202 of a filed customs extension request to its
 * screened status, on the stack's clock (the submission's `updatedAt` after
 * screening minus its `createdAt`), paced at 20 per second and as one burst.
 */
import { INTAKES } from "./intakes";
import { percentile } from "./stats";
import { inParallel, settle, type Target } from "./target";

async function lags(t: Target, ids: string[]): Promise<number[]> {
  await settle(t);
  const out = await inParallel(ids.length, 16, async (i) => {
    const submission = await INTAKES.customs.read(t.api, ids[i] ?? "");
    return Date.parse(submission.updatedAt) - Date.parse(submission.createdAt);
  });
  return out.sort((a, b) => a - b);
}

const file = (t: Target, i: number) => INTAKES.customs.file(t.api, i);

export async function measureLag(t: Target, count: number): Promise<string> {
  await settle(t);
  const paced: Promise<string>[] = [];
  for (let i = 0; i < count; i++) {
    paced.push(file(t, i));
    await new Promise((r) => setTimeout(r, 50));
  }
  const pacedLags = await lags(t, await Promise.all(paced));
  const burstLags = await lags(t, await Promise.all(Array.from({ length: count }, (_, i) => file(t, i))));
  const line = (label: string, l: number[]) =>
    `  ${label}: p50 ${percentile(l, 50)} ms, p99 ${percentile(l, 99)} ms, max ${l.at(-1)} ms`;
  return [
    `Stream lag, 202 → screened (stack clock), ${count} customs extension requests:`,
    line("paced at 20/s", pacedLags),
    line(`one burst of ${count}`, burstLags),
  ].join("\n");
}
