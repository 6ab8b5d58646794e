/**
 * Screening of a data-export filing (measure （七）): the pathway comes from
 * the same pure rules the eligibility pre-screen calls; this adds what the
 * CAC procedure needs — the materials, the office and the clocks.
 *
 *   no regime on the transfer date      → rejected
 *   pathway undetermined                → needs_info (every missing fact)
 *   exempt                              → not_required (with the article)
 *   certification chosen or only route  → not_required (a certification body decides, not the CAC)
 *   materials missing / no such office  → needs_info (every missing item at once)
 *   otherwise                           → under_review by the provincial CAC office, with a due date
 */
import {
  type DataExportPathwayResult,
  determineDataExportPathway,
  type ScreeningContext,
  type ScreeningDecision,
  type ScreeningStatus,
  type Text,
  text,
  uniqueCitations,
} from "@rdc/core";
import { type Clock, clocksFor, reviewDue, standardContractFilingDeadline } from "./clocks";
import { type FilingRoute, missingMaterials, type RequiredMaterial, requiredMaterials } from "./materials";
import { provincialCyberspaceOffice } from "./office";
import type { DataExportPayload, Material } from "./payload";

/** The pathway result (with its trace and citations) plus the procedure's materials and clocks. */
export interface DataExportScreening extends DataExportPathwayResult {
  /** The CAC procedure this filing starts, if any. */
  filingRoute: FilingRoute | null;
  requiredMaterials: RequiredMaterial[];
  missingMaterials: RequiredMaterial[];
  clocks: Clock[];
  /** On the standard-contract route: the filing limit from the contract's effective date, and whether it was met. */
  filingDeadline: ReturnType<typeof standardContractFilingDeadline>;
}

const PROVINCE_PATH = "exporter.province";
const CONTRACT_EFFECTIVE_PATH = "transfer.contractEffectiveOn";

