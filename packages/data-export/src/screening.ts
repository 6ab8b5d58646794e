/**
 * Screening of a data-export filing (measure （七）): a composition, through
 * the kernel's `toScreening`, of core's rules — the pathway the eligibility
 * pre-screen also decides with, and the CAC procedure (materials, clocks).
 * What a rule that is not met means here:
 *
 *   no regime on the transfer date            → rejected
 *   pathway undetermined                      → needs_info, every missing fact with its article
 *   exempt                                    → not_required (with the article)
 *   certification chosen or the only route    → not_required (a certification body decides, not the CAC)
 *   materials missing / no such office /
 *   no contract date on the contract route    → needs_info (every missing item at once)
 *   filed after the standard-contract limit   → flagged for the reviewer; still under review
 *   otherwise                                 → under_review by the provincial CAC office, with a due date
 */
import {
  articleInEnglish,
  type Citation,
  type Clock,
  clocksFor,
  DATA_EXPORT_CITATIONS,
  DATA_EXPORT_FACT_LABELS,
  DATA_EXPORT_FIRST_REGIME_FROM,
  type DataExportPathwayResult,
  determineDataExportPathway,
  FAILS,
  type FilingDeadline,
  type FilingRoute,
  type Finding,
  type Fix,
  HOLDS,
  type MissingItem,
  missingMaterials,
  type RequiredMaterial,
  type RuleResult,
  type RuleSpec,
  requiredMaterials,
  reviewDue,
  rule,
  type ScreeningCheck,
  type ScreeningContext,
  type ScreeningDecision,
  type ScreeningStatus,
  standardContractFilingDeadline,
  type Text,
  text,
  toScreening,
  uniqueCitations,
  unknown,
  type WithSources,
  withSources,
} from "@rdc/core";
import { provincialCyberspaceOffice } from "./office";
import type { DataExportPayload, Material } from "./schema";

/**
 * The pathway result (with its citations) plus the procedure's materials and
 * clocks, and the screening's findings; the trace is the decision's, not the
 * screening's (`?explain=true`).
 */
export interface DataExportScreening extends Omit<DataExportPathwayResult, "trace"> {
  /** The CAC procedure this filing starts, if any. */
  filingRoute: FilingRoute | null;
  requiredMaterials: RequiredMaterial[];
  missingMaterials: RequiredMaterial[];
  clocks: Clock[];
  /** On the standard-contract route: the filing limit from the contract's effective date, and whether it was met. */
  filingDeadline: FilingDeadline | null;
  /** What each rule the screening read concluded, as the reviewer reads it (kernel format). */
  findings: Finding[];
  /** Everything to supply or correct before review, each with its article (kernel format). */
  missingItems: MissingItem[];
}

const PROVINCE_PATH = "exporter.province";
const CONTRACT_EFFECTIVE_PATH = "transfer.contractEffectiveOn";
const MATERIALS_PATH = "materials";

const PLAIN = Object.freeze({ explain: false });
const EXPLAINED = Object.freeze({ explain: true });

