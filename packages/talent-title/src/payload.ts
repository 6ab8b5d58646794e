import type { IsoDate } from "@rdc/core";

/**
 * What a partner files for measure （十一）: a foreign R&D center's employee
 * applying for a professional title (职称). The zod schema in `schema.ts`
 * mirrors these types; the value lists below are the single source of the enums.
 */

/** 海外高端人才 / 紧缺人才 are the two groups the measure names; anyone else is `other`. */
export const TALENT_CATEGORIES = ["overseas_high_end", "shortage", "other"] as const;
export type TalentCategory = (typeof TALENT_CATEGORIES)[number];

/** Foreigner's work permit categories A/B/C (外专发〔2017〕40号). */
export const WORK_PERMIT_CATEGORIES = ["A", "B", "C"] as const;
export type WorkPermitCategory = (typeof WORK_PERMIT_CATEGORIES)[number];

/** 助理级 (初级), 中级, 副高级, 正高级: the levels an application can ask for, lowest first. */
export const TITLE_LEVELS = ["assistant", "intermediate", "deputy_senior", "full_senior"] as const;
export type TitleLevel = (typeof TITLE_LEVELS)[number];

/** Degrees, lowest first. */
export const DEGREES = ["bachelor", "master", "doctorate"] as const;
export type Degree = (typeof DEGREES)[number];

/**
 * How a degree is verified: 教育部留学服务中心 (CSCSE) certification, consular
 * legalisation, an apostille, the applicant's pledge (告知承诺), or not at all.
 */
export const DEGREE_VERIFICATIONS = ["cscse", "consular", "apostille", "pledge", "none"] as const;
export type DegreeVerification = (typeof DEGREE_VERIFICATIONS)[number];

export const ACHIEVEMENT_KINDS = ["patent", "paper", "project", "award", "product"] as const;
export type AchievementKind = (typeof ACHIEVEMENT_KINDS)[number];

export interface WorkPermit {
  number: string;
  category: WorkPermitCategory;
  validUntil: IsoDate;
}

export interface Applicant {
  fullName: string;
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  passportNumber: string;
  birthDate: IsoDate;
  talentCategory: TalentCategory;
  workPermit?: WorkPermit;
}

export interface Employer {
  name: string;
  /** 统一社会信用代码. */
  uscc: string;
  /** 6-digit administrative division code (GB/T 2260), e.g. 310000. */
  province: string;
  /** Recognised as a foreign-invested R&D center. */
  recognizedForeignRdCenter: boolean;
}

export interface Title {
  level: TitleLevel;
  name: string;
}

export interface Education {
  degree: Degree;
  institution: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Year the degree was awarded. */
  year: number;
  verification: DegreeVerification;
  /** With `verification: "apostille"`: the apostille's issue date (China accepts those from 2023-11-07). */
  apostilleIssuedOn?: IsoDate;
}

/** A period of work, both ends inclusive. */
export interface WorkPeriod {
  organisation: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  role: string;
  from: IsoDate;
  to: IsoDate;
}

export interface Achievement {
  kind: AchievementKind;
  title: string;
  year: number;
  evidenceRef: string;
}

/** The employer's internal publicity (公示) of the application, both ends inclusive. */
export interface Publicity {
  from: IsoDate;
  to: IsoDate;
}

export interface TalentTitlePayload {
  applicant: Applicant;
  employer: Employer;
  /** Title series (职称系列), e.g. `engineering`, `natural_science_research`, `health`. */
  series: string;
  requestedTitle: Title;
  currentTitle?: Title;
  education: Education[];
  overseasExperience: WorkPeriod[];
  /** Optional: work in China, counted with the overseas periods for the total years. */
  domesticExperience?: WorkPeriod[];
  achievements: Achievement[];
  publicity?: Publicity;
  /** The applicant's pledge (告知承诺) that the declared facts are true. */
  pledge: boolean;
}

/** The series whose usual seniority the platform encodes (人社部发〔2019〕16号). */
export const ENGINEERING_SERIES = "engineering";
