/**
 * Order 233 on extending the re-export period, over a subject's facts: the
 * one rule set both the eligibility pre-check (a center's profile) and the
 * customs intake (a request) apply. `asOf` is the day the extension is
 * applied for.
 */
import { text } from "../i18n";
import {
  explained,
  type Fact,
  type IsoDate,
  type RuleContext,
  type RuleResult,
  resultOf,
  withExceptions,
} from "../rules";
import { type GoodsCategory, isQualifying, itemsText, NATIONAL_PROJECTS, type ProjectLevel } from "./goods";
import {
  APPLIED_BEFORE_EXPIRY,
  ARTICLE_3_RD_ITEMS,
  EXTENSION_LIMITS,
  INITIAL_PERIOD,
  NATIONAL_PROJECTS_BEYOND_LIMIT,
} from "./instrument";
import { figureList, type ReexportFigures, reexportFiguresOn } from "./parameters";
import { currentPeriodEnd, periodCeiling } from "./period";

/** 主管地海关 for the first three extensions; 主管地直属海关 beyond them. */
export const CUSTOMS_ROUTES = ["competent_customs", "directly_under_customs"] as const;
export type CustomsRoute = (typeof CUSTOMS_ROUTES)[number];

/** The facts the rules read, each named by its path in the subject. */
export interface TemporaryImportFacts<S> {
  categories: Fact<S, readonly GoodsCategory[]>;
  entryDate: Fact<S, IsoDate>;
  /** The re-export deadline in force now (the initial period's or the last extension's), as declared. */
  currentDeadline: Fact<S, IsoDate>;
  extensionsGranted: Fact<S, number>;
  projectLevel: Fact<S, ProjectLevel>;
}

export interface RouteDecision {
  /** Who decides the extension; null when no extension is allowed or it cannot be told yet. */
  route: CustomsRoute | null;
  result: RuleResult;
}

export interface ReexportExtension<S> {
  readonly facts: TemporaryImportFacts<S>;
  /** 第三条: the goods are among the items that concern an R&D center. */
  goodsQualify(context: RuleContext<S>): RuleResult;
  /** 第九条: the declared current deadline is one the entry date and the extensions granted allow. */
  declaredDeadlineConsistent(context: RuleContext<S>): RuleResult;
  /** 第十条: applied for before the current period ends. */
  appliedBeforeExpiry(context: RuleContext<S>): RuleResult;
  /** 第九条: at most 3 extensions; however, goods of national projects may go further, via the directly-under customs. */
  route(context: RuleContext<S>): RouteDecision;
  /** The current period's end as the rules take it (the declared deadline, capped); undefined without it. */
  currentPeriodEnd(context: RuleContext<S>): IsoDate | undefined;
}

/**
 * 第三条's items that concern an R&D center, as the messages quote them: fixed
 * by the text, so quoted once here rather than rebuilt on every check.
 */
const ARTICLE_3_LISTED = itemsText([4, 5, 8, 12]);

/*
 * How the rules below are written, for a check that runs tens of thousands of
 * times a second: each outcome builds its explanation as one literal (code,
 * citation, message), and what a rule read (`inputs`) only when the trace is
 * asked for, since only the trace shows it. Messages that quote the subject's
 * facts (dates, counts) are built for the outcome reached, and only for it.
 */
