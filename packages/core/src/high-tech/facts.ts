/**
 * What the recognition rules read, and how: each capability binds these to
 * its own subject (the eligibility profile reads `center.highTech.*`), once,
 * at module level.
 */
import type { LegalForm } from "../import-tax/legal-form";
import type { Fact, IsoDate, RuleContext, RuleResult } from "../rules";

export interface HighTechFactReaders<S> {
  legalForm: Fact<S, LegalForm>;
  /** Date of registration (注册成立). */
  registeredOn: Fact<S, IsoDate>;
  ownsCoreIp: Fact<S, boolean>;
  inSupportedField: Fact<S, boolean>;
  /** 当年职工总数. */
  totalStaff: Fact<S, number>;
  /** 从事研发和相关技术创新活动的科技人员. */
  sciTechStaff: Fact<S, number>;
  /** 最近一年销售收入, RMB: picks the band of 第十一条第（五）项. */
  latestYearRevenueCny: Fact<S, number>;
  /** 近三个会计年度的研究开发费用总额, RMB. */
  rdSpendLast3YearsCny: Fact<S, number>;
  /** 同期销售收入总额, RMB. */
  salesLast3YearsCny: Fact<S, number>;
  /** 在中国境内发生的研究开发费用总额, RMB. */
  rdSpendInChinaLast3YearsCny: Fact<S, number>;
  /** 近一年高新技术产品（服务）收入, RMB. */
  highTechIncomeCny: Fact<S, number>;
  /** 同期总收入, RMB. */
  totalIncomeCny: Fact<S, number>;
  /** 企业创新能力评价综合得分 (integer, out of 100). */
  innovationScore: Fact<S, number>;
  /** 申请认定前一年内发生重大安全、重大质量事故或严重环境违法行为. */
  majorIncidentLastYear: Fact<S, boolean>;
}

/** A rule once bound to a capability's facts. */
export type BoundRule<S> = (context: RuleContext<S>) => RuleResult;
