/**
 * After a release that adds a holiday notice (README "When a holiday notice is added"):
 *   npm run recompute-due-dates                 the running local stack (`RDC_URL`, default http://localhost:3000)
 *   npm run recompute-due-dates -- --table T    a deployed table, with the operator's AWS credentials and region
 * Counts again every provisional due date of a submission under review that
 * was counted on another calendar, records each change in its history with a
 * `submission.due_date_changed` event, and prints what it did. The deadline
 * sweep does the same every hour for due dates with a stored clock; this
 * command also re-screens the ones stored before clocks were kept.
 */
const args = process.argv.slice(2).filter((a) => a !== "--");
const table = args[0] === "--table" ? args[1] : undefined;

async function main(): Promise<number> {
  if (args.length && !table) {
    console.error("usage: npm run recompute-due-dates [-- --table <table name>]");
    return 2;
  }
  if (table) {
    process.env.TABLE_NAME = table;
    await import("./index"); // defines (and so registers) every intake
    const { definedIntakes, recomputeDueDates } = await import("@rdc/platform");
    console.log(JSON.stringify(await recomputeDueDates(new Date(), definedIntakes()), null, 2));
    return 0;
  }
  const base = process.env.RDC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  const res = await fetch(`${base}/local/recompute-due-dates`, { method: "POST" });
  console.log(JSON.stringify(await res.json(), null, 2));
  return res.ok ? 0 : 1;
}

process.exit(await main());

export {};
