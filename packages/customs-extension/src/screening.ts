import {
  CATEGORY_CHOICES,
  type Citation,
  type CustomsRoute,
  citeMeasure,
  defineExtensionRequest,
  earlierDate,
  type Fact,
  type Finding,
  type Fix,
  type IsoDate,
  inForceOn,
  isQualifying,
  type MissingItem,
  type ParameterValue,
  type RuleContext,
  reexportFiguresOn,
  type ScreeningCheck,
  type ScreeningContext,
  type ScreeningDecision,
  text,
  toScreening,
  uniqueCitations,
  type Verdict,
  type WatchedDeadline,
  type WithSources,
  withSources,
} from "@rdc/core";
import { officeOf, REEXPORT_REMINDER_DAYS, REVIEW_TARGET_WORKING_DAYS, reviewDue } from "./office";
import type { CustomsExtensionPayload } from "./schema";

export interface CustomsExtensionScreening {
  /** Who decides: the competent customs, or beyond the third extension the directly-under customs; null when refused. */
  route: CustomsRoute | null;
  /** Which extension this is: extensions already granted + 1. */
  extensionNumber: number;
  /** The current period's end as the rules take it: the declared deadline, never later than entry + 6(k+1) months. */
  currentPeriodEnd: IsoDate;
  /** The latest date this extension can reach: the current period's end + 6 months (Civil Code month rule). */
  maxDeadline: IsoDate;
  /** Calendar days before the re-export deadline when the platform warns, as in force when screened. */
  reminderDaysBefore: number;
  verdict: Verdict;
  findings: Finding[];
  missingItems: MissingItem[];
  citations: Citation[];
  /** The dated figures this screening used. */
  parameters: ParameterValue<number>[];
}

function fact<T>(path: string, zh: string, en: string, read: (p: CustomsExtensionPayload) => T | undefined) {
  return { path, label: text(zh, en), read } satisfies Fact<CustomsExtensionPayload, T>;
}

/** Order 233, read from the request. */
const REQUEST = defineExtensionRequest<CustomsExtensionPayload>({
  categories: fact("goods", "货物类别", "the goods' categories", (p) => p.goods.map((g) => g.category)),
  entryDate: fact("entryDate", "进境日期", "the entry date", (p) => p.entryDate),
  currentDeadline: fact(
    "currentDeadline",
    "现行复运出境期限",
    "the current re-export deadline",
    (p) => p.currentDeadline,
  ),
  extensionsGranted: fact("extensionsGranted", "已获准延期次数", "the extensions granted", (p) => p.extensionsGranted),
  projectLevel: fact("project.level", "项目级别", "the project level", (p) => p.project.level),
  requestedDeadline: fact("requestedDeadline", "申请延至日期", "the requested deadline", (p) => p.requestedDeadline),
  carnetValidUntil: fact(
    "ataCarnet.validUntil",
    "ATA单证册有效期",
    "the ATA carnet's validity",
    (p) => p.ataCarnet?.validUntil,
  ),
});

/** What to correct when a rule over a date is not met. */
function dateFix(field: string, after: IsoDate | null, latest: IsoDate): Fix[] {
  return [
    {
      field,
      message: after
        ? text(`请填写${after}之后、不晚于${latest}的日期。`, `Give a date after ${after} and no later than ${latest}.`)
        : text(`请填写不晚于${latest}的日期。`, `Give a date no later than ${latest}.`),
    },
  ];
}

/** Each item of category `other`, to be placed under a qualifying category. */
function categoryFixes(payload: CustomsExtensionPayload): Fix[] {
  return payload.goods.flatMap((goods, index) =>
    isQualifying(goods.category)
      ? []
      : [
          {
            field: `goods.${index}.category`,
            message: text(
              `请为第${index + 1}项货物选择适用的类别：${CATEGORY_CHOICES["zh-CN"]}。`,
              `Choose the category that applies to goods item ${index + 1}: ${CATEGORY_CHOICES.en}.`,
            ),
          },
        ],
  );
}

function carnetCheck(context: RuleContext<CustomsExtensionPayload>): ScreeningCheck[] {
  const { ataCarnet, guarantee, requestedDeadline } = context.subject;
  if (!ataCarnet && guarantee.type !== "carnet") return [];
  const fixes: Fix[] = ataCarnet
    ? [
        {
          field: "ataCarnet.validUntil",
          message: text(
            `请提供经主管地直属海关确认、有效期不早于${requestedDeadline}的续签单证册。`,
            `Give the renewed carnet, confirmed by the directly-under customs, valid until ${requestedDeadline} or later.`,
          ),
        },
      ]
    : [
        {
          field: "ataCarnet",
          message: text(
            "担保方式为ATA单证册：请提供单证册编号和有效期。",
            "The guarantee is an ATA carnet: give the carnet's number and validity date.",
          ),
        },
      ];
  return [{ result: REQUEST.carnetCoversPeriod(context), ifNotMet: "needs_info", fixes }];
}

