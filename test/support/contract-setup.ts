import { afterEach } from "vitest";
import { type Contract, ContractViolation, compileContract, isExempt } from "./contract";

/**
 * The e2e project's setup file: every `fetch` to a local stack (a loopback
 * origin) is checked against the OpenAPI document that origin serves, loaded
 * and compiled once per origin. A response the document does not allow makes
 * the call throw, and fails the test in `afterEach` even if the test caught it.
 */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
const unwrapped = globalThis.fetch;
const contracts = new Map<string, Promise<Contract>>();
const violations: ContractViolation[] = [];

function contractOf(origin: string): Promise<Contract> {
  let contract = contracts.get(origin);
  if (!contract) {
    contract = unwrapped(`${origin}/openapi.json`).then(async (res) => {
      if (!res.ok) throw new Error(`contract: ${origin}/openapi.json answered ${res.status}`);
      return compileContract((await res.json()) as Record<string, unknown>);
    });
    // A stack that is gone (or not up yet) is asked again next time.
    contract.catch(() => contracts.delete(origin));
    contracts.set(origin, contract);
  }
  return contract;
}

async function checkedFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : input);
  const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
  if (!LOOPBACK.has(url.hostname) || isExempt(url.pathname)) return unwrapped(input, init);
  const loading = contractOf(url.origin); // the first time, loaded while the request runs
  const response = await unwrapped(input, init);
  const contract = await loading;
  try {
    contract.assert({
      method,
      path: url.pathname,
      status: response.status,
      headers: response.headers,
      body: await response.clone().text(),
    });
  } catch (error) {
    if (error instanceof ContractViolation) violations.push(error);
    throw error;
  }
  return response;
}

globalThis.fetch = checkedFetch as typeof fetch;

afterEach(() => {
  const seen = violations.splice(0);
  if (seen.length) throw new AggregateError(seen, seen.map((v) => v.message).join("\n\n"));
});
