import { text } from "@rdc/core";
import { defineIntake, intakeFunctions } from "@rdc/platform";
import { extensionRequest } from "./examples";
import { customsExtensionPayload } from "./schema";
import { reexportDeadlineOnApproval, screenCustomsExtension } from "./screening";

/** Measure （九）: requests to extend the re-export deadline of temporarily imported R&D goods. */
export const customsExtension = defineIntake({
  type: "customs-extension",
  collection: "customs-extension-requests",
  title: text("暂时进境货物延期复运出境申请", "customs temporary-import extension request"),
  payload: customsExtensionPayload,
  screen: screenCustomsExtension,
  onApproved: reexportDeadlineOnApproval,
  example: (filedOn) => extensionRequest(filedOn),
});

export const CUSTOMS_EXTENSION_FUNCTIONS = intakeFunctions(customsExtension, "CustomsExtension", import.meta.url);
