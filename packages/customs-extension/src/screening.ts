import {
  addMonths,
  type Citation,
  citeMeasure,
  EXTENSION_MAX_MONTHS,
  type IsoDate,
  MAX_EXTENSIONS,
  type ParameterValue,
  type ScreeningContext,
  type ScreeningDecision,
  serviceTargetDue,
  type Text,
  text,
  uniqueCitations,
  type WatchedDeadline,
} from "@rdc/core";
import type { CustomsExtensionPayload, GoodsItem, ProjectLevel } from "./payload";
import {
  ARTICLE_3_ITEMS,
  type Article3Item,
  CATEGORY_ITEMS,
  CITATIONS,
  citeArticle3,
  figureAsOf,
  isQualifying,
  type QualifyingCategory,
  R_AND_D_ITEMS,
  REEXPORT_REMINDER_DAYS,
  REVIEW_TARGET_WORKING_DAYS,
} from "./rules";

/**
 * Screening of a request to extend the re-export period of temporarily
 * imported R&D goods (measure （九）, GACC Order 233). Every rule below runs
 * and reports a finding; the status is then the most severe one:
 * rejected > needs_info > under_review.
 */

export const ROUTES = ["competent_customs", "directly_under_customs"] as const;
/** 主管地海关 for the first three extensions; 主管地直属海关 beyond them. */
export type CustomsRoute = (typeof ROUTES)[number];

/** The status a finding calls for; `info` explains a rule that passed. */
export type FindingSeverity = "rejected" | "needs_info" | "info";

export interface Finding {
  code: string;
  message: Text;
  citation: Citation;
  severity: FindingSeverity;
}

/** A field the partner must correct or supply, as a dotted path into the payload. */
export interface MissingItem {
  field: string;
  message: Text;
}

export interface CustomsExtensionScreening {
  route: CustomsRoute;
  /** Which extension this is: extensions already granted + 1. */
  extensionNumber: number;
  /** The latest date a single extension can reach: the current deadline + 6 months (Civil Code Art. 202 month rule). */
  maxDeadline: IsoDate;
  /** Calendar days before the re-export deadline when the platform warns, as in force when screened. */
  reminderDaysBefore: number;
  findings: Finding[];
  missingItems: MissingItem[];
  citations: Citation[];
  /** The dated figures this screening used. */
  parameters: ParameterValue<number>[];
}

/** What every rule reads: the request, the day it was received and the figures in force that day. */
interface Facts {
  payload: CustomsExtensionPayload;
  receivedOn: IsoDate;
  extensionNumber: number;
  maxExtensions: ParameterValue<number>;
  extensionMaxMonths: ParameterValue<number>;
  maxDeadline: IsoDate;
  /** The end of the initial period and every ordinary extension, counted from entry (6 + 3 × 6 months). */
  overallCeiling: IsoDate;
  route: CustomsRoute;
}

interface Check {
  findings: Finding[];
  missingItems: MissingItem[];
}

const NATIONAL_PROJECTS: Partial<Record<ProjectLevel, Text>> = {
  national_key_project: text("国家重点工程", "national key project"),
  national_research_program: text("国家科研项目", "national research project"),
};

const NOTHING: Check = { findings: [], missingItems: [] };

function check(finding: Finding, missingItems: MissingItem[] = []): Check {
  return { findings: [finding], missingItems };
}

function merge(checks: readonly Check[]): Check {
  return {
    findings: checks.flatMap((c) => c.findings),
    missingItems: checks.flatMap((c) => c.missingItems),
  };
}

/**
 * 应当在规定期限届满前向主管地海关办理延期手续: the period runs through the
 * deadline day, so a request received on that day is in time.
 */
function appliedBeforeExpiry({ payload, receivedOn }: Facts): Check {
  const deadline = payload.currentDeadline;
  if (receivedOn <= deadline) {
    return check({
      code: "applied_before_expiry",
      severity: "info",
      message: text(
        `申请于${receivedOn}收到，未晚于现行复运出境期限${deadline}。`,
        `Received on ${receivedOn}, not after the current re-export deadline of ${deadline}.`,
      ),
      citation: CITATIONS.extension,
    });
  }
  return check({
    code: "period_expired",
    severity: "rejected",
    message: text(
      `复运出境期限已于${deadline}届满，延期须在期限届满前申请（申请于${receivedOn}收到）；货物应当复运出境或者办理进口手续。`,
      `The re-export period ended on ${deadline}; an extension must be applied for before it ends (received on ${receivedOn}). The goods must be re-exported or formally entered for import.`,
    ),
    citation: CITATIONS.extension,
  });
}

