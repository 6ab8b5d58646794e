/**
 * 第十一条 （五）企业近三个会计年度（实际经营期不满三年的按实际经营时间计算，
 * 下同）的研究开发费用总额占同期销售收入总额的比例符合如下要求：
 * 1. 最近一年销售收入小于5,000万元（含）的企业，比例不低于5%；
 * 2. 最近一年销售收入在5,000万元至2亿元（含）的企业，比例不低于4%；
 * 3. 最近一年销售收入在2亿元以上的企业，比例不低于3%。
 *
 * （含） puts each edge in the lower band: revenue of exactly 5,000万元 asks
 * for 5 %, exactly 2亿元 for 4 %; one yuan more is the next band. Without the
 * revenue the test is still decided when the share meets the strictest band
 * or fails the laxest.
 */
import { cny, type Text, text } from "../i18n";
import { conclude, defineCondition, inForceOn, type ParameterValue, perVersion, shareAtLeast } from "../rules";
import type { BoundRule, HighTechFactReaders } from "./facts";
import { RD_INTENSITY_BANDS, type RdIntensityBand } from "./parameters";

/** The band a revenue falls in: the first whose ceiling it does not exceed (（含）). */
export function bandOf(bands: readonly RdIntensityBand[], revenueCny: number): number {
  return bands.findIndex((b) => b.maxRevenueCny === null || revenueCny <= b.maxRevenueCny);
}

function bandLabel(bands: readonly RdIntensityBand[], index: number): Text {
  const band = bands[index];
  const previous = index > 0 ? bands[index - 1]?.maxRevenueCny : undefined;
  const over = previous == null ? undefined : cny(previous);
  const upTo = band?.maxRevenueCny == null ? undefined : cny(band.maxRevenueCny);
  if (over && upTo)
    return text(`超过${over["zh-CN"]}至${upTo["zh-CN"]}（含）`, `over ${over.en} up to ${upTo.en} inclusive`);
  if (upTo) return text(`${upTo["zh-CN"]}（含）以下`, `up to ${upTo.en} inclusive`);
  return text(`超过${over?.["zh-CN"]}`, `over ${over?.en}`);
}

export function rdIntensity<S>(facts: HighTechFactReaders<S>): BoundRule<S> {
  const reads = [facts.latestYearRevenueCny, facts.rdSpendLast3YearsCny, facts.salesLast3YearsCny] as const;
  /** One condition per band of revenue, and one for a revenue not given. */
  const conditions = perVersion((bands: ParameterValue<readonly RdIntensityBand[]>) => {
    const id = "high-tech-enterprise.rd-intensity";
    const byBand = bands.value.map((band, index) => {
      const label = bandLabel(bands.value, index);
      return defineCondition(
        id,
        text(
          `近三个会计年度研究开发费用总额占同期销售收入总额的比例不低于${band.minPercent}%（最近一年销售收入${label["zh-CN"]}）`,
          `R&D spend of the last 3 years at least ${band.minPercent}% of sales (latest-year revenue ${label.en})`,
        ),
        bands.citation,
        reads,
      );
    });
    const percents = bands.value.map((b) => `${b.minPercent}%`);
    const anyBand = defineCondition(
      id,
      text(
        `近三个会计年度研究开发费用总额占同期销售收入总额的比例不低于按最近一年销售收入分档的比例（${percents.join("、")}）`,
        `R&D spend of the last 3 years at least the share set by the band of latest-year revenue (${percents.join(", ")})`,
      ),
      bands.citation,
      reads,
    );
    const strictest = Math.max(...bands.value.map((b) => b.minPercent));
    const laxest = Math.min(...bands.value.map((b) => b.minPercent));
    return { byBand, anyBand, strictest, laxest };
  });

  return (context) => {
    const { subject } = context;
    const bands = inForceOn(RD_INTENSITY_BANDS, context.asOf);
    const { byBand, anyBand, strictest, laxest } = conditions(bands);
    const revenue = facts.latestYearRevenueCny.read(subject);
    const rd = facts.rdSpendLast3YearsCny.read(subject);
    const sales = facts.salesLast3YearsCny.read(subject);
    const index = revenue === undefined ? -1 : bandOf(bands.value, revenue);
    const band = bands.value[index];
    const condition = byBand[index] ?? anyBand;
    if (rd === undefined || sales === undefined) {
      const missing = reads.filter((f) => f.read(subject) === undefined);
      return conclude(context, condition, "undetermined", [bands], missing);
    }
    const meets = (percent: number) => shareAtLeast(rd, sales, percent);
    if (band) return conclude(context, condition, meets(band.minPercent) ? "eligible" : "ineligible", [bands]);
    if (meets(strictest)) return conclude(context, anyBand, "eligible", [bands]);
    if (!meets(laxest)) return conclude(context, anyBand, "ineligible", [bands]);
    return conclude(context, anyBand, "undetermined", [bands], [facts.latestYearRevenueCny]);
  };
}
