import { countryCode, isoDate, label, period, personal, province, record, uscc } from "@rdc/platform";
import * as z from "zod";
import {
  ACHIEVEMENT_KINDS,
  DEGREE_VERIFICATIONS,
  DEGREES,
  TALENT_CATEGORIES,
  type TalentTitlePayload,
  TITLE_LEVELS,
  WORK_PERMIT_CATEGORIES,
} from "./payload";

const year = z.number().int().min(1950).max(2100);
const title = record({ level: z.enum(TITLE_LEVELS), name: label(100) });
const workPeriod = period({ organisation: label(300), country: countryCode, role: label(200) });

/** A green-channel title application: the API's single source of truth. Personal fields are marked. */
export const talentTitlePayload = record({
  applicant: record({
    fullName: personal(label(200)),
    nationality: countryCode,
    passportNumber: personal(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9]{5,20}$/, "5 to 20 letters or digits"),
    ),
    birthDate: personal(isoDate),
    talentCategory: z.enum(TALENT_CATEGORIES),
    workPermit: record({ number: label(64), category: z.enum(WORK_PERMIT_CATEGORIES), validUntil: isoDate }).optional(),
  }),
  employer: record({ name: label(300), uscc, province, recognizedForeignRdCenter: z.boolean() }),
  series: z.string().regex(/^[a-z][a-z_]{1,63}$/, "a series id such as engineering"),
  requestedTitle: title,
  currentTitle: title.optional(),
  education: z
    .array(
      record({
        degree: z.enum(DEGREES),
        institution: label(300),
        country: countryCode,
        year,
        verification: z.enum(DEGREE_VERIFICATIONS),
        apostilleIssuedOn: isoDate.optional(),
      }),
    )
    .max(20),
  overseasExperience: z.array(workPeriod).max(50),
  domesticExperience: z.array(workPeriod).max(50).optional(),
  achievements: z
    .array(record({ kind: z.enum(ACHIEVEMENT_KINDS), title: label(500), year, evidenceRef: label(500) }))
    .max(100),
  publicity: period({}).optional(),
  pledge: z.boolean(),
}) satisfies z.ZodType<TalentTitlePayload, unknown>;