/**
 * 延期最多不超过3次. However, goods used by national key projects or national
 * research projects may be extended further, approved by the directly-under
 * customs. (The same article also excepts exhibits at shows of 24 months or
 * more: out of scope, an R&D center does not file for exhibits.)
 */
function withinExtensionLimit({ payload, extensionNumber, maxExtensions }: Facts): Check {
  const limit = maxExtensions.value;
  if (extensionNumber <= limit) {
    return check({
      code: "within_extension_limit",
      severity: "info",
      message: text(
        `本次为第${extensionNumber}次延期，未超过${limit}次，由主管地海关办理。`,
        `This is extension no. ${extensionNumber}, within the limit of ${limit}; the competent customs office handles it.`,
      ),
      citation: maxExtensions.citation,
    });
  }
  const project = NATIONAL_PROJECTS[payload.project.level];
  if (!project) {
    return check({
      code: "extension_limit_reached",
      severity: "rejected",
      message: text(
        `已延期${payload.extensionsGranted}次，延期最多不超过${limit}次；仅国家重点工程、国家科研项目使用的货物可再延期。`,
        `${payload.extensionsGranted} extensions already granted; at most ${limit} are allowed. Only goods used by national key projects or national research projects may be extended further.`,
      ),
      citation: maxExtensions.citation,
    });
  }
  return merge([
    check({
      code: "national_project_beyond_limit",
      severity: "info",
      message: text(
        `已延期${payload.extensionsGranted}次；货物用于${project["zh-CN"]}，可再延期，由主管地直属海关批准。`,
        `${payload.extensionsGranted} extensions already granted; the goods serve a ${project.en}, so they may be extended further with the approval of the directly-under customs.`,
      ),
      citation: maxExtensions.citation,
    }),
    projectIdentified(payload.project, project),
  ]);
}

/** The exception rests on the project: the directly-under customs needs to know which one. */
function projectIdentified(claimed: CustomsExtensionPayload["project"], project: Text): Check {
  const missing = (["name", "number"] as const).filter((key) => !claimed[key]?.trim());
  if (missing.length === 0) return NOTHING;
  const label = { name: text("名称", "name"), number: text("编号", "number") };
  return check(
    {
      code: "national_project_unidentified",
      severity: "needs_info",
      message: text(
        `超过规定次数的延期以${project["zh-CN"]}为依据，须写明项目名称和编号。`,
        `An extension beyond the limit rests on the ${project.en}: give the project's name and number.`,
      ),
      citation: CITATIONS.extension,
    },
    missing.map((key) => ({
      field: `project.${key}`,
      message: text(
        `请填写${project["zh-CN"]}的${label[key]["zh-CN"]}。`,
        `Give the ${project.en}'s ${label[key].en}.`,
      ),
    })),
  );
}

/**
 * 每次延长期限不超过6个月: the requested deadline must be later than the
 * current one and at most 6 months after it (6 months to the day is allowed).
 * Beyond the third extension the text sets no such cap: the directly-under
 * customs sets the period.
 */
function requestedPeriodAllowed({ payload, maxDeadline, extensionMaxMonths, route }: Facts): Check {
  const { currentDeadline, requestedDeadline } = payload;
  const months = extensionMaxMonths.value;
  if (requestedDeadline <= currentDeadline) {
    return check(
      {
        code: "requested_deadline_not_later",
        severity: "needs_info",
        message: text(
          `申请延至${requestedDeadline}，不晚于现行期限${currentDeadline}。`,
          `The requested deadline ${requestedDeadline} is not later than the current deadline ${currentDeadline}.`,
        ),
        citation: extensionMaxMonths.citation,
      },
      [
        {
          field: "requestedDeadline",
          message: text(
            `请填写${currentDeadline}之后、不晚于${maxDeadline}的日期。`,
            `Give a date after ${currentDeadline} and no later than ${maxDeadline}.`,
          ),
        },
      ],
    );
  }
  if (requestedDeadline <= maxDeadline) {
    return check({
      code: "within_extension_period",
      severity: "info",
      message: text(
        `申请延至${requestedDeadline}，未超过每次${months}个月的上限（${maxDeadline}）。`,
        `The requested deadline ${requestedDeadline} is within the ${months}-month limit per extension (${maxDeadline}).`,
      ),
      citation: extensionMaxMonths.citation,
    });
  }
  if (route === "directly_under_customs") {
    return check({
      code: "period_set_by_directly_under_customs",
      severity: "info",
      message: text(
        `申请延至${requestedDeadline}，超过${months}个月（${maxDeadline}）；超过规定次数的延期期限由主管地直属海关确定。`,
        `The requested deadline ${requestedDeadline} is more than ${months} months away (${maxDeadline}); beyond the extension limit the directly-under customs sets the period.`,
      ),
      citation: CITATIONS.extension,
    });
  }
  return check(
    {
      code: "extension_too_long",
      severity: "needs_info",
      message: text(
        `每次延长期限不超过${months}个月：本次最迟可延至${maxDeadline}，申请的${requestedDeadline}超出该日期。`,
        `Each extension is at most ${months} months: this one can reach ${maxDeadline} at the latest, and ${requestedDeadline} is later.`,
      ),
      citation: extensionMaxMonths.citation,
    },
    [
      {
        field: "requestedDeadline",
        message: text(`请填写不晚于${maxDeadline}的日期。`, `Give a date no later than ${maxDeadline}.`),
      },
    ],
  );
}

