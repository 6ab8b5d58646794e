import { AGENCIES } from "@rdc/core";
import * as z from "zod";
import { sourceSchema } from "./sources";

/**
 * Parts of the answers as the client reads them: the HTTP stack localizes
 * every answer to the request's language (`Content-Language`), so each
 * bilingual text of core is one string here.
 */

/** Where a rule, a figure or a date comes from (core's `Citation`, localized): a source with its document's title inline. */
export const citationSchema = sourceSchema
  .omit({ href: true })
  .extend({ document: z.string().meta({ description: "the instrument's title" }) })
  .meta({ id: "Citation" });

/** A statutory date counted in PRC working days (core's `DueDate`). */
export const dueDateSchema = z
  .strictObject({
    date: z.iso.date(),
    provisional: z
      .boolean()
      .meta({ description: "the count passed a year whose holiday notice is not data yet: the date may move" }),
    basis: z.string(),
    citation: citationSchema,
    clock: z
      .strictObject({ from: z.iso.date(), workingDays: z.number().int().min(0) })
      .optional()
      .meta({ description: "the date is the `workingDays`-th working day after `from`" }),
  })
  .meta({ id: "DueDate" });

export const agencySchema = z.enum(AGENCIES).meta({ id: "Agency", description: "the reviewing agency" });

/** The office within the agency that reviews a submission, e.g. the Shanghai CAC office or a customs office. */
export const officeSchema = z.strictObject({ code: z.string(), name: z.string() }).meta({ id: "Office" });
