import { afterEach, describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { label, personal, personalFields, record } from "../schema";
import { logger, REDACTED, registerPersonalPaths } from "./logger";

afterEach(() => {
  vi.restoreAllMocks();
});

function captured(run: () => void): string {
  const lines: string[] = [];
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
  }
  run();
  return lines.join("");
}

const payload = record({
  passportNumber: personal(z.string(), "document_number"),
  contact: record({ name: personal(label(100), "contact"), phoneOfPerson: personal(label(30), "contact").optional() }),
  staff: z.array(record({ name: personal(label(100), "name"), role: label(50) })),
  employer: record({ name: label(300) }),
});
registerPersonalPaths(personalFields(payload).map((f) => f.path));

describe("the logger keeps personal data out of every line", () => {
  it("redacts fields a schema marks personal by their paths, at any depth, and keeps the rest", () => {
    const out = captured(() =>
      logger.info("screening", {
        submissionId: "01ABC",
        nested: {
          passportNumber: "E12345689",
          contact: { name: "Li Hua", phoneOfPerson: "+86 21 5555 0101" },
          staff: [{ name: "Anna Schmidt", role: "lead" }],
          employer: { name: "Example R&D (Shanghai) Co., Ltd." },
        },
      }),
    );
    expect(out).toContain("01ABC");
    expect(out).toContain(REDACTED);
    for (const secret of ["E12345689", "5555 0101", "Li Hua", "Anna Schmidt"]) expect(out).not.toContain(secret);
    expect(out).toContain('"role":"lead"');
    expect(out).toContain("Example R&D (Shanghai) Co., Ltd.");
  });

  it("keeps an error's name: a key called name is personal only where a schema says so", () => {
    const out = captured(() =>
      logger.error("request failed", { error: { name: "TypeError", message: "x is not a function" } }),
    );
    expect(out).toContain('"name":"TypeError"');
    expect(out).not.toContain(REDACTED);
    const thrown = captured(() => logger.error("request failed", new RangeError("too far")));
    expect(thrown).toContain('"name":"RangeError"');
  });

  it("never prints the original of a cycle", () => {
    const looped: Record<string, unknown> = { contact: { name: "Li Hua" } };
    looped.self = looped;
    const out = captured(() => logger.info("cycle", { looped }));
    expect(out).not.toContain("Li Hua");
  });
});
