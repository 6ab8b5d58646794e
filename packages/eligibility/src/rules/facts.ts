/**
 * The facts the rules read, each with the path `missingFacts` names it by and
 * a label a person reads when it is missing.
 */
import {
  type GoodsCategory,
  type ProjectLevel,
  type Fact as RuleFact,
  type TalentCategory,
  type Text,
  text,
} from "@rdc/core";
import type { CenterFieldPath, CenterProfile, FactPath, LegalForm } from "../profile";

/** A fact of the center's profile, named in `missingFacts` as `center.<path>`. */
export interface Fact<T> extends RuleFact<CenterProfile, T> {
  path: FactPath;
}

function fact<T>(path: CenterFieldPath, label: Text, read: (center: CenterProfile) => T | undefined): Fact<T> {
  return { path: `center.${path}`, label, read };
}

export const FACTS = {
  legalForm: fact<LegalForm>("legalForm", text("法律形式", "legal form"), (c) => c.legalForm),
  foreignInvested: fact<boolean>(
    "foreignInvested",
    text("是否外商投资", "whether foreign-invested"),
    (c) => c.foreignInvested,
  ),
  totalInvestmentUsd: fact<number>(
    "totalInvestmentUsd",
    text("投资总额（美元）", "total investment (USD)"),
    (c) => c.totalInvestmentUsd,
  ),
  rdInvestmentUsd: fact<number>(
    "rdInvestmentUsd",
    text("研发总投入（美元）", "total R&D investment (USD)"),
    (c) => c.rdInvestmentUsd,
  ),
  fullTimeRdStaff: fact<number>(
    "fullTimeRdStaff",
    text("专职研究与试验发展人员人数", "number of full-time R&D staff"),
    (c) => c.fullTimeRdStaff,
  ),
  equipmentPurchasesCny: fact<number>(
    "equipmentPurchasesCny",
    text("累计购置设备原值（人民币）", "cumulative equipment purchases (RMB)"),
    (c) => c.equipmentPurchasesCny,
  ),
  recognizedForeignRdCenter: fact<boolean>(
    "recognizedForeignRdCenter",
    text("是否经认定的外资研发中心", "whether recognised as a foreign-invested R&D center"),
    (c) => c.recognizedForeignRdCenter,
  ),
  registeredOn: fact<string>(
    "highTech.registeredOn",
    text("注册成立日期", "date of registration"),
    (c) => c.highTech?.registeredOn,
  ),
  ownsCoreIp: fact<boolean>(
    "highTech.ownsCoreIp",
    text("是否拥有支持主要产品（服务）的知识产权", "whether it owns IP supporting its core products"),
    (c) => c.highTech?.ownsCoreIp,
  ),
  inSupportedField: fact<boolean>(
    "highTech.inSupportedField",
    text("是否属于国家重点支持的高新技术领域", "whether in a field the State supports"),
    (c) => c.highTech?.inSupportedField,
  ),
  totalStaff: fact<number>("highTech.totalStaff", text("当年职工总数", "total staff"), (c) => c.highTech?.totalStaff),
  sciTechStaff: fact<number>(
    "highTech.sciTechStaff",
    text("科技人员人数", "science and technology staff"),
    (c) => c.highTech?.sciTechStaff,
  ),
  latestYearRevenueCny: fact<number>(
    "highTech.latestYearRevenueCny",
    text("最近一年销售收入", "sales revenue of the latest year"),
    (c) => c.highTech?.latestYearRevenueCny,
  ),
  rdSpendLast3YearsCny: fact<number>(
    "highTech.rdSpendLast3YearsCny",
    text("近三个会计年度研究开发费用总额", "R&D spend of the last 3 accounting years"),
    (c) => c.highTech?.rdSpendLast3YearsCny,
  ),
  salesLast3YearsCny: fact<number>(
    "highTech.salesLast3YearsCny",
    text("近三个会计年度销售收入总额", "sales revenue of the last 3 accounting years"),
    (c) => c.highTech?.salesLast3YearsCny,
  ),
  rdSpendInChinaLast3YearsCny: fact<number>(
    "highTech.rdSpendInChinaLast3YearsCny",
    text("在中国境内发生的研究开发费用", "R&D spend incurred in China"),
    (c) => c.highTech?.rdSpendInChinaLast3YearsCny,
  ),
  highTechIncomeCny: fact<number>(
    "highTech.highTechIncomeCny",
    text("近一年高新技术产品（服务）收入", "high-tech product (service) income of the latest year"),
    (c) => c.highTech?.highTechIncomeCny,
  ),
  totalIncomeCny: fact<number>(
    "highTech.totalIncomeCny",
    text("同期总收入", "total income of the same year"),
    (c) => c.highTech?.totalIncomeCny,
  ),
  innovationScore: fact<number>(
    "highTech.innovationScore",
    text("企业创新能力评价得分", "innovation capability score"),
    (c) => c.highTech?.innovationScore,
  ),
  majorIncidentLastYear: fact<boolean>(
    "highTech.majorIncidentLastYear",
    text(
      "申请前一年内是否发生重大安全、质量事故或严重环境违法行为",
      "whether a major incident occurred in the prior year",
    ),
    (c) => c.highTech?.majorIncidentLastYear,
  ),
  openInnovationPlatform: fact<boolean>(
    "openInnovationPlatform",
    text("是否开放式创新平台类研发中心", "whether an open innovation platform"),
    (c) => c.openInnovationPlatform,
  ),
  servesRegionalKeyCommonTechnology: fact<boolean>(
    "servesRegionalKeyCommonTechnology",
    text(
      "是否为本区域关键共性技术研发提供服务的新型研发机构",
      "whether a new-type R&D institution serving regional key generic technologies",
    ),
    (c) => c.servesRegionalKeyCommonTechnology,
  ),
  postdocWorkstation: fact<boolean>(
    "postdocWorkstation",
    text("是否设有博士后科研工作站", "whether it has a postdoctoral research workstation"),
    (c) => c.postdocWorkstation,
  ),
  overseasTalentCount: fact<number>(
    "overseasTalent.count",
    text("聘用的海外人才人数", "overseas talent employed"),
    (c) => c.overseasTalent?.count,
  ),
  foreignNationals: fact<number>(
    "overseasTalent.foreignNationals",
    text("需办理工作许可的外籍人员人数", "foreign nationals needing work permits"),
    (c) => c.overseasTalent?.foreignNationals,
  ),
  talentCategories: fact<readonly TalentCategory[]>(
    "overseasTalent.categories",
    text("聘用的海外人才类别", "categories of the overseas talent employed"),
    (c) => c.overseasTalent?.categories,
  ),
  highEndTalent: fact<boolean>(
    "overseasTalent.categories",
    text("是否聘用海外高端人才", "whether it employs overseas high-end talent"),
    (c) => c.overseasTalent?.categories?.includes("overseas_high_end"),
  ),
  shortageTalent: fact<boolean>(
    "overseasTalent.categories",
    text("是否聘用紧缺人才", "whether it employs shortage talent"),
    (c) => c.overseasTalent?.categories?.includes("shortage"),
  ),
  biologicalMaterials: fact<boolean>(
    "biologicalMaterialsForStateProjects",
    text(
      "是否为国家级、省级科研项目引进转基因生物、生物材料",
      "whether it brings in GMOs or biological materials for state research projects",
    ),
    (c) => c.biologicalMaterialsForStateProjects,
  ),
  importCategories: fact<readonly GoodsCategory[]>(
    "temporarilyImportedGoods.category",
    text("暂时进境货物类别", "category of the temporarily imported goods"),
    (c) => {
      const category = c.temporarilyImportedGoods?.category;
      return category === undefined ? undefined : [category];
    },
  ),
  importEntryDate: fact<string>(
    "temporarilyImportedGoods.entryDate",
    text("进境日期", "entry date"),
    (c) => c.temporarilyImportedGoods?.entryDate,
  ),
  importCurrentDeadline: fact<string>(
    "temporarilyImportedGoods.currentDeadline",
    text("现行复运出境期限", "current re-export deadline"),
    (c) => c.temporarilyImportedGoods?.currentDeadline,
  ),
  extensionsGranted: fact<number>(
    "temporarilyImportedGoods.extensionsGranted",
    text("已获准延期次数", "extensions already granted"),
    (c) => c.temporarilyImportedGoods?.extensionsGranted,
  ),
  importProjectLevel: fact<ProjectLevel>(
    "temporarilyImportedGoods.project.level",
    text("货物所用项目的级别", "level of the project the goods serve"),
    (c) => c.temporarilyImportedGoods?.project?.level,
  ),
} as const;