/**
 * Screens a measure （九） extension request over Order 233 as core encodes it.
 * Late, or beyond the limit without a national project: rejected. A declared
 * deadline that does not fit the entry date, a date beyond 6 months, goods of
 * category `other`, a carnet that ends too soon: needs_info, every item at
 * once. Otherwise under_review at the competent or the directly-under customs.
 */
export function screenCustomsExtension(
  payload: CustomsExtensionPayload,
  ctx: ScreeningContext,
): ScreeningDecision<WithSources<CustomsExtensionScreening>> {
  const { receivedOn } = ctx;
  const context: RuleContext<CustomsExtensionPayload> = {
    subject: payload,
    asOf: receivedOn,
    explain: ctx.explain === true,
  };
  const route = REQUEST.route(context);
  const currentEnd = REQUEST.currentPeriodEnd(context) as IsoDate;
  const latest = REQUEST.latestDeadline(context) as IsoDate;
  const outcome = toScreening([
    { result: REQUEST.appliedBeforeExpiry(context), ifNotMet: "reject" },
    { result: route.result, ifNotMet: "reject" },
    {
      result: REQUEST.declaredDeadlineConsistent(context),
      ifNotMet: "needs_info",
      fixes: dateFix("currentDeadline", payload.entryDate, currentEnd),
    },
    {
      result: REQUEST.requestedWithinLimit(context),
      ifNotMet: "needs_info",
      fixes: dateFix("requestedDeadline", currentEnd, latest),
    },
    { result: REQUEST.goodsQualify(context), ifNotMet: "needs_info", fixes: categoryFixes(payload) },
    ...carnetCheck(context),
  ]);

  const figures = reexportFiguresOn(receivedOn);
  const reminder = inForceOn(REEXPORT_REMINDER_DAYS, receivedOn);
  const parameters = [
    figures.initialMonths,
    figures.extensionMaxMonths,
    figures.maxExtensions,
    reminder,
    inForceOn(REVIEW_TARGET_WORKING_DAYS, receivedOn),
  ];
  const extensionNumber = payload.extensionsGranted + 1;
  const screening = withSources<CustomsExtensionScreening>({
    route: route.route,
    extensionNumber,
    currentPeriodEnd: currentEnd,
    maxDeadline: latest,
    reminderDaysBefore: reminder.value,
    verdict: outcome.verdict,
    findings: outcome.findings,
    missingItems: outcome.missingItems,
    citations: uniqueCitations([
      citeMeasure("M09"),
      ...outcome.findings.map((f) => f.citation),
      ...parameters.map((p) => p.citation),
    ]),
    parameters,
  });
  const trace = ctx.explain ? { trace: outcome.trace } : {};
  if (outcome.verdict !== "pass" || route.route === null) {
    const severity = outcome.verdict === "rejected" ? "rejected" : "needs_info";
    const why = outcome.findings.filter((f) => f.severity === severity);
    const reasons = text(why.map((f) => f.message["zh-CN"]).join(""), why.map((f) => f.message.en).join(" "));
    return {
      status: severity,
      agency: null,
      office: null,
      due: null,
      summary:
        severity === "rejected"
          ? text(`不予延期：${reasons["zh-CN"]}`, `Extension refused: ${reasons.en}`)
          : text(`需补正后再审：${reasons["zh-CN"]}`, `More information needed: ${reasons.en}`),
      screening,
      ...trace,
    };
  }
  const office = officeOf(payload, route.route);
  const due = reviewDue(receivedOn);
  return {
    status: "under_review",
    agency: "GACC",
    office,
    due,
    summary: text(
      `第${extensionNumber}次延期申请已转${office.name["zh-CN"]}审核，平台目标审核日期${due.date}。`,
      `Extension request no. ${extensionNumber} passed to ${office.name.en} for review; platform target date ${due.date}.`,
    ),
    screening,
    ...trace,
  };
}

/**
 * The re-export deadline to watch once the extension is approved: the
 * requested date, never beyond the 6-month limit.
 */
export function reexportDeadlineOnApproval(
  payload: CustomsExtensionPayload,
  screening: Pick<CustomsExtensionScreening, "maxDeadline" | "reminderDaysBefore">,
): WatchedDeadline {
  return {
    kind: "reexport",
    date: earlierDate(payload.requestedDeadline, screening.maxDeadline),
    warnDaysBefore: screening.reminderDaysBefore,
    label: text(
      `复运出境期限（报关单号${payload.declarationNumber}）`,
      `Re-export deadline (declaration ${payload.declarationNumber})`,
    ),
  };
}
