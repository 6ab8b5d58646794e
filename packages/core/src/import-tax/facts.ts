/** What the import-tax conditions read; each capability binds these to its own subject, once. */
import type { Fact } from "../rules";
import type { LegalForm } from "./legal-form";

export interface ImportTaxFactReaders<S> {
  /** 外商投资设立. */
  foreignInvested: Fact<S, boolean>;
  legalForm: Fact<S, LegalForm>;
  /** 投资总额, USD: the test of a legal entity. */
  totalInvestmentUsd: Fact<S, number>;
  /** 研发总投入, USD: the test of an internal department or branch. */
  rdInvestmentUsd: Fact<S, number>;
  /** 专职研究与试验发展人员, counted the day before applying. */
  fullTimeRdStaff: Fact<S, number>;
  /** 设立以来累计购置的设备原值, RMB. */
  equipmentPurchasesCny: Fact<S, number>;
}
