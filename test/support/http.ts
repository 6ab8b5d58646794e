/** A small HTTP client for the end-to-end tests: JSON in, JSON out, nothing mocked. */
export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export function client(base: string, token?: string) {
  async function call<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  }
  return {
    authorization: token ? `Bearer ${token}` : "",
    get: <T = any>(path: string, headers?: Record<string, string>) => call<T>("GET", path, undefined, headers),
    post: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) =>
      call<T>("POST", path, body, headers),
    call,
  };
}

/** Polls until `check` returns a value (not undefined), or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | undefined>, ms = 15_000, what = "condition"): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

type Client = ReturnType<typeof client>;

/** Waits until the submission at `path` has left `received` (and reached `status`, if given). */
export function screened(c: Client, path: string, status?: string): Promise<Reply> {
  return eventually(
    async () => {
      const reply = await c.get(path);
      return reply.body?.status !== "received" && (!status || reply.body?.status === status) ? reply : undefined;
    },
    15_000,
    `${path} screened${status ? ` to ${status}` : ""}`,
  );
}

/** Files a submission (expecting 202) and waits for its screening. */
export async function fileAndScreen(c: Client, collection: string, body: unknown): Promise<Reply> {
  const created = await c.post(collection, body);
  if (created.status !== 202) throw new Error(`expected 202, got ${created.status}: ${JSON.stringify(created.body)}`);
  return screened(c, `${collection}/${created.body.id}`);
}
