import { text } from "@rdc/core";
import { talentTitlePayload } from "./schema";
import { screenTalentTitle } from "./screening";

/**
 * Measure （十一）: professional title applications of overseas talent through the green channel.
 * What its screening function loads: the type, the payload schema and the
 * pure screening, without the HTTP routes, examples and documentation that
 * `capability.ts` adds for the API function.
 */
export const talentTitleRules = {
  type: "talent-title",
  collection: "talent-title-applications",
  title: text("海外人才职称评审绿色通道申请", "talent title green-channel application"),
  payload: talentTitlePayload,
  screen: screenTalentTitle,
};
