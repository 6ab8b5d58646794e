import {
  type Citation,
  type DueDate,
  defineParameter,
  type IsoDate,
  type Reason,
  type ScreeningContext,
  type ScreeningDecision,
  serviceTargetDue,
  type Text,
  text,
  uniqueCitations,
  valueAsOf,
} from "@rdc/core";
import { MEASURE_11, PLATFORM_REVIEW_TARGET } from "./citations";
import { degreeVerificationMissing } from "./degrees";
import { type DirectSeniorApplication, directSeniorApplication } from "./direct-senior";
import { experienceYears } from "./experience";
import type { MissingItem } from "./findings";
import { type GreenChannel, greenChannel } from "./green-channel";
import { LEVEL_NAMES } from "./levels";
import { provincialHrAuthority } from "./office";
import type { TalentTitlePayload } from "./payload";
import { publicityCheck } from "./publicity";
import { normalRequirementFor } from "./requirements";
import { assessSeniority, type SeniorityStatus } from "./seniority";
import { workPermitCheck } from "./work-permit";

/** The ordinary route an applicant off the green channel is screened on: Order 40's level-by-level application. */
export interface NormalRoute {
  route: "step_by_step";
  /** Whether the usual seniority is met; `not_assessed` where the series' rules are not encoded. */
  seniority: SeniorityStatus;
  explanation: Text;
}

export interface TalentTitleScreening {
  greenChannel: GreenChannel;
  directSeniorApplication: DirectSeniorApplication;
  /** Years of work up to the filing day, overlaps counted once, truncated to one decimal (see `experienceYears`). */
  experienceYears: { total: number; overseas: number };
  /** The usual seniority for the requested level in the series. */
  normalRequirement: Text;
  /** What the green channel waived for this applicant (empty off the green channel). */
  relaxedBy: Text[];
  /** Set only for applicants off the green channel. */
  normalRoute: NormalRoute | null;
  missingItems: MissingItem[];
  findings: Reason[];
  citations: Citation[];
}

/**
 * Title evaluation has no statutory review period we know of; the due date is
 * the platform's own target, in working days from receipt.
 */
export const REVIEW_TARGET_WORKING_DAYS = defineParameter<number>(
  "talent-title.review-target-working-days",
  text("职称申报审查的平台服务目标（工作日）", "Platform target for reviewing a title application (working days)"),
  [{ from: PLATFORM_REVIEW_TARGET.inForceFrom, value: 20, citation: PLATFORM_REVIEW_TARGET }],
);

/**
 * Screens a measure （十一） title application. Every item to supply is listed
 * at once (`needs_info`); a complete application goes to the provincial HR
 * authority of the employer (`under_review`).
 *
 * Off the green channel, an applicant who does not meet the usual seniority
 * is flagged, not refused and not asked for more: the evaluation committee
 * judges seniority against its series' standard, including exceptional routes
 * (破格, Order 40's direct application for major contributions) whose evidence
 * the platform does not collect, and the years compared are only a proxy
 * (all declared work, not the years since the lower title). Asking for more
 * information could not cure missing years, and refusal is the reviewer's call.
 */
