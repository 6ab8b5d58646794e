/**
 * The facts of a title application the talent rules read, named by their
 * dotted path in the talent-title intake's payload (the payload satisfies
 * this shape). Eligibility pre-checks give the green channel their own facts.
 */
import type { IsoDate } from "../rules";
import type { Degree, TalentCategory, TitleLevel } from "./levels";

/**
 * How a degree is certified: 教育部留学服务中心 (CSCSE) certification, consular
 * legalisation, an apostille, the applicant's pledge (告知承诺), or not at all.
 */
export const DEGREE_VERIFICATIONS = ["cscse", "consular", "apostille", "pledge", "none"] as const;
export type DegreeVerification = (typeof DEGREE_VERIFICATIONS)[number];

/** A period of work, both ends inclusive. */
export interface WorkPeriodFacts {
  from: IsoDate;
  to: IsoDate;
}

export interface EducationFacts {
  degree: Degree;
  institution: string;
  /** ISO 3166-1 alpha-2 of the state that issued the degree (and so its apostille). */
  country: string;
  year: number;
  verification: DegreeVerification;
  apostilleIssuedOn?: IsoDate;
}

export interface TitleApplicationFacts {
  applicant: {
    nationality: string;
    talentCategory: TalentCategory;
    workPermit?: { validUntil: IsoDate };
  };
  employer: {
    /** The employer is an R&D center set up by foreign investment (外资研发中心). */
    foreignInvested?: boolean;
    /** Recognised (认定) as a foreign-invested R&D center: sufficient, not required. */
    recognizedForeignRdCenter?: boolean;
  };
  series: string;
  requestedTitle: { level: TitleLevel };
  currentTitle?: { level: TitleLevel; obtainedOn?: IsoDate };
  education: readonly EducationFacts[];
  overseasExperience: readonly WorkPeriodFacts[];
  domesticExperience?: readonly WorkPeriodFacts[];
  achievements: readonly unknown[];
  publicity?: { from: IsoDate; to: IsoDate };
  pledge: boolean;
}