export function screenDataExport(
  payload: DataExportPayload,
  ctx: ScreeningContext,
): ScreeningDecision<DataExportScreening> {
  // In a filing, an absent free-trade zone means none (the contract: the zone object, or absent).
  const result = determineDataExportPathway({
    ...payload,
    exporter: { ...payload.exporter, freeTradeZone: payload.exporter.freeTradeZone ?? null },
  });
  const filingRoute = chooseFilingRoute(result, payload.materials);
  const required = filingRoute ? requiredMaterials(filingRoute) : [];
  const missing = filingRoute ? missingMaterials(filingRoute, payload.materials) : [];
  const clocks = filingRoute ? clocksFor(filingRoute, ctx.receivedOn) : [];
  const office = filingRoute ? provincialCyberspaceOffice(payload.exporter.province) : null;
  const effectiveOn = payload.transfer.contractEffectiveOn;
  const filingDeadline =
    filingRoute === "standard_contract" && effectiveOn
      ? standardContractFilingDeadline(effectiveOn, ctx.receivedOn)
      : null;
  const missingFacts = [
    ...result.missingFacts,
    ...(filingRoute && !office ? [PROVINCE_PATH] : []),
    ...(filingRoute === "standard_contract" && !effectiveOn ? [CONTRACT_EFFECTIVE_PATH] : []),
  ];
  const screening: DataExportScreening = {
    ...result,
    missingFacts,
    filingRoute,
    requiredMaterials: required,
    missingMaterials: missing,
    clocks,
    filingDeadline,
    citations: uniqueCitations([
      ...result.citations,
      ...required.map((m) => m.citation),
      ...clocks.map((c) => c.citation),
    ]),
  };
  const decide = (status: ScreeningStatus, summary: Text): ScreeningDecision<DataExportScreening> => ({
    status,
    agency: null,
    office: null,
    due: null,
    summary,
    screening,
  });

  if (result.regime === null) return decide("rejected", noRegimeSummary(payload.transfer.date));
  if (result.pathway === null) return decide("needs_info", missingSummary([], missingFacts));
  if (result.pathway === "exempt") return decide("not_required", exemptSummary(result));
  if (!filingRoute) return decide("not_required", CERTIFICATION_ROUTE_SUMMARY);
  if (missing.length > 0 || missingFacts.length > result.missingFacts.length) {
    return decide("needs_info", missingSummary(missing, missingFacts));
  }

  const due = reviewDue(filingRoute, ctx.receivedOn);
  return {
    status: "under_review",
    agency: "CAC",
    office,
    due,
    summary: text(
      `已转${office?.name["zh-CN"]}，${ROUTE_NAMES[filingRoute]["zh-CN"]}${due ? `，应于${due.date}前办结` : ""}。${
        filingDeadline && !filingDeadline.onTime
          ? `注意：备案晚于标准合同生效后10个工作日的期限（${filingDeadline.date}）。`
          : ""
      }`,
      `Sent to the ${office?.name.en} for the ${ROUTE_NAMES[filingRoute].en}${due ? `, due by ${due.date}` : ""}.${
        filingDeadline && !filingDeadline.onTime
          ? ` Note: filed after the 10-working-day limit from the contract's effective date (${filingDeadline.date}).`
          : ""
      }`,
    ),
    screening,
  };
}

/**
 * The CAC procedure the filing starts. For the standard-contract-or-
 * certification pathway the exporter chooses: a certification application
 * without a standard contract means the certification route, which a
 * professional certification body decides — nothing to file with the CAC.
 * The same holds when the standard contract did not exist yet on the
 * transfer date (before 2023-06-01).
 */
function chooseFilingRoute(result: DataExportPathwayResult, materials: readonly Material[]): FilingRoute | null {
  if (result.pathway === "security_assessment") return "security_assessment";
  if (result.pathway !== "standard_contract_or_certification") return null;
  const kinds = new Set(materials.map((m) => m.kind));
  const contractOpen = result.routesAvailable.some((r) => r.route === "standard_contract");
  const certificationChosen = kinds.has("certification_application") && !kinds.has("standard_contract");
  return contractOpen && !certificationChosen ? "standard_contract" : null;
}

const ROUTE_NAMES: Record<FilingRoute, Text> = {
  security_assessment: text("申报数据出境安全评估", "data-export security assessment"),
  standard_contract: text("备案个人信息出境标准合同", "standard-contract filing"),
};

function noRegimeSummary(date: string): Text {
  return text(
    `传输日${date}早于2022年9月1日，当时没有数据出境安全评估、标准合同或认证的办法。`,
    `The transfer date ${date} is before 2022-09-01, when no data-export assessment, standard-contract or certification measures were in force.`,
  );
}

const CERTIFICATION_ROUTE_SUMMARY = text(
  "适用个人信息保护认证路径：由专业认证机构认证，无需向网信部门申报或备案。",
  "Certification route: a professional certification body certifies the transfer; nothing is filed with the CAC.",
);

function exemptSummary(result: DataExportPathwayResult): Text {
  const citation = result.exemption?.citation;
  const where = citation ? `${citation.document["zh-CN"]}${citation.article ?? ""}` : "";
  const whereEn = citation ? `${citation.document.en} ${citation.article ?? ""}`.trim() : "";
  return text(
    `无需申报数据出境安全评估、订立标准合同或通过认证（${where}）。`,
    `No security assessment, standard contract or certification is needed (${whereEn}).`,
  );
}

function missingSummary(materials: readonly RequiredMaterial[], facts: readonly string[]): Text {
  const zh: string[] = [];
  const en: string[] = [];
  if (materials.length > 0) {
    zh.push(`缺少材料：${materials.map((m) => m.label["zh-CN"]).join("、")}`);
    en.push(`missing materials: ${materials.map((m) => m.label.en).join(", ")}`);
  }
  if (facts.length > 0) {
    zh.push(`需补充事实：${facts.join("、")}`);
    en.push(`facts to supply: ${facts.join(", ")}`);
  }
  return text(`${zh.join("；")}。`, `${capitalize(en.join("; "))}.`);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
