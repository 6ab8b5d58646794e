import { type Citation, cite, DECREE_11, DECREE_11_FROM, DECREE_13, DECREE_13_FROM } from "@rdc/core";

const ARTICLE_NOT_CHECKED = "article number not yet checked against the official text";

/** The articles of the procedure: what to file and how long each step takes. */
export const PROCEDURE_CITATIONS = {
  /** 第六条第（一）项: 申报书. */
  applicationForm: cite(DECREE_11, "Art. 6(1)", DECREE_11_FROM),
  /** 第六条第（二）项: 数据出境风险自评估报告 (the self-assessment of Art. 5). */
  selfAssessment: cite(DECREE_11, "Art. 6(2)", DECREE_11_FROM),
  /** 第六条第（三）项: 数据处理者与境外接收方拟订立的法律文件. */
  legalDocuments: cite(DECREE_11, "Art. 6(3)", DECREE_11_FROM),
  /** 第七条: provincial completeness check in 5 working days; CAC acceptance decision in 7 working days. */
  acceptance: cite(DECREE_11, "Art. 7", DECREE_11_FROM),
  /** 第十二条: review within 45 working days of the acceptance notice, extendable. */
  review: cite(DECREE_11, "Art. 12", DECREE_11_FROM),
  /** 第十三条: a request for re-assessment within 15 working days of the result. */
  reassessment: cite(DECREE_11, "Art. 13", DECREE_11_FROM),
  /** Filing within 10 working days after the contract takes effect, with the contract and the PI impact assessment. */
  standardContractFiling: cite(DECREE_13, "Art. 7", DECREE_13_FROM, ARTICLE_NOT_CHECKED),
} satisfies Record<string, Citation>;
