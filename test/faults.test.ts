import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { client, eventually } from "./support/http";
import { startStackProcess } from "./support/stack";

/** The pid of the DynamoDB Local JVM under a stack process. */
function javaUnder(pid: number): number {
  const rows = execFileSync("ps", ["-e", "-o", "pid=,ppid=,comm="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/));
  const tree = new Set([String(pid)]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [p, pp] of rows) {
      if (p && pp && tree.has(pp) && !tree.has(p)) {
        tree.add(p);
        grew = true;
      }
    }
  }
  const java = rows.find(([p, , comm]) => p && tree.has(p) && comm === "java");
  if (!java?.[0]) throw new Error("no java under the stack");
  return Number(java[0]);
}

const PARTNER = ["submissions:write", "submissions:read"];

describe("faults", () => {
  it("SIGKILL in the middle of a load loses nothing acknowledged, and screens everything exactly once after a restart", async () => {
    const first = await startStackProcess({ inMemory: false });
    const dataDir = first.dataDir ?? "";
    const token = await first.token("load-partner", PARTNER);
    const api = client(first.url, token);
    const acknowledged: string[] = [];
    let running = true;
    const workers = Array.from({ length: 8 }, async () => {
      while (running) {
        try {
          const reply = await api.post("/v1/test-submissions", { scenario: "review" });
          if (reply.status === 202) acknowledged.push(reply.body.id);
        } catch {
          // the stack died mid-request: not acknowledged
        }
      }
    });
    // Kill in the middle of the load, once enough is acknowledged for the count to mean something (however loaded the machine).
    await eventually(async () => (acknowledged.length > 20 ? true : undefined), 30_000, "21 acknowledged filings");
    await first.stop("SIGKILL");
    running = false;
    await Promise.all(workers);
    expect(acknowledged.length).toBeGreaterThan(20);

    const second = await startStackProcess({ inMemory: false, dataDir });
    try {
      const after = client(second.url, token);
      for (const id of acknowledged) {
        const reply = await eventually(
          async () => {
            const r = await after.get(`/v1/test-submissions/${id}`);
            return r.status === 200 && r.body.status !== "received" ? r : undefined;
          },
          30_000,
          `submission ${id} screened after restart`,
        );
        expect(reply.body.status).toBe("under_review");
      }
      for (const id of acknowledged) {
        const history = await after.get(`/v1/test-submissions/${id}/history`);
        expect(history.body.items.filter((h: { action: string }) => h.action === "screen")).toHaveLength(1);
      }
    } finally {
      await second.stop();
    }
  }, 180_000);

  it("DynamoDB Local stopped for 3 s under load: quick 503 problems, never a 500 or a hang, and recovery on its own", async () => {
    const stack = await startStackProcess();
    try {
      const api = client(stack.url, await stack.token("partner", PARTNER));
      const java = javaUnder(stack.pid);
      const statuses: number[] = [];
      const slowest: number[] = [];
      let running = true;
      const load = Array.from({ length: 4 }, async (_, i) => {
        while (running) {
          const started = Date.now();
          const reply =
            i % 2
              ? await api.get("/v1/test-submissions?limit=5")
              : await api.post("/v1/test-submissions", { scenario: "reject" });
          slowest.push(Date.now() - started);
          statuses.push(reply.status);
          if (reply.status >= 500) {
            expect(reply.status).toBe(503);
            expect(reply.headers.get("content-type")).toBe("application/problem+json");
            expect(reply.headers.get("retry-after")).toBe("2");
            expect(JSON.stringify(reply.body)).not.toMatch(/stack|ECONN|Error:/);
          }
        }
      });
      await new Promise((r) => setTimeout(r, 500));
      process.kill(java, "SIGSTOP");
      await new Promise((r) => setTimeout(r, 3_000));
      expect((await client(stack.url).get("/health")).status).toBe(503);
      process.kill(java, "SIGCONT");
      await eventually(
        async () => ((await client(stack.url).get("/health")).status === 200 ? true : undefined),
        10_000,
        "recovery",
      );
      const afterRecovery = statuses.length;
      await new Promise((r) => setTimeout(r, 1_500));
      running = false;
      await Promise.all(load);
      expect(statuses).toContain(503);
      expect(statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);
      expect(statuses.slice(afterRecovery + 4).every((s) => s < 500)).toBe(true);
      expect(Math.max(...slowest)).toBeLessThan(8_000);
    } finally {
      await stack.stop();
    }
  });
});
