/**
 * The CAC procedures a transfer may start, as the texts set them: what an
 * application or a filing carries, and the statutory clocks in working days
 * (dated parameters, read with `inForceOn`: a clock missing on a date is an
 * error, never a silent omission).
 */
import { addWorkingDays } from "../calendar";
import { type Text, text } from "../i18n";
import { type Citation, defineParameter, type IsoDate, inForceOn, type Parameter } from "../rules";
import type { DueDate } from "../submissions";
import { CITATIONS, DECREE_11_FROM, DECREE_13_FROM } from "./instruments";

/** The CAC procedure a filing starts: a security-assessment application or a standard-contract filing. */
export const FILING_ROUTES = ["security_assessment", "standard_contract"] as const;
export type FilingRoute = (typeof FILING_ROUTES)[number];

/**
 * The documents a filing names (the vocabulary of the intake's `materials[].kind`):
 * 数据出境安全评估办法第六条 (application), 个人信息出境标准合同办法第七条 (filing),
 * a certification application (个人信息保护法第三十八条第一款第（二）项), the HGR filing
 * (人类遗传资源管理条例第二十八条), other.
 */
export const MATERIAL_KINDS = [
  "application_form",
  "self_assessment_report",
  "legal_documents_with_recipient",
  "standard_contract",
  "pi_protection_impact_assessment",
  "certification_application",
  "hgr_filing",
  "other",
] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export const MATERIAL_LABELS: Record<MaterialKind, Text> = {
  application_form: text("申报书", "application form"),
  self_assessment_report: text("数据出境风险自评估报告", "data-export risk self-assessment report"),
  legal_documents_with_recipient: text(
    "与境外接收方拟订立的法律文件",
    "legal documents to be concluded with the overseas recipient",
  ),
  standard_contract: text("个人信息出境标准合同", "standard contract for the export of personal information"),
  pi_protection_impact_assessment: text(
    "个人信息保护影响评估报告",
    "personal information protection impact assessment report",
  ),
  certification_application: text("个人信息保护认证申请", "personal information protection certification application"),
  hgr_filing: text("人类遗传资源信息对外提供备案", "human genetic resources information provision filing"),
  other: text("其他材料", "other materials"),
};

export interface RequiredMaterial {
  kind: MaterialKind;
  label: Text;
  citation: Citation;
}

function required(kind: MaterialKind, citation: Citation): RequiredMaterial {
  return Object.freeze({ kind, label: MATERIAL_LABELS[kind], citation });
}

/**
 * 数据出境安全评估办法第六条 申报数据出境安全评估，应当提交以下材料：（一）申报书；（二）数据出境风险自评估报告；
 * （三）数据处理者与境外接收方拟订立的法律文件；（四）安全评估工作需要的其他材料。
 * (Items read in a summary; the fourth, asked for case by case, is not required up front.)
 * 个人信息出境标准合同办法第七条: the contract and the personal information protection impact assessment report.
 * The HGR filing goes to the HGR regulator, not the CAC: never required here.
 */
const REQUIRED: Record<FilingRoute, readonly RequiredMaterial[]> = {
  security_assessment: Object.freeze([
    required("application_form", CITATIONS.applicationForm),
    required("self_assessment_report", CITATIONS.selfAssessment),
    required("legal_documents_with_recipient", CITATIONS.legalDocuments),
  ]),
  standard_contract: Object.freeze([
    required("standard_contract", CITATIONS.standardContractFiling),
    required("pi_protection_impact_assessment", CITATIONS.standardContractFiling),
  ]),
};

export function requiredMaterials(route: FilingRoute): RequiredMaterial[] {
  return [...REQUIRED[route]];
}

/** Every required item not among the materials, all at once. */
export function missingMaterials(route: FilingRoute, materials: readonly { kind: MaterialKind }[]): RequiredMaterial[] {
  return REQUIRED[route].filter((m) => !materials.some((given) => given.kind === m.kind));
}

function workingDays(id: string, description: Text, from: IsoDate, value: number, citation: Citation) {
  return defineParameter<number>(id, description, [{ from, value, citation }]);
}

// 数据出境安全评估办法第七条 (not read; DOMAIN.md): the provincial office checks completeness within 5 working days
// of receiving the application, the CAC decides whether to accept within 7 working days of receiving it.
export const COMPLETENESS_CHECK_DAYS = workingDays(
  "dataExport.clock.completenessCheck",
  text("省级网信部门完备性查验（工作日）", "Provincial completeness check (working days)"),
  DECREE_11_FROM,
  5,
  CITATIONS.acceptance,
);
export const ACCEPTANCE_DAYS = workingDays(
  "dataExport.clock.acceptance",
  text("国家网信部门确定是否受理（工作日）", "CAC decision whether to accept (working days)"),
  DECREE_11_FROM,
  7,
  CITATIONS.acceptance,
);
// 第十二条 (not read; DOMAIN.md): the review within 45 working days of the acceptance notice, extendable.
export const REVIEW_DAYS = workingDays(
  "dataExport.clock.review",
  text("安全评估（工作日，可以延长）", "Security assessment (working days, extendable)"),
  DECREE_11_FROM,
  45,
  CITATIONS.review,
);
// 第十三条 (not read; DOMAIN.md): a request for re-assessment within 15 working days of the result.
export const REASSESSMENT_REQUEST_DAYS = workingDays(
  "dataExport.clock.reassessmentRequest",
  text("申请复评（工作日）", "Request for re-assessment (working days)"),
  DECREE_11_FROM,
  15,
  CITATIONS.reassessment,
);
// 个人信息出境标准合同办法第七条：个人信息处理者应当在标准合同生效之日起10个工作日内……备案
export const STANDARD_CONTRACT_FILING_DAYS = workingDays(
  "dataExport.clock.standardContractFiling",
  text("标准合同备案期限（工作日）", "Standard-contract filing period (working days)"),
  DECREE_13_FROM,
  10,
  CITATIONS.standardContractFiling,
);

