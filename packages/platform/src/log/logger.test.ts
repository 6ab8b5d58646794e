import { afterEach, describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { label, personal, record } from "../schema";
import { logger, REDACTED } from "./logger";

afterEach(() => {
  vi.restoreAllMocks();
});

function captured(run: () => void): string {
  const lines: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  run();
  return lines.join("");
}

describe("the logger keeps personal data out of every line", () => {
  it("redacts fields a schema marks personal, at any depth, and keeps the rest", () => {
    record({
      passportNumber: personal(z.string()),
      contact: record({ phoneOfPerson: personal(label(30)).optional() }),
    });
    const out = captured(() =>
      logger.info("screening", {
        submissionId: "01ABC",
        nested: { passportNumber: "E12345689", deeper: [{ phoneOfPerson: "+86 21 5555 0101" }] },
      }),
    );
    expect(out).toContain("01ABC");
    expect(out).toContain(REDACTED);
    expect(out).not.toContain("E12345689");
    expect(out).not.toContain("5555 0101");
  });
});