const CATEGORY_NAMES: Record<QualifyingCategory, Text> = {
  research_equipment: text("科研设备", "research equipment"),
  test_vehicle: text("测试车辆", "test vehicle"),
  test_product: text("测试用产品", "test product"),
  tooling: text("安装调试检测修理用仪器工具", "tooling"),
};

function itemsText(items: readonly Article3Item[]): Text {
  return text(
    items.map((item) => `第${ARTICLE_3_ITEMS[item].numeral}项“${ARTICLE_3_ITEMS[item].goods["zh-CN"]}”`).join("、"),
    items.map((item) => `item ${item} (${ARTICLE_3_ITEMS[item].goods.en})`).join(", "),
  );
}

/** Order 233 Art. 3: only the listed goods may be temporarily imported; items 4, 5, 8 and 12 concern an R&D center. */
function goodsQualify({ payload }: Facts): Check {
  if (payload.goods.length === 0) {
    const all = itemsText(R_AND_D_ITEMS);
    return check(
      {
        code: "no_goods",
        severity: "needs_info",
        message: text("申请未列明货物。", "The request lists no goods."),
        citation: citeArticle3(R_AND_D_ITEMS),
      },
      [{ field: "goods", message: text(`请列明属于${all["zh-CN"]}的货物。`, `List the goods, under ${all.en}.`) }],
    );
  }
  const categories = [...new Set(payload.goods.map((g) => g.category))].filter(isQualifying);
  const nonQualifying = payload.goods.flatMap((goods, index) => (isQualifying(goods.category) ? [] : [index]));
  return merge([
    ...categories.map((category) => qualifyingCategory(category)),
    ...(nonQualifying.length ? [categoryNeeded(payload.goods, nonQualifying)] : []),
  ]);
}

function qualifyingCategory(category: QualifyingCategory): Check {
  const items = CATEGORY_ITEMS[category];
  const listed = itemsText(items);
  return check({
    code: "goods_qualify",
    severity: "info",
    message: text(
      `${CATEGORY_NAMES[category]["zh-CN"]}属于暂时进出境货物：${listed["zh-CN"]}。`,
      `Goods declared as ${CATEGORY_NAMES[category].en} are temporary-entry goods under ${listed.en}.`,
    ),
    citation: citeArticle3(items),
  });
}

function categoryNeeded(goods: readonly GoodsItem[], indexes: readonly number[]): Check {
  const listed = itemsText(R_AND_D_ITEMS);
  const choices = text(
    Object.entries(CATEGORY_ITEMS)
      .map(([category, items]) => `${category}（第${items.map((i) => ARTICLE_3_ITEMS[i].numeral).join("、")}项）`)
      .join("、"),
    Object.entries(CATEGORY_ITEMS)
      .map(([category, items]) => `${category} (item ${items.join(", ")})`)
      .join(", "),
  );
  return check(
    {
      code: "goods_category_not_qualifying",
      severity: "needs_info",
      message: text(
        `类别为“其他”的货物不能确定属于暂时进出境货物；与研发相关的类别为${listed["zh-CN"]}。`,
        `Goods of category "other" cannot be placed among the temporary-entry goods; the categories that concern R&D are ${listed.en}.`,
      ),
      citation: citeArticle3(R_AND_D_ITEMS),
    },
    indexes.map((index) => ({
      field: `goods.${index}.category`,
      message: text(
        `请为“${goods[index]?.description}”选择适用的类别：${choices["zh-CN"]}。`,
        `Choose the category that applies to "${goods[index]?.description}": ${choices.en}.`,
      ),
    })),
  );
}

