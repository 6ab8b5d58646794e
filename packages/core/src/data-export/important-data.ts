import { text } from "../i18n";
import type { ParameterValue, Reason, RuleResult } from "../rules";
import { isTrue, rule } from "./conditions";
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
 * Whether important data leaves the country, as the law defined it on the
 * transfer date. Under Decree 11 the processor identified important data
 * itself (Art. 19). From Decree 16 (Art. 2; Decree 790 Art. 37 from
 * 2025-01-01) data counts as important only once a department or region has
 * notified or announced it: otherwise it is not declared as important data.
 */
export function findImportantData(facts: DataExportFacts, needsNotice: ParameterValue<boolean>): ImportantDataFinding {
  const data = facts.transfer.importantData;
  const counts = isTrue(data?.present && (data.notifiedByAuthority || !needsNotice.value), FACT_PATHS.importantData);
  const { citation } = needsNotice;
  const found = rule(
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
