/**
 * Law as checkable data: every citation made through an instrument carries
 * the words it encodes, and those words stand in the instrument's source text
 * (`source.txt` beside its rules). White space is ignored; `……` separates
 * pieces that must appear in this order.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { instruments } from "./index";

const squeeze = (s: string) => s.replace(/\s+/g, "");

function appearsIn(source: string, quote: string): boolean {
  let from = 0;
  for (const piece of quote.split(/…+/).map(squeeze).filter(Boolean)) {
    const at = source.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

describe("every quote stands in its instrument's source text", () => {
  const all = instruments();

  it("has instruments to check", () => {
    expect(all.length).toBeGreaterThan(0);
  });

  for (const instrument of all) {
    describe(instrument.id, () => {
      const source = squeeze(readFileSync(join(import.meta.dirname, instrument.sourceFile), "utf8"));

      it("has cited articles", () => {
        expect(instrument.citations.length).toBeGreaterThan(0);
      });

      for (const citation of instrument.citations) {
        it(`${citation.article ?? "(whole)"}: ${citation.quote?.slice(0, 30)}…`, () => {
          expect(citation.quote?.trim(), "a citation without its quote").toBeTruthy();
          expect(appearsIn(source, citation.quote ?? ""), `not in ${instrument.sourceFile}`).toBe(true);
        });
      }
    });
  }
});

describe("one article notation", () => {
  it("every instrument citation uses the instrument's Chinese notation", () => {
    for (const instrument of instruments())
      for (const citation of instrument.citations) expect(citation.article ?? "第").toMatch(/^(第|附件|附录|（)/);
  });
});
