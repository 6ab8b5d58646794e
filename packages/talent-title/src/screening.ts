import {
  type Citation,
  type DirectSeniorApplication,
  daysWorked,
  declaredWork,
  degreeChecks,
  directSeniorCheck,
  type Finding,
  greenChannel,
  LEVEL_NAMES,
  MEASURE_11,
  type MissingItem,
  normalRequirementFor,
  type Outcome,
  publicityChecks,
  type Reason,
  type RuleContext,
  type RuleResult,
  type ScreeningCheck,
  type ScreeningContext,
  type ScreeningDecision,
  type SeniorityStatus,
  seniority,
  type Text,
  type TraceEntry,
  text,
  toScreening,
  uniqueCitations,
  type Verdict,
  type WithSources,
  type WorkPeriodFacts,
  withSources,
  workPermitCheck,
} from "@rdc/core";
import { officeCheck, provincialHrAuthority, reviewDue } from "./office";
import type { TalentTitlePayload } from "./schema";

/** The route of an applicant outside the green channel: Order 40's level-by-level application. */
export const NORMAL_ROUTE = "step_by_step";

export interface NormalRoute {
  route: typeof NORMAL_ROUTE;
  /** The usual seniority: `undetermined` without `currentTitle.obtainedOn`; `not_assessed` where the series is not encoded. */
  seniority: SeniorityStatus;
  explanation: Text;
}

export interface TalentTitleScreening {
  greenChannel: { eligible: boolean; outcome: Outcome; reasons: Reason[] };
  directSeniorApplication: DirectSeniorApplication;
  /** Years of declared work up to the filing day, overlaps counted once, truncated to one decimal. */
  experienceYears: { total: number; overseas: number };
  /** The usual seniority for the requested level in the series. */
  normalRequirement: Text;
  /** What the green channel waived for this applicant (empty off the green channel). */
  relaxedBy: Text[];
  /** Set only for applicants off the green channel. */
  normalRoute: NormalRoute | null;
  verdict: Verdict;
  missingItems: MissingItem[];
  findings: Finding[];
  citations: Citation[];
}

/** Days of work as years of 365 days, truncated to one decimal (a tenth is credited once served in full). */
function years(periods: readonly WorkPeriodFacts[], asOf: string): number {
  return Math.floor((daysWorked(periods, asOf) * 10) / 365) / 10;
}

const SENIORITY_STATUS: Record<Outcome, SeniorityStatus> = {
  eligible: "met",
  ineligible: "not_met",
  undetermined: "undetermined",
};

/**
 * Screens a measure （十一） title application over the core talent rules.
 * The green channel decides the route: outside it, the application goes on
 * the normal route, where an unmet usual seniority is flagged for the
 * reviewer (the committee judges it, including exceptional routes whose
 * evidence the platform does not collect) and an undetermined one is asked
 * for. Every item to supply is listed at once (`needs_info`); a complete
 * application goes to the provincial HR authority (`under_review`).
 */