export function defineReexportExtension<S>(facts: TemporaryImportFacts<S>): ReexportExtension<S> {
  const periodEnd = (context: RuleContext<S>): IsoDate | undefined => {
    const declared = facts.currentDeadline.read(context.subject);
    if (declared === undefined) return undefined;
    return currentPeriodEnd(
      declared,
      facts.entryDate.read(context.subject),
      facts.extensionsGranted.read(context.subject),
      reexportFiguresOn(context.asOf),
    );
  };

  const goodsQualify = (context: RuleContext<S>): RuleResult => {
    const categories = facts.categories.read(context.subject);
    const code = "customs.goods-qualify";
    const citation = ARTICLE_3_RD_ITEMS;
    const inputs = context.explain ? { [facts.categories.path]: categories ?? null } : undefined;
    const listed = ARTICLE_3_LISTED;
    if (categories === undefined || categories.length === 0)
      return explained(
        context,
        "undetermined",
        {
          code,
          citation,
          inputs,
          message: text(
            `待定：货物类别（须属于第三条${listed["zh-CN"]}）`,
            `Undetermined: the goods' category (under Art. 3 ${listed.en})`,
          ),
        },
        [facts.categories.path],
      );
    if (categories.some((c) => !isQualifying(c)))
      return explained(context, "ineligible", {
        code,
        citation,
        inputs,
        message: text(
          `类别为“其他”的货物不能确定属于暂时进出境货物；与研发相关的为第三条${listed["zh-CN"]}。`,
          `Goods of category "other" cannot be placed among the temporary-entry goods; those that concern R&D are Art. 3 ${listed.en}.`,
        ),
      });
    return explained(context, "eligible", {
      code,
      citation,
      inputs,
      message: text(
        `货物属于第三条所列暂时进出境货物（${listed["zh-CN"]}）。`,
        `The goods are temporary-entry goods under Art. 3 (${listed.en}).`,
      ),
    });
  };

  const declaredDeadlineConsistent = (context: RuleContext<S>): RuleResult => {
    const { subject, asOf } = context;
    const entry = facts.entryDate.read(subject);
    const declared = facts.currentDeadline.read(subject);
    const granted = facts.extensionsGranted.read(subject);
    const figures = reexportFiguresOn(asOf);
    const code = "customs.declared-deadline-consistent";
    const citation = INITIAL_PERIOD;
    const parameters = figureList(figures);
    const inputs = context.explain
      ? {
          [facts.entryDate.path]: entry ?? null,
          [facts.currentDeadline.path]: declared ?? null,
          [facts.extensionsGranted.path]: granted ?? null,
        }
      : undefined;
    if (entry === undefined || declared === undefined || granted === undefined)
      return explained(
        context,
        "undetermined",
        {
          code,
          citation,
          inputs,
          parameters,
          message: text(
            "待定：现行复运出境期限与进境日期、已延期次数是否相符",
            "Undetermined: whether the current deadline fits the entry date and the extensions granted",
          ),
        },
        [facts.entryDate, facts.currentDeadline, facts.extensionsGranted]
          .filter((f) => f.read(subject) === undefined)
          .map((f) => f.path),
      );
    const ceiling = periodCeiling(entry, granted, figures);
    const months = figures.initialMonths.value + granted * figures.extensionMaxMonths.value;
    const used = currentPeriodEnd(declared, entry, granted, figures);
    if (entry < declared && declared <= ceiling)
      return explained(context, "eligible", {
        code,
        citation,
        inputs,
        parameters,
        message: text(
          `现行期限${declared}在进境之日（${entry}）起${months}个月（${ceiling}）之内，与已延期${granted}次相符。`,
          `The current deadline ${declared} is within ${months} months of entry (${entry}; ${ceiling}), as ${granted} extension(s) allow.`,
        ),
      });
    return explained(context, "ineligible", {
      code,
      citation,
      inputs,
      parameters,
      message: text(
        `申报的现行期限${declared}与进境日期${entry}、已延期${granted}次不符：自进境之日起${figures.initialMonths.value}个月、每次延期不超过${figures.extensionMaxMonths.value}个月，现行期限应晚于进境日且不晚于${ceiling}；按${used}计算。`,
        `The declared current deadline ${declared} does not fit entry on ${entry} and ${granted} extension(s): ${figures.initialMonths.value} months from entry and at most ${figures.extensionMaxMonths.value} months per extension put it after entry and no later than ${ceiling}; ${used} is used.`,
      ),
    });
  };

  const appliedBeforeExpiry = (context: RuleContext<S>): RuleResult => {
    const end = periodEnd(context);
    const { asOf } = context;
    const code = "customs.applied-before-expiry";
    const citation = APPLIED_BEFORE_EXPIRY;
    const inputs = context.explain
      ? {
          appliedOn: asOf,
          [facts.currentDeadline.path]: facts.currentDeadline.read(context.subject) ?? null,
          currentPeriodEnd: end ?? null,
        }
      : undefined;
    if (end === undefined)
      return explained(
        context,
        "undetermined",
        {
          code,
          citation,
          inputs,
          message: text(
            "待定：是否在复运出境期限届满前申请（缺少现行期限）",
            "Undetermined: whether applied for before the re-export period ends (no current deadline)",
          ),
        },
        [facts.currentDeadline.path],
      );
    // 届满前: the period runs through its last day, so applying on that day is in time.
    if (asOf <= end)
      return explained(context, "eligible", {
        code,
        citation,
        inputs,
        message: text(
          `于${asOf}申请，未晚于现行复运出境期限${end}。`,
          `Applied for on ${asOf}, not after the current re-export deadline of ${end}.`,
        ),
      });
    return explained(context, "ineligible", {
      code,
      citation,
      inputs,
      message: text(
        `复运出境期限已于${end}届满，延期须在期限届满前申请（于${asOf}申请）；货物应当复运出境或者办理进口手续。`,
        `The re-export period ended on ${end}; an extension must be applied for before it ends (applied for on ${asOf}). The goods must be re-exported or formally entered for import.`,
      ),
    });
  };

  // The route's two branches: made once, here, rather than inside `route` on every check; `route` reads
  // the facts for both.
  // 第九条: 延期最多不超过3次, by the competent customs.
  const withinLimit = (context: RuleContext<S>, read: RouteFacts): RuleResult => {
    const { granted, inputs, figures } = read;
    const limit = figures.maxExtensions.value;
    const code = "customs.within-extension-limit";
    const citation = EXTENSION_LIMITS;
    const parameters = [figures.maxExtensions, figures.extensionMaxMonths];
    if (granted === undefined)
      return explained(context, "undetermined", { code, citation, inputs, parameters, message: UNKNOWN_COUNT }, [
        facts.extensionsGranted.path,
      ]);
    if (granted < limit)
      return explained(context, "eligible", {
        code,
        citation,
        inputs,
        parameters,
        message: text(
          `本次为第${granted + 1}次延期，未超过${limit}次，由主管地海关办理。`,
          `This is extension no. ${granted + 1}, within the limit of ${limit}; the competent customs office handles it.`,
        ),
      });
    return explained(context, "ineligible", {
      code,
      citation,
      inputs,
      parameters,
      message: text(
        `已延期${granted}次，延期最多不超过${limit}次。`,
        `${granted} extension(s) granted already; at most ${limit} are allowed.`,
      ),
    });
  };

  // 但是: goods of national key projects and national research projects, beyond the limit.
  const nationalProject = (context: RuleContext<S>, read: RouteFacts): RuleResult => {
    const { granted, level, inputs, figures } = read;
    const limit = figures.maxExtensions.value;
    const code = "customs.national-project-beyond-limit";
    const citation = NATIONAL_PROJECTS_BEYOND_LIMIT;
    const parameters = [figures.maxExtensions, figures.extensionMaxMonths];
    if (granted === undefined)
      return explained(context, "undetermined", { code, citation, inputs, parameters, message: UNKNOWN_COUNT }, [
        facts.extensionsGranted.path,
      ]);
    if (granted < limit)
      return explained(context, "ineligible", {
        code,
        citation,
        inputs,
        parameters,
        message: text(
          `未超过${limit}次，无须经主管地直属海关批准。`,
          `Within the limit of ${limit}: no approval of the directly-under customs needed.`,
        ),
      });
    if (level === undefined)
      return explained(
        context,
        "undetermined",
        {
          code,
          citation,
          inputs,
          parameters,
          message: text(
            "待定：货物是否用于国家重点工程、国家科研项目",
            "Undetermined: whether the goods serve a national key project or national research project",
          ),
        },
        [facts.projectLevel.path],
      );
    const project = NATIONAL_PROJECTS[level];
    if (!project)
      return explained(context, "ineligible", {
        code,
        citation,
        inputs,
        parameters,
        message: text(
          `超过${limit}次的延期仅限国家重点工程、国家科研项目使用的货物。`,
          `Beyond ${limit} extensions only goods used by national key projects or national research projects may be extended.`,
        ),
      });
    const months = figures.extensionMaxMonths.value;
    return explained(context, "eligible", {
      code,
      citation,
      inputs,
      parameters,
      message: text(
        `已延期${granted}次；货物用于${project["zh-CN"]}，可再延期，由主管地直属海关批准（办法未规定该途径的其他限制，每次延期仍不超过${months}个月）。`,
        `${granted} extension(s) granted already; the goods serve a ${project.en}, so they may be extended further with the approval of the directly-under customs (the order states no further limit on that route; each extension is still at most ${months} months).`,
      ),
    });
  };

  const route = (context: RuleContext<S>): RouteDecision => {
    const { subject } = context;
    const granted = facts.extensionsGranted.read(subject);
    const level = facts.projectLevel.read(subject);
    const inputs = context.explain
      ? { [facts.extensionsGranted.path]: granted ?? null, [facts.projectLevel.path]: level ?? null }
      : undefined;
    const read: RouteFacts = { granted, level, figures: reexportFiguresOn(context.asOf), inputs };
    const resolution = withExceptions<CustomsRoute>(
      { conclusion: "competent_customs", result: withinLimit(context, read) },
      [{ conclusion: "directly_under_customs", result: nationalProject(context, read) }],
    );
    return { route: resolution.decided?.conclusion ?? null, result: resultOf(resolution) };
  };

  return { facts, goodsQualify, declaredDeadlineConsistent, appliedBeforeExpiry, route, currentPeriodEnd: periodEnd };
}

/** What the route's two branches read: read once, for both. */
interface RouteFacts {
  granted: number | undefined;
  level: ProjectLevel | undefined;
  figures: ReexportFigures;
  /** Only when the trace is asked for. */
  inputs: Record<string, unknown> | undefined;
}

/** Shared by every result that lacks the count; frozen, so that no answer can change another. */
const UNKNOWN_COUNT = Object.freeze(text("待定：已获准延期次数", "Undetermined: the extensions already granted"));
