import { text } from "@rdc/core";
import { customsExtensionPayload } from "./schema";
import { screenCustomsExtension } from "./screening";

/**
 * Measure （九）: requests to extend the re-export deadline of temporarily imported R&D goods.
 * What its screening function loads: the type, the payload schema and the
 * pure screening, without the HTTP routes, examples and documentation that
 * `capability.ts` adds for the API function.
 */
export const customsExtensionRules = {
  type: "customs-extension",
  collection: "customs-extension-requests",
  title: text("暂时进境货物延期复运出境申请", "customs temporary-import extension request"),
  payload: customsExtensionPayload,
  screen: screenCustomsExtension,
};
