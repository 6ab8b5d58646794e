/**
 * The statutory clocks of the CAC procedures, in working days, as dated
 * parameters, and the review due date the platform watches.
 */
import {
  addWorkingDays,
  type Citation,
  DECREE_11_FROM,
  DECREE_13_FROM,
  type DueDate,
  defineParameter,
  type IsoDate,
  type Parameter,
  type Text,
  text,
  valueAsOf,
} from "@rdc/core";
import type { FilingRoute } from "./materials";
import { PROCEDURE_CITATIONS } from "./sources";

function workingDays(id: string, description: Text, from: IsoDate, value: number, citation: Citation) {
  return defineParameter<number>(id, description, [{ from, value, citation }]);
}

export const COMPLETENESS_CHECK_DAYS = workingDays(
  "dataExport.clock.completenessCheck",
  text("省级网信部门完备性查验（工作日）", "Provincial completeness check (working days)"),
  DECREE_11_FROM,
  5,
  PROCEDURE_CITATIONS.acceptance,
);
export const ACCEPTANCE_DAYS = workingDays(
  "dataExport.clock.acceptance",
  text("国家网信部门确定是否受理（工作日）", "CAC decision whether to accept (working days)"),
  DECREE_11_FROM,
  7,
  PROCEDURE_CITATIONS.acceptance,
);
export const REVIEW_DAYS = workingDays(
  "dataExport.clock.review",
  text("安全评估（工作日，可以延长）", "Security assessment (working days, extendable)"),
  DECREE_11_FROM,
  45,
  PROCEDURE_CITATIONS.review,
);
export const REASSESSMENT_REQUEST_DAYS = workingDays(
  "dataExport.clock.reassessmentRequest",
  text("申请复评（工作日）", "Request for re-assessment (working days)"),
  DECREE_11_FROM,
  15,
  PROCEDURE_CITATIONS.reassessment,
);
export const STANDARD_CONTRACT_FILING_DAYS = workingDays(
  "dataExport.clock.standardContractFiling",
  text("标准合同备案期限（工作日）", "Standard-contract filing period (working days)"),
  DECREE_13_FROM,
  10,
  PROCEDURE_CITATIONS.standardContractFiling,
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

const CLOCKS: Record<FilingRoute, ClockSpec[]> = {
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

/** The clocks of a route as in force on `asOf` (the day the filing is received). */
export function clocksFor(route: FilingRoute, asOf: IsoDate): Clock[] {
  return CLOCKS[route].flatMap(({ step, parameter, from }) => {
    const figure = valueAsOf(parameter, asOf);
    return figure ? [{ step, workingDays: figure.value, from, citation: figure.citation }] : [];
  });
}

/**
 * When the review is due, counted from the day the filing is received.
 *
 * Security assessment: completeness check, acceptance and review back to back
 * (5 + 7 + 45 working days, Decree 11 Arts. 7 and 12) — the latest the
 * result is due when no step is extended.
 *
 * Standard contract: Decree 13 sets the filer a 10-working-day limit after
 * the contract takes effect, and no period for the provincial office. The
 * platform uses those 10 working days as the office's target: it is the only
 * period the measures set for a filing (a choice, not a statutory deadline;
 * the basis text says so).
 */
export function reviewDue(route: FilingRoute, receivedOn: IsoDate): DueDate | null {
  const steps = route === "security_assessment" ? ["completeness_check", "acceptance", "review"] : ["filing"];
  const clocks = clocksFor(route, receivedOn).filter((c) => steps.includes(c.step));
  const last = clocks.at(-1);
  if (clocks.length !== steps.length || !last) return null;
  const total = clocks.reduce((sum, c) => sum + c.workingDays, 0);
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
  return { date, provisional, basis, citation: last.citation };
}

/**
 * The filer's own limit on the standard-contract route: file within 10
 * working days after the contract takes effect (Decree 13). `onTime` says
 * whether the filing received on `receivedOn` met it.
 */
export function standardContractFilingDeadline(contractEffectiveOn: IsoDate, receivedOn: IsoDate) {
  const figure = valueAsOf(STANDARD_CONTRACT_FILING_DAYS, contractEffectiveOn);
  if (!figure) return null;
  const { date, provisional } = addWorkingDays(contractEffectiveOn, figure.value);
  return { date, provisional, onTime: receivedOn <= date, citation: figure.citation };
}
