import { text } from "../i18n";
import { holds, type ParameterValue, type Reason, type RuleResult, rule } from "../rules";
import type { PathwayContext } from "./branches";
import { type DataExportFacts, FACT_PATHS } from "./facts";

export interface ImportantDataFinding {
  /** The cited rule, for the trace and reasons. */
  rule: RuleResult;
  /** The bare condition, for use inside other rules (no reasons, no trace). */
  condition: RuleResult;
  /** Why data the exporter holds as important does not count (Decree 16 Art. 2), when that is the case. */
  notice: Reason | null;
}

/**
 * 促进和规范数据跨境流动规定第二条：数据处理者应当按照相关规定识别、申报重要数据。未被相关部门、地区告知
 * 或者公开发布为重要数据的，数据处理者不需要作为重要数据申报数据出境安全评估。
 * 网络数据安全管理条例第三十七条：……但未被相关地区、部门告知或者公开发布为重要数据的，不需要将其作为重要数据
 * 申报数据出境安全评估。
 *
 * Whether important data leaves the country, as the law defined it on the
 * transfer date. Under Decree 11 the processor identified important data
 * itself (Art. 19). From Decree 16 (Art. 2; Decree 790 Art. 37 from
 * 2025-01-01) data counts as important only once a department or region has
 * notified or announced it: otherwise it is not declared as important data.
 */
export function findImportantData(
  ctx: PathwayContext,
  facts: DataExportFacts,
  needsNotice: ParameterValue<boolean>,
): ImportantDataFinding {
  const data = facts.transfer.importantData;
  const counts = holds(data?.present && (data.notifiedByAuthority || !needsNotice.value), FACT_PATHS.importantData);
  const { citation } = needsNotice;
  const found = rule(
    ctx,
    {
      code: "dataExport.importantData",
      message: text("向境外提供重要数据。", "Important data is sent abroad."),
      citation,
      inputs: { importantData: data },
      parameters: [needsNotice],
    },
    counts,
  );
  const unnotified = data?.present === true && !data.notifiedByAuthority && needsNotice.value;
  return {
    rule: found,
    condition: { ...found, reasons: [], trace: [] },
    notice: unnotified
      ? {
          code: "dataExport.importantData.notNotified",
          message: text(
            "所称重要数据未被相关部门、地区告知或者公开发布为重要数据，不作为重要数据申报数据出境安全评估。",
            "The data held as important has not been notified or announced as important data by a department or region, so it is not declared as important data for the security assessment.",
          ),
          citation,
        }
      : null,
  };
}
