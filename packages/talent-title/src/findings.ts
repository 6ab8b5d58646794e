import type { Citation, Reason, Text } from "@rdc/core";

/** Something the applicant must supply or correct before review; `field` is the payload's dotted path. */
export interface MissingItem {
  field: string;
  message: Text;
  citation: Citation;
}

/** What one rule of the screening concluded: items to supply, and findings a reviewer reads. */
export interface CheckResult {
  missing: MissingItem[];
  findings: Reason[];
}