/**
 * ATA carnet goods are covered by the issuing chamber's general guarantee;
 * an extension beyond the carnet's validity needs a renewed carnet. A carnet
 * guarantee without carnet details cannot be checked.
 */
function guaranteeCoversPeriod({ payload }: Facts): Check {
  const { ataCarnet, guarantee, requestedDeadline } = payload;
  if (!ataCarnet) {
    if (guarantee.type !== "carnet") return NOTHING;
    return check(
      {
        code: "carnet_missing",
        severity: "needs_info",
        message: text(
          "担保方式为ATA单证册，但未提供单证册信息。",
          "The guarantee is an ATA carnet, but no carnet is given.",
        ),
        citation: CITATIONS.ataCarnet,
      },
      [
        {
          field: "ataCarnet",
          message: text("请提供ATA单证册编号和有效期。", "Give the ATA carnet's number and validity date."),
        },
      ],
    );
  }
  if (ataCarnet.validUntil >= requestedDeadline) {
    return check({
      code: "carnet_covers_period",
      severity: "info",
      message: text(
        `ATA单证册${ataCarnet.number}有效至${ataCarnet.validUntil}，覆盖申请的期限${requestedDeadline}。`,
        `ATA carnet ${ataCarnet.number} is valid until ${ataCarnet.validUntil}, covering the requested deadline ${requestedDeadline}.`,
      ),
      citation: CITATIONS.ataCarnet,
    });
  }
  return check(
    {
      code: "carnet_expires_before_requested_deadline",
      severity: "needs_info",
      message: text(
        `ATA单证册${ataCarnet.number}有效至${ataCarnet.validUntil}，早于申请的期限${requestedDeadline}；超出单证册有效期的延期须提供续签的单证册。`,
        `ATA carnet ${ataCarnet.number} is valid until ${ataCarnet.validUntil}, before the requested deadline ${requestedDeadline}; an extension beyond the carnet's validity needs a renewed carnet.`,
      ),
      citation: CITATIONS.ataCarnet,
    },
    [
      {
        field: "ataCarnet.validUntil",
        message: text(
          `请提供有效期不早于${requestedDeadline}的续签单证册。`,
          `Give a renewed carnet valid until ${requestedDeadline} or later.`,
        ),
      },
    ],
  );
}

/**
 * 6 months from entry and at most 3 extensions of at most 6 months: on the
 * ordinary route nothing reaches past entry + 24 months, whatever the
 * declared current deadline says.
 */
function withinOverallPeriod({ payload, overallCeiling, maxExtensions, extensionMaxMonths, route }: Facts): Check {
  if (route === "directly_under_customs" || payload.requestedDeadline <= overallCeiling) return NOTHING;
  const months = extensionMaxMonths.value;
  const limit = maxExtensions.value;
  return check(
    {
      code: "beyond_overall_period",
      severity: "needs_info",
      message: text(
        `自进境之日（${payload.entryDate}）起${months}个月并延期至多${limit}次、每次不超过${months}个月，最迟至${overallCeiling}；申请的${payload.requestedDeadline}超出该日期。`,
        `From entry (${payload.entryDate}), ${months} months and at most ${limit} extensions of at most ${months} months end on ${overallCeiling} at the latest; ${payload.requestedDeadline} is later.`,
      ),
      citation: CITATIONS.extension,
    },
    [
      {
        field: "requestedDeadline",
        message: text(`请填写不晚于${overallCeiling}的日期。`, `Give a date no later than ${overallCeiling}.`),
      },
    ],
  );
}

const RULES: readonly ((facts: Facts) => Check)[] = [
  appliedBeforeExpiry,
  withinExtensionLimit,
  requestedPeriodAllowed,
  withinOverallPeriod,
  goodsQualify,
  guaranteeCoversPeriod,
];

function establishFacts(payload: CustomsExtensionPayload, receivedOn: IsoDate): Facts {
  const maxExtensions = figureAsOf(MAX_EXTENSIONS, receivedOn);
  const extensionMaxMonths = figureAsOf(EXTENSION_MAX_MONTHS, receivedOn);
  const extensionNumber = payload.extensionsGranted + 1;
  const beyondLimit = extensionNumber > maxExtensions.value;
  const months = extensionMaxMonths.value;
  return {
    payload,
    receivedOn,
    extensionNumber,
    maxExtensions,
    extensionMaxMonths,
    maxDeadline: addMonths(payload.currentDeadline, months),
    overallCeiling: addMonths(payload.entryDate, months * (1 + maxExtensions.value)),
    route: beyondLimit && NATIONAL_PROJECTS[payload.project.level] ? "directly_under_customs" : "competent_customs",
  };
}