export interface Clock {
  step: string;
  workingDays: number;
  /** The event the clock starts from. */
  from: Text;
  citation: Citation;
}

interface ClockSpec {
  step: string;
  parameter: Parameter<number>;
  from: Text;
}

const CLOCKS: Record<FilingRoute, readonly ClockSpec[]> = {
  security_assessment: [
    {
      step: "completeness_check",
      parameter: COMPLETENESS_CHECK_DAYS,
      from: text("省级网信部门收到申报材料之日", "the day the provincial cyberspace office receives the application"),
    },
    {
      step: "acceptance",
      parameter: ACCEPTANCE_DAYS,
      from: text("国家网信部门收到申报材料之日", "the day the CAC receives the application"),
    },
    {
      step: "review",
      parameter: REVIEW_DAYS,
      from: text("发出书面受理通知书之日", "the day the written acceptance notice is issued"),
    },
    {
      step: "reassessment_request",
      parameter: REASSESSMENT_REQUEST_DAYS,
      from: text("收到评估结果之日", "the day the assessment result is received"),
    },
  ],
  standard_contract: [
    {
      step: "filing",
      parameter: STANDARD_CONTRACT_FILING_DAYS,
      from: text("标准合同生效之日", "the day the standard contract takes effect"),
    },
  ],
};

/**
 * The clocks of a route as in force on `asOf` (the day the filing is
 * received). A clock with no figure on that date throws `ParameterNotInForce`:
 * the route exists, so its clocks must.
 */
export function clocksFor(route: FilingRoute, asOf: IsoDate): Clock[] {
  return CLOCKS[route].map(({ step, parameter, from }) => {
    const figure = inForceOn(parameter, asOf);
    return { step, workingDays: figure.value, from, citation: figure.citation };
  });
}

/** The steps whose clocks run back to back until the result (the re-assessment request comes after it). */
const DUE_STEPS: Record<FilingRoute, readonly string[]> = {
  security_assessment: ["completeness_check", "acceptance", "review"],
  standard_contract: ["filing"],
};

/**
 * When the review is due, counted from the day the filing is received.
 *
 * Security assessment: completeness check, acceptance and review back to back
 * (5 + 7 + 45 working days, Decree 11 第七条 and 第十二条) — the latest the
 * result is due when no step is extended.
 *
 * Standard contract: Decree 13 sets the filer a limit after the contract
 * takes effect, and no period for the provincial office. The platform uses
 * that limit as the office's target: it is the only period the measures set
 * for a filing (a choice, not a statutory deadline; the basis text says so).
 */
export function reviewDue(route: FilingRoute, receivedOn: IsoDate, clocks = clocksFor(route, receivedOn)): DueDate {
  const steps = clocks.filter((c) => DUE_STEPS[route].includes(c.step));
  const total = steps.reduce((sum, c) => sum + c.workingDays, 0);
  const last = steps[steps.length - 1] as Clock;
  const { date, provisional } = addWorkingDays(receivedOn, total);
  const basis =
    route === "security_assessment"
      ? text(
          `完备性查验、受理和评估合计${total}个工作日，自收到申报之日起算；情况复杂的评估可以延长。`,
          `Completeness check, acceptance and review: ${total} working days from receipt; a complex review may be extended.`,
        )
      : text(
          `标准合同办法未规定网信部门的办理期限；本平台以${total}个工作日的备案期限作为办理目标。`,
          `Decree 13 sets no period for the office; the platform uses the ${total}-working-day filing period as its target.`,
        );
  return { date, provisional, basis, citation: last.citation, clock: { from: receivedOn, workingDays: total } };
}

export interface FilingDeadline {
  date: IsoDate;
  provisional: boolean;
  /** Whether the filing received on `receivedOn` met the limit. */
  onTime: boolean;
  /** The limit in working days, as in force on the contract's effective date. */
  workingDays: number;
  citation: Citation;
}

/**
 * The filer's own limit on the standard-contract route: file within 10
 * working days after the contract takes effect (Decree 13 第七条). Null for a
 * contract that took effect before the standard contract existed.
 */
export function standardContractFilingDeadline(
  contractEffectiveOn: IsoDate,
  receivedOn: IsoDate,
): FilingDeadline | null {
  if (contractEffectiveOn < DECREE_13_FROM) return null;
  const figure = inForceOn(STANDARD_CONTRACT_FILING_DAYS, contractEffectiveOn);
  const { date, provisional } = addWorkingDays(contractEffectiveOn, figure.value);
  return { date, provisional, onTime: receivedOn <= date, workingDays: figure.value, citation: figure.citation };
}