export function screenTalentTitle(
  payload: TalentTitlePayload,
  ctx: ScreeningContext,
): ScreeningDecision<WithSources<TalentTitleScreening>> {
  const { receivedOn } = ctx;
  const context: RuleContext<TalentTitlePayload> = {
    subject: payload,
    asOf: receivedOn,
    explain: ctx.explain === true,
  };
  const channel = greenChannel(context);
  const onGreenChannel = channel.outcome === "eligible";
  const checks: ScreeningCheck[] = [{ result: channel, ifNotMet: { route: NORMAL_ROUTE } }];

  const usual = seniority(context);
  if (channel.outcome === "ineligible" && usual) checks.push({ result: usual, ifNotMet: "flag" });

  const direct = directSeniorCheck(context, onGreenChannel);
  if (direct.result && channel.outcome !== "undetermined")
    checks.push({ result: direct.result, ifNotMet: onGreenChannel ? "needs_info" : "flag", fixes: direct.fixes });
  for (const degree of degreeChecks(context)) checks.push(fix(degree));
  checks.push(fix(workPermitCheck(context)));
  for (const publicity of publicityChecks(context))
    checks.push(publicity.kind === "provisional" ? { result: publicity.result, ifNotMet: "flag" } : fix(publicity));
  checks.push({ result: officeCheck(context), ifNotMet: "needs_info" });

  const outcome = toScreening(checks);
  const requirement = normalRequirementFor(payload.series, payload.requestedTitle.level, receivedOn);
  const seniorityStatus: SeniorityStatus = usual ? SENIORITY_STATUS[usual.outcome] : "not_assessed";
  const screening = withSources<TalentTitleScreening>({
    greenChannel: { eligible: onGreenChannel, outcome: channel.outcome, reasons: channel.reasons },
    directSeniorApplication: direct.decision,
    experienceYears: {
      total: years(declaredWork(payload), receivedOn),
      overseas: years(payload.overseasExperience, receivedOn),
    },
    normalRequirement: requirement.text,
    relaxedBy: onGreenChannel ? relaxations(seniorityStatus, direct.decision, requirement.text, payload) : [],
    normalRoute:
      channel.outcome === "ineligible"
        ? {
            route: NORMAL_ROUTE,
            seniority: seniorityStatus,
            explanation: text(
              `按职称层级逐级申报，适用该系列的通常资历、年限条件（${requirement.text["zh-CN"]}）`,
              `Applied for one level at a time, under the series' usual seniority and years (${requirement.text.en})`,
            ),
          }
        : null,
    verdict: outcome.verdict,
    missingItems: outcome.missingItems,
    findings: outcome.findings,
    citations: uniqueCitations([MEASURE_11, ...requirement.citations, ...outcome.findings.map((f) => f.citation)]),
  });
  const trace: TraceEntry[] | undefined = ctx.explain
    ? [...outcome.trace, ...(onGreenChannel && usual ? usual.trace : [])]
    : undefined;
  const explainedTrace = trace ? { trace } : {};
  const office = provincialHrAuthority(payload.employer.province);
  if (outcome.verdict !== "pass" || !office)
    return {
      status: outcome.verdict === "rejected" ? "rejected" : "needs_info",
      agency: null,
      office: null,
      due: null,
      summary: text(
        `申报材料不全，需补正${outcome.missingItems.length}项后再行审查`,
        `Incomplete: ${outcome.missingItems.length} item(s) to supply before review`,
      ),
      screening,
      ...explainedTrace,
    };
  const flagged = outcome.findings.some((f) => f.severity === "flagged");
  return {
    status: "under_review",
    agency: "MOHRSS",
    office,
    due: reviewDue(receivedOn),
    summary: onGreenChannel
      ? text(
          `绿色通道职称申报材料齐全，已提交${office.name["zh-CN"]}审查${flagged ? "（有标注事项）" : ""}`,
          `Green-channel title application complete; sent to the ${office.name.en} for review${flagged ? " (with flagged findings)" : ""}`,
        )
      : text(
          `常规途径职称申报材料齐全，已提交${office.name["zh-CN"]}审查${flagged ? "（有标注事项）" : ""}`,
          `Normal-route title application complete; sent to the ${office.name.en} for review${flagged ? " (with flagged findings)" : ""}`,
        ),
    screening,
    ...explainedTrace,
  };
}

/** A rule whose failure asks for the items that cure it. */
function fix(check: { result: RuleResult; fixes: ScreeningCheck["fixes"] }): ScreeningCheck {
  return { result: check.result, ifNotMet: "needs_info", ...(check.fixes?.length ? { fixes: check.fixes } : {}) };
}

/** What the green channel waived: the usual seniority not shown to be met, and the level below a senior title. */
function relaxations(
  status: SeniorityStatus,
  direct: DirectSeniorApplication,
  normalRequirement: Text,
  payload: TalentTitlePayload,
): Text[] {
  const relaxed: Text[] = [];
  if (status === "not_met" || status === "undetermined")
    relaxed.push(
      text(
        `放宽通常资历、年限条件（${normalRequirement["zh-CN"]}）`,
        `Usual seniority and years relaxed (${normalRequirement.en})`,
      ),
    );
  if (status === "not_assessed")
    relaxed.push(
      text(
        "资历、年限等条件按绿色通道放宽，具体以该系列职称评价标准为准",
        "Seniority and years are relaxed under the green channel, as measured against the series' evaluation standard",
      ),
    );
  if (direct === "allowed") {
    const level = LEVEL_NAMES[payload.requestedTitle.level];
    relaxed.push(
      text(
        `免于逐级申报：以业绩成果为依据直接申报${level["zh-CN"]}职称`,
        `Level-by-level application waived: direct application for the ${level.en} title on the declared achievements`,
      ),
    );
  }
  return relaxed;
}