function worstSeverity(findings: readonly Finding[]): FindingSeverity {
  if (findings.some((f) => f.severity === "rejected")) return "rejected";
  if (findings.some((f) => f.severity === "needs_info")) return "needs_info";
  return "info";
}

function reasons(findings: readonly Finding[], severity: FindingSeverity): Text {
  const deciding = findings.filter((f) => f.severity === severity);
  return text(deciding.map((f) => f.message["zh-CN"]).join(""), deciding.map((f) => f.message.en).join(" "));
}

/**
 * The reviewing office: the competent customs office, or beyond the ordinary
 * limit its directly-under customs (主管地直属海关), whose 4-digit customs code
 * is the first two digits of the office's followed by 00 (e.g. 2201 → 2200).
 */
function officeOf(payload: CustomsExtensionPayload, route: CustomsRoute): { code: string; name: Text } {
  const { code, name } = payload.customsOffice;
  if (route === "competent_customs") return { code, name: text(name, name) };
  const directlyUnder = `${code.slice(0, 2)}00`;
  return {
    code: directlyUnder,
    name: text(
      `关区代码${directlyUnder}的直属海关（${name}的主管地直属海关）`,
      `the directly-under customs ${directlyUnder} (over ${name})`,
    ),
  };
}

export function screenCustomsExtension(
  payload: CustomsExtensionPayload,
  ctx: ScreeningContext,
): ScreeningDecision<CustomsExtensionScreening> {
  const facts = establishFacts(payload, ctx.receivedOn);
  const { findings, missingItems } = merge(RULES.map((rule) => rule(facts)));
  const reminder = figureAsOf(REEXPORT_REMINDER_DAYS, ctx.receivedOn);
  const reviewTarget = figureAsOf(REVIEW_TARGET_WORKING_DAYS, ctx.receivedOn);
  const parameters = [facts.extensionMaxMonths, facts.maxExtensions, reminder, reviewTarget];
  const screening: CustomsExtensionScreening = {
    route: facts.route,
    extensionNumber: facts.extensionNumber,
    maxDeadline: facts.maxDeadline,
    reminderDaysBefore: reminder.value,
    findings,
    missingItems,
    citations: uniqueCitations([
      citeMeasure("（九）"),
      ...findings.map((f) => f.citation),
      ...parameters.map((p) => p.citation),
    ]),
    parameters,
  };
  const severity = worstSeverity(findings);
  if (severity === "rejected") {
    const why = reasons(findings, severity);
    return {
      status: "rejected",
      agency: null,
      office: null,
      due: null,
      summary: text(`不予延期：${why["zh-CN"]}`, `Extension refused: ${why.en}`),
      screening,
    };
  }
  if (severity === "needs_info") {
    const why = reasons(findings, severity);
    return {
      status: "needs_info",
      agency: null,
      office: null,
      due: null,
      summary: text(`需补正后再审：${why["zh-CN"]}`, `More information needed: ${why.en}`),
      screening,
    };
  }
  const office = officeOf(payload, facts.route);
  const due = serviceTargetDue(
    ctx.receivedOn,
    reviewTarget,
    text("《管理办法》未规定审核期限", "Order 233 sets no review period"),
  );
  return {
    status: "under_review",
    agency: "GACC",
    office,
    due,
    summary: text(
      `第${facts.extensionNumber}次延期申请已转${office.name["zh-CN"]}审核，平台目标审核日期${due.date}。`,
      `Extension request no. ${facts.extensionNumber} passed to ${office.name.en} for review; platform target date ${due.date}.`,
    ),
    screening,
  };
}

/**
 * The re-export deadline to watch once the extension is approved: the
 * requested date, capped at the 6-month limit except on the directly-under
 * route (which sets its own period).
 */
export function reexportDeadlineOnApproval(
  payload: CustomsExtensionPayload,
  screening: CustomsExtensionScreening,
): WatchedDeadline {
  const uncapped = screening.route === "directly_under_customs" || payload.requestedDeadline <= screening.maxDeadline;
  return {
    kind: "reexport",
    date: uncapped ? payload.requestedDeadline : screening.maxDeadline,
    warnDaysBefore: screening.reminderDaysBefore,
    label: text(
      `复运出境期限（报关单号${payload.declarationNumber}）`,
      `Re-export deadline (declaration ${payload.declarationNumber})`,
    ),
  };
}
