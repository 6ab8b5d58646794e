import { EXEMPTION_GROUNDS } from "@rdc/core";
import * as z from "zod";
import { count, countryCode, label } from "./common";
import { record } from "./personal";

/**
 * The facts the measure 7 pathway rules read (core's `ExporterFacts` and
 * `TransferFacts`), as schema fields: the data-export intake files them and
 * the eligibility pre-screen asks for them, from this one definition.
 */
export const freeTradeZoneFacts = record({ zone: label(200), dataOnNegativeList: z.boolean() });

export const exporterFactFields = {
  isCiio: z.boolean().optional(),
  freeTradeZone: freeTradeZoneFacts.nullable().optional(),
};

export const MAX_RECIPIENTS = 100;

export const transferFactFields = {
  /** Each ground at most once: no more grounds than the vocabulary has. */
  exemptionGrounds: z.array(z.enum(EXEMPTION_GROUNDS)).max(EXEMPTION_GROUNDS.length).optional(),
  containsPersonalInfo: z.boolean().optional(),
  cumulative: record({
    nonSensitiveSubjects: count.optional(),
    sensitiveSubjects: count.optional(),
    totalSubjects: count.optional(),
  }).optional(),
  processorTotalSubjects: count.optional(),
  importantData: record({ present: z.boolean(), notifiedByAuthority: z.boolean() }).optional(),
  humanGeneticResources: record({ present: z.boolean(), genomeSubjects: count.optional() }).optional(),
  /**
   * The overseas recipients (境外接收方) of this transfer. A multinational
   * group sends to its parent and affiliates, rarely to more than a few dozen:
   * 100 is ample, and an organisation's registered name fits in 200 characters.
   */
  recipients: z
    .array(record({ name: label(200), country: countryCode, foreignControlled: z.boolean() }))
    .max(MAX_RECIPIENTS)
    .optional(),
};