export function screenTalentTitle(
  payload: TalentTitlePayload,
  ctx: ScreeningContext,
): ScreeningDecision<TalentTitleScreening> {
  const { receivedOn } = ctx;
  const channel = greenChannel(payload);
  const overseas = payload.overseasExperience;
  const years = {
    total: experienceYears([...overseas, ...(payload.domesticExperience ?? [])], receivedOn),
    overseas: experienceYears(overseas, receivedOn),
  };
  const requirement = normalRequirementFor(payload.series, payload.requestedTitle.level, receivedOn);
  const seniority = assessSeniority(requirement.rule?.value, payload, years.total);
  const direct = directSeniorApplication(payload, channel.eligible);
  const permit = workPermitCheck(payload.applicant, receivedOn);
  const publicity = publicityCheck(payload.publicity, receivedOn);
  const office = provincialHrAuthority(payload.employer.province);

  const missingItems: MissingItem[] = [
    ...direct.missing,
    ...degreeVerificationMissing(payload.education, payload.pledge),
    ...permit.missing,
    ...publicity.missing,
    ...(office ? [] : [unknownProvince(payload.employer.province)]),
  ];
  const seniorityFindings: Reason[] =
    !channel.eligible && seniority.status === "not_met" && requirement.rule
      ? [
          {
            code: "seniority_not_met",
            message: text(
              `常规途径：未满足通常资历、年限条件，已标注供审查。${seniority.facts["zh-CN"]}`,
              `Normal route: the usual seniority and years are not met; flagged for the reviewer. ${seniority.facts.en}`,
            ),
            citation: requirement.rule.citation,
          },
        ]
      : [];
  const findings = [...direct.findings, ...seniorityFindings, ...permit.findings, ...publicity.findings];
  const relaxedBy = channel.eligible ? relaxations(seniority.status, direct.decision, requirement.text, payload) : [];
  const normalRoute: NormalRoute | null = channel.eligible
    ? null
    : {
        route: "step_by_step",
        seniority: seniority.status,
        explanation: text(
          `按职称层级逐级申报，适用该系列的通常资历、年限条件。${seniority.facts["zh-CN"]}`,
          `Applied for one level at a time, under the series' usual seniority and years. ${seniority.facts.en}`,
        ),
      };

  const due = office && !missingItems.length ? reviewDue(receivedOn) : null;
  const screening: TalentTitleScreening = {
    greenChannel: channel,
    directSeniorApplication: direct.decision,
    experienceYears: years,
    normalRequirement: requirement.text,
    relaxedBy,
    normalRoute,
    missingItems,
    findings,
    citations: uniqueCitations([
      MEASURE_11,
      ...channel.reasons.map((r) => r.citation),
      ...requirement.citations,
      ...missingItems.map((m) => m.citation),
      ...findings.map((f) => f.citation),
      ...(due ? [due.citation] : []),
    ]),
  };
  if (!due || !office)
    return {
      status: "needs_info",
      agency: null,
      office: null,
      due: null,
      summary: text(
        `申报材料不全，需补正${missingItems.length}项后再行审查`,
        `Incomplete: ${missingItems.length} item(s) to supply before review`,
      ),
      screening,
    };
  return {
    status: "under_review",
    agency: "MOHRSS",
    office,
    due,
    summary: channel.eligible
      ? text(
          `绿色通道职称申报材料齐全，已提交${office.name["zh-CN"]}审查`,
          `Green-channel title application complete; sent to the ${office.name.en} for review`,
        )
      : text(
          `常规途径职称申报材料齐全，已提交${office.name["zh-CN"]}审查${findings.length ? "（有标注事项）" : ""}`,
          `Normal-route title application complete; sent to the ${office.name.en} for review${findings.length ? " (with flagged findings)" : ""}`,
        ),
    screening,
  };
}

/** What the green channel waived: the unmet usual seniority, and the level below a senior title. */
function relaxations(
  seniority: SeniorityStatus,
  direct: DirectSeniorApplication,
  normalRequirement: Text,
  payload: TalentTitlePayload,
): Text[] {
  const relaxed: Text[] = [];
  if (seniority === "not_met")
    relaxed.push(
      text(
        `放宽通常资历、年限条件（${normalRequirement["zh-CN"]}）`,
        `Usual seniority and years relaxed (${normalRequirement.en})`,
      ),
    );
  if (seniority === "not_assessed")
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

function reviewDue(receivedOn: IsoDate): DueDate {
  const target = valueAsOf(REVIEW_TARGET_WORKING_DAYS, receivedOn);
  if (!target) throw new Error(`no review target in force on ${receivedOn}`);
  return serviceTargetDue(receivedOn, target, text("职称评审未规定审查期限", "title evaluation sets no review period"));
}

function unknownProvince(code: string): MissingItem {
  return {
    field: "employer.province",
    message: text(
      `无法识别用人单位所在省级行政区划代码${code}：请提供内地省、自治区或直辖市的6位代码`,
      `The employer's division code ${code} names no mainland province: supply a 6-digit province, region or municipality code`,
    ),
    citation: MEASURE_11,
  };
}
