/**
 * The legal forms of an R&D center, as the import-tax measures distinguish
 * them (独立法人 / 公司内设部门 / 分公司, the last two 非独立法人): the one
 * vocabulary of legal form, for the eligibility profile and any intake.
 */
export const LEGAL_FORMS = ["independent_legal_entity", "internal_department", "branch"] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** 独立法人: a legal entity of its own. */
export const INDEPENDENT_LEGAL_ENTITY: LegalForm = "independent_legal_entity";
