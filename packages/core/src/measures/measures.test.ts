import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  AGENCY_NAMES,
  getMeasure,
  isMeasureId,
  listMeasures,
  MEASURE_IDS,
  MEASURES,
  MEASURES_IN_FORCE_FROM,
  MEASURES_POLICY,
  PARTS,
} from "./index";

const source = readFileSync(new URL("./source/measures-2023.zh.txt", import.meta.url), "utf8");
const squeeze = (s: string) => s.replace(/\s+/g, "");
const squeezedSource = squeeze(source);
/** The source without line breaks and without the page footer the PDF left between measures 1 and 2. */
const policyText = squeeze(source.replace(/^\s*https:\/\/\S+\s*$/gm, ""));

describe("the 16 measures", () => {
  it("are M01 to M16, in order", () => {
    const expected = Array.from({ length: 16 }, (_, i) => `M${String(i + 1).padStart(2, "0")}`);
    expect(MEASURES.map((m) => m.id)).toEqual(expected);
    expect([...MEASURE_IDS]).toEqual(expected);
  });

  it("fall into the four parts with 6, 3, 4 and 3 measures", () => {
    expect(PARTS.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(PARTS.map((p) => listMeasures(p.number).length)).toEqual([6, 3, 4, 3]);
    for (const part of PARTS) expect(policyText).toContain(`${"一二三四"[part.number - 1]}、${part.name["zh-CN"]}`);
  });

  it("carry texts and titles that appear in the policy", () => {
    for (const m of MEASURES) {
      expect(squeezedSource).toContain(squeeze(m.text));
      expect(squeezedSource).toContain(squeeze(m.title["zh-CN"]));
    }
  });

  it("read exactly as published: numeral, title, text, then the bracket of agencies", () => {
    for (const m of MEASURES) {
      expect(policyText).toContain(`${m.citation.article}${m.title["zh-CN"]}。${m.text}（${m.agencyClause}）`);
    }
  });

  it("leave page artifacts and the agency bracket out of the text", () => {
    for (const m of MEASURES) {
      expect(m.text).not.toContain("https://");
      expect(m.text).not.toMatch(/\s/);
      expect(m.text).not.toContain(m.agencyClause);
      expect(m.text).not.toContain("负责）");
      expect(m.text.endsWith("。")).toBe(true);
    }
  });

  it("mark as lead only the agencies the text says 牵头", () => {
    const leads = MEASURES.flatMap((m) => m.agencies.filter((a) => a.lead).map((a) => `${m.id}:${a.id}`));
    expect(leads).toEqual(["M07:CAC", "M08:MOFCOM", "M08:CNIPA"]);
    for (const m of MEASURES) {
      const leadNames = m.agencies.filter((a) => a.lead).map((a) => a.name["zh-CN"]);
      const led = m.agencyClause.split("牵头")[0] ?? "";
      expect(m.agencyClause.includes("牵头")).toBe(leadNames.length > 0);
      for (const name of leadNames) expect(led).toContain(name);
    }
  });

  it("name every agency of the bracket, in order, and no other", () => {
    for (const m of MEASURES) {
      const names = m.agencies.map((a) => a.name["zh-CN"]).sort((a, b) => b.length - a.length);
      expect(m.agencies.length).toBeGreaterThan(0);
      for (const a of m.agencies) expect(a.name).toBe(AGENCY_NAMES[a.id]);
      const positions = m.agencies.map((a) => m.agencyClause.indexOf(a.name["zh-CN"]));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(new Set(m.agencies.map((a) => a.id)).size).toBe(m.agencies.length);
      let rest = m.agencyClause;
      expect(rest.endsWith(m.responsibility["zh-CN"])).toBe(true);
      rest = rest.slice(0, -m.responsibility["zh-CN"].length);
      for (const name of names) rest = rest.replaceAll(name, "");
      expect(rest.replace(/牵头|等部门和单位|等部门|和|、|，/g, "")).toBe("");
    }
  });

  it("give every agency and responsibility both names", () => {
    for (const m of MEASURES) {
      for (const a of m.agencies) {
        expect(a.name["zh-CN"]).not.toBe("");
        expect(a.name.en).not.toBe("");
      }
      expect(["按职责分工负责", "负责"]).toContain(m.responsibility["zh-CN"]);
      expect(m.responsibility.en).not.toBe("");
    }
  });

  it("summarise each measure in one Chinese sentence and two to four English ones", () => {
    for (const m of MEASURES) {
      expect(m.summary["zh-CN"].match(/。/g)?.length).toBe(1);
      expect(m.summary["zh-CN"].endsWith("。")).toBe(true);
      const sentences = m.summary.en.match(/[.!?](?=\s|$)/g)?.length ?? 0;
      expect(sentences, m.id).toBeGreaterThanOrEqual(2);
      expect(sentences, m.id).toBeLessThanOrEqual(4);
      expect(m.title.en).not.toBe("");
    }
  });

  it("are all checked for eligibility, and 7, 9 and 11 also have their own intake", () => {
    for (const m of MEASURES) {
      expect(m.implementedBy[0]).toEqual({ capability: "eligibility-checks", path: "/v1/eligibility-checks" });
    }
    const intakes = MEASURES.flatMap((m) => m.implementedBy.slice(1).map((i) => `${m.id} ${i.capability} ${i.path}`));
    expect(intakes).toEqual([
      "M07 data-export-assessments /v1/data-export-assessments",
      "M09 customs-extension-requests /v1/customs-extension-requests",
      "M11 talent-title-applications /v1/talent-title-applications",
    ]);
  });

  it("cite 国办函〔2023〕7号 by article, in force from 2023-01-11", () => {
    expect(MEASURES_IN_FORCE_FROM).toBe("2023-01-11");
    expect(MEASURES_POLICY["zh-CN"]).toContain("国办函〔2023〕7号");
    expect(getMeasure("M01")?.citation).toEqual({
      document: MEASURES_POLICY,
      article: "（一）",
      inForceFrom: "2023-01-11",
      quote: getMeasure("M01")?.text,
    });
    expect(getMeasure("M16")?.citation.article).toBe("（十六）");
  });
});

describe("looking measures up", () => {
  it("finds a measure by id and nothing for an unknown id", () => {
    expect(getMeasure("M07")?.title["zh-CN"]).toBe("支持研发数据依法跨境流动");
    expect(getMeasure("M99")).toBeUndefined();
    expect(getMeasure("m07")).toBeUndefined();
  });

  it("lists a part's measures, or all of them", () => {
    expect(listMeasures(2).map((m) => m.id)).toEqual(["M07", "M08", "M09"]);
    expect(listMeasures(4).map((m) => m.id)).toEqual(["M14", "M15", "M16"]);
    expect(listMeasures()).toHaveLength(16);
  });

  it("recognises measure ids", () => {
    expect(isMeasureId("M01")).toBe(true);
    expect(isMeasureId("M16")).toBe(true);
    expect(isMeasureId("M00")).toBe(false);
    expect(isMeasureId("M17")).toBe(false);
    expect(isMeasureId(7)).toBe(false);
  });
});
