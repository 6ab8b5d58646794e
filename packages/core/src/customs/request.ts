/**
 * What only a filed extension request carries, under Order 233: the date it
 * asks for and, for goods under an ATA carnet, the carnet's validity.
 */
import { text } from "../i18n";
import { explained, type Fact, type IsoDate, type RuleContext, type RuleResult } from "../rules";
import { defineReexportExtension, type ReexportExtension, type TemporaryImportFacts } from "./extension";
import { ATA_CARNET_RENEWAL, EXTENSION_LIMITS } from "./instrument";
import { reexportFiguresOn } from "./parameters";
import { latestExtendedDeadline } from "./period";

export interface ExtensionRequestFacts<S> extends TemporaryImportFacts<S> {
  requestedDeadline: Fact<S, IsoDate>;
  carnetValidUntil: Fact<S, IsoDate>;
}

export interface ExtensionRequest<S> extends ReexportExtension<S> {
  /** The latest date this extension can reach (the current period's end + 6 months); undefined without a current deadline. */
  latestDeadline(context: RuleContext<S>): IsoDate | undefined;
  /** 每次延长期限不超过6个月: the requested date is after the current period's end and no later than the limit. */
  requestedWithinLimit(context: RuleContext<S>): RuleResult;
  /** Beyond the carnet's validity, a renewed carnet confirmed by the directly-under customs. */
  carnetCoversPeriod(context: RuleContext<S>): RuleResult;
}

export function defineExtensionRequest<S>(facts: ExtensionRequestFacts<S>): ExtensionRequest<S> {
  const extension = defineReexportExtension(facts);

  const latestDeadline = (context: RuleContext<S>): IsoDate | undefined => {
    const end = extension.currentPeriodEnd(context);
    return end === undefined ? undefined : latestExtendedDeadline(end, reexportFiguresOn(context.asOf));
  };

  const requestedWithinLimit = (context: RuleContext<S>): RuleResult => {
    const requested = facts.requestedDeadline.read(context.subject);
    const end = extension.currentPeriodEnd(context);
    const latest = latestDeadline(context);
    const { extensionMaxMonths } = reexportFiguresOn(context.asOf);
    const months = extensionMaxMonths.value;
    const spec = {
      code: "customs.requested-within-extension-limit",
      citation: EXTENSION_LIMITS,
      inputs: {
        [facts.requestedDeadline.path]: requested ?? null,
        currentPeriodEnd: end ?? null,
        latestDeadline: latest ?? null,
      },
      parameters: [extensionMaxMonths],
    };
    if (requested === undefined || end === undefined || latest === undefined)
      return explained(
        context,
        "undetermined",
        { ...spec, message: text("待定：申请延至的日期", "Undetermined: the requested deadline") },
        [facts.requestedDeadline, facts.currentDeadline]
          .filter((f) => f.read(context.subject) === undefined)
          .map((f) => f.path),
      );
    if (requested <= end)
      return explained(context, "ineligible", {
        ...spec,
        message: text(
          `申请延至${requested}，不晚于现行期限${end}。`,
          `The requested deadline ${requested} is not later than the current deadline ${end}.`,
        ),
      });
    if (requested <= latest)
      return explained(context, "eligible", {
        ...spec,
        message: text(
          `申请延至${requested}，未超过每次${months}个月的上限（${latest}）。`,
          `The requested deadline ${requested} is within the ${months}-month limit per extension (${latest}).`,
        ),
      });
    return explained(context, "ineligible", {
      ...spec,
      message: text(
        `每次延长期限不超过${months}个月：本次最迟可延至${latest}，申请的${requested}超出该日期。`,
        `Each extension is at most ${months} months: this one can reach ${latest} at the latest, and ${requested} is later.`,
      ),
    });
  };

  const carnetCoversPeriod = (context: RuleContext<S>): RuleResult => {
    const validUntil = facts.carnetValidUntil.read(context.subject);
    const requested = facts.requestedDeadline.read(context.subject);
    const spec = {
      code: "customs.carnet-covers-period",
      citation: ATA_CARNET_RENEWAL,
      inputs: { [facts.carnetValidUntil.path]: validUntil ?? null, [facts.requestedDeadline.path]: requested ?? null },
    };
    if (validUntil === undefined || requested === undefined)
      return explained(
        context,
        "undetermined",
        { ...spec, message: text("待定：ATA单证册的有效期", "Undetermined: the ATA carnet's validity") },
        [facts.carnetValidUntil, facts.requestedDeadline]
          .filter((f) => f.read(context.subject) === undefined)
          .map((f) => f.path),
      );
    if (validUntil >= requested)
      return explained(context, "eligible", {
        ...spec,
        message: text(
          `ATA单证册有效至${validUntil}，覆盖申请的期限${requested}。`,
          `The ATA carnet is valid until ${validUntil}, covering the requested deadline ${requested}.`,
        ),
      });
    return explained(context, "ineligible", {
      ...spec,
      message: text(
        `ATA单证册有效至${validUntil}，早于申请的期限${requested}：持证人应当向原出证机构申请续签，续签的单证册经主管地直属海关确认后替代原单证册。`,
        `The ATA carnet is valid until ${validUntil}, before the requested deadline ${requested}: the holder must have the issuing body renew it, and the renewed carnet replaces the original once the directly-under customs confirms it.`,
      ),
    });
  };

  return { ...extension, latestDeadline, requestedWithinLimit, carnetCoversPeriod };
}