export function screenDataExport(
  payload: DataExportPayload,
  ctx: ScreeningContext,
): ScreeningDecision<WithSources<DataExportScreening>> {
  const explain = ctx.explain === true;
  const rules = explain ? EXPLAINED : PLAIN;
  // In a filing, an absent free-trade zone means none (the contract: the zone object, or absent).
  const result = determineDataExportPathway(
    { ...payload, exporter: { ...payload.exporter, freeTradeZone: payload.exporter.freeTradeZone ?? null } },
    { explain },
  );
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

  const checks: ScreeningCheck[] = [
    { result: regimeCheck(result), ifNotMet: "reject" },
    { result: pathwayCheck(result), ifNotMet: "needs_info", fixes: missingFactFixes(result) },
  ];
  if (filingRoute) {
    checks.push(
      { result: materialsCheck(rules, filingRoute, missing), ifNotMet: "needs_info", fixes: missing.map(materialFix) },
      { result: officeCheck(rules, filingRoute, payload, office !== null), ifNotMet: "needs_info" },
    );
    if (filingRoute === "standard_contract")
      checks.push(
        { result: contractDateCheck(rules, effectiveOn), ifNotMet: "needs_info" },
        ...(filingDeadline ? [{ result: filedOnTimeCheck(rules, filingDeadline), ifNotMet: "flag" as const }] : []),
      );
  }
  const outcome = toScreening(checks);

  const missingFacts = [
    ...result.missingFacts,
    ...(filingRoute && !office ? [PROVINCE_PATH] : []),
    ...(filingRoute === "standard_contract" && !effectiveOn ? [CONTRACT_EFFECTIVE_PATH] : []),
  ];
  const { trace: pathwayTrace, ...pathway } = result;
  const screening = withSources<DataExportScreening>({
    ...pathway,
    missingFacts,
    filingRoute,
    requiredMaterials: required,
    missingMaterials: missing,
    clocks,
    filingDeadline,
    findings: outcome.findings,
    missingItems: outcome.missingItems,
    citations: uniqueCitations([
      ...result.citations,
      ...required.map((m) => m.citation),
      ...clocks.map((c) => c.citation),
    ]),
  });
  const trace = explain ? { trace: [...pathwayTrace, ...outcome.trace] } : {};
  const decide = (status: ScreeningStatus, summary: Text): ScreeningDecision<WithSources<DataExportScreening>> => ({
    status,
    agency: null,
    office: null,
    due: null,
    summary,
    screening,
    ...trace,
  });

  if (outcome.verdict === "rejected") return decide("rejected", noRegimeSummary(payload.transfer.date));
  if (result.pathway === null) return decide("needs_info", missingSummary([], missingFacts));
  if (result.pathway === "exempt") return decide("not_required", exemptSummary(result));
  if (!filingRoute) return decide("not_required", CERTIFICATION_ROUTE_SUMMARY);
  if (outcome.verdict === "needs_info") return decide("needs_info", missingSummary(missing, missingFacts));

  const due = reviewDue(filingRoute, ctx.receivedOn, clocks);
  const late = filingDeadline && !filingDeadline.onTime ? filingDeadline : null;
  return {
    status: "under_review",
    agency: "CAC",
    office,
    due,
    summary: text(
      `已转${office?.name["zh-CN"]}，${ROUTE_NAMES[filingRoute]["zh-CN"]}，应于${due.date}前办结。${
        late ? `注意：备案晚于标准合同生效后${late.workingDays}个工作日的期限（${late.date}）。` : ""
      }`,
      `Sent to the ${office?.name.en} for the ${ROUTE_NAMES[filingRoute].en}, due by ${due.date}.${
        late
          ? ` Note: filed after the ${late.workingDays}-working-day limit from the contract's effective date (${late.date}).`
          : ""
      }`,
    ),
    screening,
    ...trace,
  };
}

/** A result of a check that is not a rule of its own: what core already decided, seen by this intake. */
function decided(outcome: RuleResult["outcome"], reasons: RuleResult["reasons"], missingFacts: string[] = []) {
  return { outcome, reasons, missingFacts, trace: [] } satisfies RuleResult;
}

/** 数据出境安全评估办法 (from its entry into force): a transfer before any regime has no pathway to screen. */
function regimeCheck(result: DataExportPathwayResult): RuleResult {
  return decided(result.regime === null ? "ineligible" : "eligible", result.reasons.slice(0, 1));
}

/** The pathway must be decided; undetermined, every missing fact is asked for (the HGR duties do not hold it up). */
function pathwayCheck(result: DataExportPathwayResult): RuleResult {
  if (result.regime === null) return decided("eligible", []);
  if (result.pathway !== null) return decided("eligible", result.reasons.slice(1));
  return decided("undetermined", result.reasons.slice(1), result.missingFacts);
}

function missingFactFixes(result: DataExportPathwayResult): Fix[] {
  if (result.pathway !== null || result.regime === null) return [];
  return result.missingFactBasis.map(({ fact, citation }) => ({
    field: fact,
    message: DATA_EXPORT_FACT_LABELS[fact as keyof typeof DATA_EXPORT_FACT_LABELS] ?? text(fact, fact),
    citation,
  }));
}

function materialFix(material: RequiredMaterial): Fix {
  return {
    field: MATERIALS_PATH,
    message: text(`缺少材料：${material.label["zh-CN"]}`, `missing material: ${material.label.en}`),
    citation: material.citation,
  };
}

const MATERIALS_RULE = {
  security_assessment: {
    code: "dataExport.materials.security_assessment",
    message: text(
      "申报数据出境安全评估，应当提交申报书、数据出境风险自评估报告和与境外接收方拟订立的法律文件。",
      "A security-assessment application carries the application form, the risk self-assessment report and the legal documents with the recipient.",
    ),
    citation: DATA_EXPORT_CITATIONS.applicationForm,
  },
  standard_contract: {
    code: "dataExport.materials.standard_contract",
    message: text(
      "备案标准合同，应当提交标准合同和个人信息保护影响评估报告。",
      "A standard-contract filing carries the contract and the personal information protection impact assessment report.",
    ),
    citation: DATA_EXPORT_CITATIONS.standardContractFiling,
  },
} satisfies Record<FilingRoute, { code: string; message: Text; citation: Citation }>;

/** A check of this intake as a cited rule; a failed check keeps its reason, so the reviewer reads why. */
function checked(ctx: { explain: boolean }, spec: RuleSpec, ok: boolean): RuleResult {
  const result = rule(ctx, spec, ok ? HOLDS : FAILS);
  return ok ? result : { ...result, reasons: [{ code: spec.code, message: spec.message, citation: spec.citation }] };
}

function materialsCheck(ctx: { explain: boolean }, route: FilingRoute, missing: readonly RequiredMaterial[]) {
  return checked(ctx, { ...MATERIALS_RULE[route], inputs: { missing: missing.map((m) => m.kind) } }, !missing.length);
}

/**
 * 数据出境安全评估办法第四条：应当通过所在地省级网信部门向国家网信部门申报 (the standard contract is filed with
 * the same office). A province code that names no office is asked for, with the article.
 */
function officeCheck(ctx: { explain: boolean }, route: FilingRoute, payload: DataExportPayload, found: boolean) {
  const spec: RuleSpec = {
    code: "dataExport.provincialOffice",
    message: text(
      "通过所在地省级网信部门申报或者备案：须填写可识别的省级行政区划代码。",
      "Filed through the provincial cyberspace office: a province code that names an office is needed.",
    ),
    citation:
      route === "security_assessment"
        ? DATA_EXPORT_CITATIONS.decree11ProvincialOffice
        : DATA_EXPORT_CITATIONS.standardContractFiling,
    inputs: { province: payload.exporter.province },
  };
  return rule(ctx, spec, found ? HOLDS : unknown(PROVINCE_PATH));
}

/** 个人信息出境标准合同办法第七条: the limit runs from the contract's effective date, which must be given. */
function contractDateCheck(ctx: { explain: boolean }, effectiveOn: string | undefined): RuleResult {
  return rule(
    ctx,
    {
      code: "dataExport.standardContract.effectiveDate",
      message: text(
        "标准合同生效日期（备案期限自该日起算）。",
        "The day the standard contract took effect (the filing limit runs from it).",
      ),
      citation: DATA_EXPORT_CITATIONS.standardContractFiling,
      inputs: { contractEffectiveOn: effectiveOn },
    },
    effectiveOn === undefined ? unknown(CONTRACT_EFFECTIVE_PATH) : HOLDS,
  );
}

/** 个人信息出境标准合同办法第七条：应当在标准合同生效之日起10个工作日内……备案 — late is a finding, not a refusal. */
function filedOnTimeCheck(ctx: { explain: boolean }, deadline: FilingDeadline): RuleResult {
  return checked(
    ctx,
    {
      code: "dataExport.standardContract.filedOnTime",
      message: text(
        `标准合同生效之日起${deadline.workingDays}个工作日内备案（${deadline.date}前）。`,
        `Filed within ${deadline.workingDays} working days after the contract took effect (by ${deadline.date}).`,
      ),
      citation: deadline.citation,
      inputs: { deadline: deadline.date },
    },
    deadline.onTime,
  );
}

/**
 * The CAC procedure the filing starts. For the standard-contract-or-
 * certification pathway the exporter chooses: a certification application
 * without a standard contract means the certification route, which a
 * professional certification body decides — nothing to file with the CAC.
 * The same holds when the standard contract did not exist yet on the
 * transfer date (before Decree 13 took effect).
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
  const first = DATA_EXPORT_FIRST_REGIME_FROM;
  return text(
    `传输日${date}早于${zhDate(first)}，当时没有数据出境安全评估、标准合同或认证的办法。`,
    `The transfer date ${date} is before ${first}, when no data-export assessment, standard-contract or certification measures were in force.`,
  );
}

function zhDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${y}年${Number(m)}月${Number(d)}日`;
}

const CERTIFICATION_ROUTE_SUMMARY = text(
  "适用个人信息保护认证路径：由专业认证机构认证，无需向网信部门申报或备案。",
  "Certification route: a professional certification body certifies the transfer; nothing is filed with the CAC.",
);

function exemptSummary(result: DataExportPathwayResult): Text {
  const citation = result.exemption?.citation;
  const where = citation ? `${citation.document["zh-CN"]}${citation.article ?? ""}` : "";
  const whereEn = citation
    ? `${citation.document.en} ${citation.article ? articleInEnglish(citation.article) : ""}`.trim()
    : "";
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
