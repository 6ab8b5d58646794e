/**
 * The operator's view of a running local stack's dead letters:
 *   npm run dlq -- list
 *   npm run dlq -- redrive <id>     (after the fix is deployed/restarted)
 * `RDC_URL` names the stack (default http://localhost:3000). In the cloud the
 * dead letters are SQS messages: see README "Operations".
 */
const base = process.env.RDC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
const [command, id] = process.argv.slice(2).filter((a) => a !== "--");

async function main(): Promise<number> {
  if (command === "list") {
    const res = await fetch(`${base}/local/dead-letters`);
    const { items } = (await res.json()) as {
      items: { id: string; consumer: string; failedAt: string; attempts: number; error: string }[];
    };
    if (!items.length) console.log("no dead letters");
    for (const l of items) console.log(`${l.id}\t${l.consumer}\t${l.failedAt}\tattempts=${l.attempts}\t${l.error}`);
    return 0;
  }
  if (command === "redrive" && id) {
    const res = await fetch(`${base}/local/dead-letters/${encodeURIComponent(id)}/redrive`, { method: "POST" });
    console.log(JSON.stringify(await res.json()));
    return res.ok ? 0 : 1;
  }
  console.error("usage: npm run dlq -- list | redrive <id>");
  return 2;
}

process.exit(await main());

export {};
