import { type Text, text } from "../i18n";
import type { Citation } from "../rules";
import { AGENCY_NAMES, type AgencyId, type ResponsibleAgency } from "./agencies";
import { type CapabilityName, type Implementation, implementation } from "./capabilities";
import { getPart, type Part, type PartNumber } from "./parts";
import { MEASURES_2023 } from "./policy";

export const MEASURE_IDS = [
  "M01",
  "M02",
  "M03",
  "M04",
  "M05",
  "M06",
  "M07",
  "M08",
  "M09",
  "M10",
  "M11",
  "M12",
  "M13",
  "M14",
  "M15",
  "M16",
] as const;

export type MeasureId = (typeof MEASURE_IDS)[number];

export function isMeasureId(value: unknown): value is MeasureId {
  return typeof value === "string" && (MEASURE_IDS as readonly string[]).includes(value);
}

/** The policy numbers its measures （一）…（十六）, in the order of `MEASURE_IDS`. */
const ARTICLES: Record<MeasureId, string> = {
  M01: "（一）",
  M02: "（二）",
  M03: "（三）",
  M04: "（四）",
  M05: "（五）",
  M06: "（六）",
  M07: "（七）",
  M08: "（八）",
  M09: "（九）",
  M10: "（十）",
  M11: "（十一）",
  M12: "（十二）",
  M13: "（十三）",
  M14: "（十四）",
  M15: "（十五）",
  M16: "（十六）",
};

/** How the closing bracket of a measure assigns responsibility. */
const RESPONSIBILITIES = {
  按职责分工负责: text("按职责分工负责", "each responsible according to its assigned duties"),
  负责: text("负责", "responsible"),
} as const satisfies Record<string, Text>;

export interface Measure {
  id: MeasureId;
  part: Part;
  /** The measure's heading, e.g. 优化科技创新服务. */
  title: Text;
  /** The measure's Chinese text as published, after its heading and without the closing bracket of agencies. */
  text: string;
  summary: Text;
  /** In the order the closing bracket names them; `lead` only where it says 牵头. */
  agencies: readonly ResponsibleAgency[];
  /** The bracket's closing phrase, e.g. 按职责分工负责. */
  responsibility: Text;
  /** The closing bracket's content as published, e.g. 中央网信办牵头，工业和信息化部、公安部等部门和各省级人民政府按职责分工负责. */
  agencyClause: string;
  /** The API capabilities that act on the measure: eligibility checks for all, plus an intake where there is one. */
  implementedBy: readonly Implementation[];
  citation: Citation;
}

export interface MeasureDefinition {
  id: MeasureId;
  part: PartNumber;
  title: Text;
  text: string;
  summary: Text;
  agencyClause: string;
  agencies: readonly AgencyId[];
  leads?: readonly AgencyId[];
  responsibility: keyof typeof RESPONSIBILITIES;
  intake?: CapabilityName;
}

/** Every measure gets an eligibility result; some also have their own intake. */
export function defineMeasure(definition: MeasureDefinition): Measure {
  const { id, part, title, summary, agencyClause, leads = [], intake } = definition;
  return {
    id,
    part: getPart(part),
    title,
    text: definition.text,
    summary,
    agencies: definition.agencies.map((agency) => ({
      id: agency,
      name: AGENCY_NAMES[agency],
      lead: leads.includes(agency),
    })),
    responsibility: RESPONSIBILITIES[definition.responsibility],
    agencyClause,
    implementedBy: [implementation("eligibility-checks"), ...(intake ? [implementation(intake)] : [])],
    citation: MEASURES_2023.article(ARTICLES[id], definition.text, { href: `/v1/measures/${id}` }),
  };
}
