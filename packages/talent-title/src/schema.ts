import {
  DEGREE_VERIFICATIONS,
  DEGREES,
  TALENT_CATEGORIES,
  TITLE_LEVELS,
  type TitleApplicationFacts,
  WORK_PERMIT_CATEGORIES,
} from "@rdc/core";
import { countryCode, isoDate, label, period, personal, province, record, uscc } from "@rdc/platform";
import * as z from "zod";

/** Kinds of achievement (业绩成果) a green-channel applicant may declare as evidence: the platform's own list. */
export const ACHIEVEMENT_KINDS = ["patent", "paper", "project", "award", "product"] as const;

export const MAX_EDUCATION = 10;
export const MAX_WORK_PERIODS = 30;
export const MAX_ACHIEVEMENTS = 50;

const year = z.number().int().min(1950).max(2100);
const title = record({ level: z.enum(TITLE_LEVELS), name: label(100) });
/** A period of work, both ends inclusive. */
const workPeriod = period({ organisation: label(300), country: countryCode, role: label(200) });

/**
 * What a partner files for measure （十一）: a foreign-invested R&D center's
 * employee applying for a professional title (职称). The API's single source
 * of truth; the types below are inferred from it. Personal fields are marked.
 * The vocabularies (talent category, title level, degree, verification, work
 * permit category) are core's, shared with the eligibility profile.
 */
export const talentTitlePayload = record({
  applicant: record({
    fullName: personal(label(200), "name"),
    /** ISO 3166-1 alpha-2. */
    nationality: countryCode,
    passportNumber: personal(
      z
        .string()
        .trim()
        .max(20)
        .regex(/^[A-Za-z0-9]{5,20}$/, "5 to 20 letters or digits"),
      "document_number",
    ),
    birthDate: personal(isoDate, "birth_date"),
    talentCategory: z.enum(TALENT_CATEGORIES),
    workPermit: record({
      number: personal(label(64), "document_number"),
      category: z.enum(WORK_PERMIT_CATEGORIES),
      validUntil: isoDate,
    }).optional(),
  }),
  /** The applicant's employer, which files the application for its own staff. */
  employer: record({
    name: label(300),
    /** 统一社会信用代码. */
    uscc,
    /** 6-digit administrative division code (GB/T 2260), e.g. 310000. */
    province,
    /** The employer is an R&D center set up by foreign investment (外资研发中心), as the eligibility profile's `foreignInvested`. */
    foreignInvested: z.boolean().optional(),
    /** Recognised (认定) as a foreign-invested R&D center: enough to show it is one; not required by measure （十一）. */
    recognizedForeignRdCenter: z.boolean().optional(),
  }),
  /** Title series (职称系列), e.g. `engineering`, `natural_science_research`, `health`. */
  series: z
    .string()
    .max(64)
    .regex(/^[a-z][a-z_]{1,63}$/, "a series id such as engineering"),
  requestedTitle: title,
  /** The title held, and the day it was obtained: the normal route counts the years of work after it. */
  currentTitle: record({ level: z.enum(TITLE_LEVELS), name: label(100), obtainedOn: isoDate.optional() }).optional(),
  /**
   * Degrees and diplomas: a bachelor's, master's and doctorate, with second
   * degrees or diplomas beside them, rarely more than five: 10 is ample.
   */
  education: z
    .array(
      record({
        degree: z.enum(DEGREES),
        institution: label(300),
        /** The state that issued the degree (ISO 3166-1 alpha-2), and so its apostille. */
        country: countryCode,
        /** Year the degree was awarded. */
        year,
        verification: z.enum(DEGREE_VERIFICATIONS),
        /** With `verification: "apostille"`: the apostille's issue date. */
        apostilleIssuedOn: isoDate.optional(),
      }),
    )
    .max(MAX_EDUCATION),
  /**
   * Periods of work abroad. A working life of 45 years with a new post every
   * 18 months is 30 periods, in each list.
   */
  overseasExperience: z.array(workPeriod).max(MAX_WORK_PERIODS),
  /** Optional: work in China, counted with the overseas periods. */
  domesticExperience: z.array(workPeriod).max(MAX_WORK_PERIODS).optional(),
  /**
   * Representative achievements (代表性成果): a title evaluation weighs the
   * applicant's representative works rather than a full list of publications
   * (the platform's reading of practice since the title reform of 中办发〔2016〕
   * 77号), so 50, each with a title and an evidence reference (a DOI, patent
   * number or upload id) of 300 characters, is ample.
   */
  achievements: z
    .array(record({ kind: z.enum(ACHIEVEMENT_KINDS), title: label(300), year, evidenceRef: label(300) }))
    .max(MAX_ACHIEVEMENTS),
  /** The employer's internal publicity (公示), both ends inclusive. */
  publicity: period({}).optional(),
  /** The applicant's written pledge (告知承诺) that the declared facts are true. */
  pledge: z.boolean(),
});

export type TalentTitlePayload = z.infer<typeof talentTitlePayload>;
export type Applicant = TalentTitlePayload["applicant"];
export type Education = TalentTitlePayload["education"][number];
export type WorkPeriod = TalentTitlePayload["overseasExperience"][number];

/** The payload is what the core talent rules read. */
const _reads: (p: TalentTitlePayload) => TitleApplicationFacts = (p) => p;
void _reads;
