import { existsSync } from "node:fs";
import { addWorkingDays, text } from "@rdc/core";
import { defineIntake, type FunctionSpec, intakeFunctions, isoDate, label, personal, record } from "@rdc/platform";
import * as z from "zod";

/**
 * A test-only intake: its screening does what the payload's `scenario` says,
 * so the shared lifecycle can be tested apart from any real rule.
 */
const payload = record({
  scenario: z.enum(["review", "needs_info", "not_required", "reject", "throw"]),
  agency: z.enum(["CAC", "GACC", "MOHRSS"]).default("CAC"),
  applicantName: personal(label(100), "name").optional(),
  watchDate: isoDate.optional(),
  /** The review clock in working days after receipt, 10 unless given (the due-date tests use long ones). */
  workingDays: z.number().int().min(1).max(1000).optional(),
});
type Payload = z.output<typeof payload>;

const citation = { document: text("测试", "test"), inForceFrom: "2023-01-01" };

export const testIntake = defineIntake({
  type: "test-intake",
  collection: "test-submissions",
  title: text("测试申请", "test submission"),
  payload,
  screen: (p: Payload, ctx) => {
    if (p.scenario === "throw" && !existsSync(process.env.TEST_INTAKE_FIX_FILE ?? "/nonexistent")) {
      throw new Error("test intake: screening fails until the fix file exists");
    }
    const status =
      p.scenario === "throw" || p.scenario === "review"
        ? "under_review"
        : p.scenario === "reject"
          ? "rejected"
          : p.scenario;
    const workingDays = p.workingDays ?? 10;
    const due = addWorkingDays(ctx.receivedOn, workingDays);
    return {
      status,
      agency: status === "under_review" ? p.agency : null,
      office: null,
      due:
        status === "under_review"
          ? {
              date: due.date,
              provisional: due.provisional,
              basis: text("测试时限", "test clock"),
              citation,
              clock: { from: ctx.receivedOn, workingDays },
            }
          : null,
      summary: text(`测试：${status}`, `test: ${status}`),
      screening: { scenario: p.scenario, receivedOn: ctx.receivedOn },
      ...(ctx.explain
        ? {
            trace: [
              {
                rule: "test.scenario",
                outcome: "eligible",
                inputs: { scenario: p.scenario },
                parameters: [],
                citation,
              },
            ],
          }
        : {}),
    };
  },
  onApproved: (p: Payload) =>
    p.watchDate
      ? { kind: "test_deadline", date: p.watchDate, warnDaysBefore: 30, label: text("测试期限", "test deadline") }
      : null,
});

/** Served only by stacks started with `--functions test/support/test-intake/capability.ts`. */
export const FUNCTIONS: FunctionSpec[] = intakeFunctions(testIntake, "TestIntake", import.meta.url);
