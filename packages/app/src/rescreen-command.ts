/**
 * After a release that changes the rules (README "When a rule changes"):
 *   npm run rescreen                 the running local stack (`RDC_URL`, default http://localhost:3000)
 *   npm run rescreen -- --table T    a deployed table, with the operator's AWS credentials and region
 * Screens open `needs_info` submissions again and flags those under review
 * whose verdict the current rules would change; prints what it did.
 */
const args = process.argv.slice(2).filter((a) => a !== "--");
const table = args[0] === "--table" ? args[1] : undefined;

async function main(): Promise<number> {
  if (args.length && !table) {
    console.error("usage: npm run rescreen [-- --table <table name>]");
    return 2;
  }
  if (table) {
    process.env.TABLE_NAME = table;
    await import("./index"); // defines (and so registers) every intake
    const { definedIntakes, rescreenAfterRulesChange } = await import("@rdc/platform");
    console.log(JSON.stringify(await rescreenAfterRulesChange(definedIntakes(), new Date()), null, 2));
    return 0;
  }
  const base = process.env.RDC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  const res = await fetch(`${base}/local/rescreen`, { method: "POST" });
  console.log(JSON.stringify(await res.json(), null, 2));
  return res.ok ? 0 : 1;
}

process.exit(await main());

export {};
