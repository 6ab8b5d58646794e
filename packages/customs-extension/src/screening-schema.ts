import { CUSTOMS_ROUTES } from "@rdc/core";
import {
  findingSchema,
  missingItemSchema,
  parameterValueBySourceSchema,
  sourceIdSchema,
  sourceIndexShape,
  verdictSchema,
} from "@rdc/platform";
import * as z from "zod";

/**
 * The `screening` of a customs-extension submission as the client reads it:
 * localized, sources by reference (`screenCustomsExtension`).
 * `screening-schema.test.ts` parses real screenings with it, strictly.
 */
export const screeningSchema = z
  .strictObject({
    route: z.enum(CUSTOMS_ROUTES).nullable().meta({ description: "who decides; null when refused" }),
    extensionNumber: z.number().int().min(1),
    currentPeriodEnd: z.iso.date(),
    maxDeadline: z.iso.date(),
    reminderDaysBefore: z.number().int(),
    verdict: verdictSchema,
    findings: z.array(findingSchema),
    missingItems: z.array(missingItemSchema),
    citations: z.array(sourceIdSchema).meta({ description: "keys of `sources`" }),
    parameters: z.array(parameterValueBySourceSchema).meta({ description: "the dated figures this screening used" }),
    ...sourceIndexShape,
  })
  .meta({ id: "CustomsExtensionScreening" });
