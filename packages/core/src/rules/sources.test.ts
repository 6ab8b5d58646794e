import { describe, expect, it } from "vitest";
import { CITATIONS as DATA_EXPORT } from "../data-export/instruments";
import { text } from "../i18n";
import { citeMeasure } from "../measures";
import { citationKey, cite, documentIdOf, instruments, sourceIdOf } from "./citation";
import { bySource, emptySourceIndex, withSources } from "./sources";

describe("source ids", () => {
  it("are the instrument's id and the article in English notation", () => {
    expect(sourceIdOf(citeMeasure("M07"))).toBe("guobanhan-2023-7.item7");
    expect(documentIdOf(citeMeasure("M07").document)).toBe("guobanhan-2023-7");
  });

  it("are the same for equal citations made apart, and a hash of the content outside an instrument", () => {
    const measure = citeMeasure("M01");
    expect(sourceIdOf({ ...measure })).toBe(sourceIdOf(measure));
    const loose = cite(text("某通知", "A notice"), "第一条", "2020-01-01");
    expect(sourceIdOf(loose)).toMatch(/^src-[0-9a-f]{8}$/);
    expect(sourceIdOf(cite(text("某通知", "A notice"), "第一条", "2020-01-01"))).toBe(sourceIdOf(loose));
    expect(documentIdOf(loose.document)).toMatch(/^doc-[0-9a-f]{8}$/);
  });

  it("are unique across every instrument's citations, one per distinct citation", () => {
    const citations = instruments().flatMap((i) => i.citations);
    const distinct = new Set(citations.map(citationKey));
    expect(new Set(citations.map(sourceIdOf)).size).toBe(distinct.size);
    expect(citations.every((c) => !sourceIdOf(c).startsWith("src-"))).toBe(true);
  });
});

describe("citations by reference", () => {
  const measure = citeMeasure("M09");
  const reasons = [
    { code: "a", message: text("甲", "A"), citation: measure },
    { code: "b", message: text("乙", "B"), citation: { ...measure } },
  ];

  it("names each source once, its document once, and keeps everything else", () => {
    const index = emptySourceIndex();
    expect(bySource(reasons, index)).toEqual([
      { code: "a", message: text("甲", "A"), source: "guobanhan-2023-7.item9" },
      { code: "b", message: text("乙", "B"), source: "guobanhan-2023-7.item9" },
    ]);
    expect(Object.keys(index.sources)).toEqual(["guobanhan-2023-7.item9"]);
    expect(index.documents["guobanhan-2023-7"]).toEqual(measure.document);
  });

  it("links a whole article this API publishes instead of quoting it", () => {
    const { sources } = withSources({ reasons });
    expect(sources["guobanhan-2023-7.item9"]).toEqual({
      document: "guobanhan-2023-7",
      article: "（九）",
      inForceFrom: "2023-01-11",
      href: "/v1/measures/M09",
    });
    expect(measure.quote).toBeTruthy();
  });

  it("turns a list of citations into a list of ids, with the sources alongside", () => {
    const screening = withSources({ verdict: "pass", citations: [measure, DATA_EXPORT.standardContractFiling] });
    expect(screening.citations).toEqual(["guobanhan-2023-7.item9", sourceIdOf(DATA_EXPORT.standardContractFiling)]);
    expect(Object.keys(screening.sources)).toEqual(screening.citations);
    expect(screening.sources[screening.citations[1] ?? ""]?.quote).toBe(DATA_EXPORT.standardContractFiling.quote);
  });
});
