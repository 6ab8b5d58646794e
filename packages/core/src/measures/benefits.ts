/**
 * What each of the 16 measures (国办函〔2023〕7号) gives, as the seed text
 * (source/measures-2023.zh.txt) states it: a benefit the text grants every
 * foreign-invested R&D center, or one for centers that meet a condition of the
 * measure. The schemes a measure points to (high-tech recognition, the
 * import-tax exemption, data export, temporary admission, team work permits,
 * the title green channel) are encoded by their own instruments; the
 * eligibility check adds them. Each measure's words stand above its code.
 */
import { type Text, text } from "../i18n";
import {
  check,
  defineCondition,
  defineGrant,
  defineParameter,
  type Fact,
  isTrue,
  type Regime,
  type RegimePeriod,
  type RuleContext,
  type RuleResult,
  reaches,
} from "../rules";
import type { Measure, MeasureId } from "./measure";

/** The facts the measures' own conditions read; each capability binds these to its subject, once. */
export interface MeasureFactReaders<S> {
  /** 外商投资设立: what makes a center a 外资研发中心. */
  foreignInvested: Fact<S, boolean>;
  servesRegionalKeyCommonTechnology: Fact<S, boolean>;
  postdocWorkstation: Fact<S, boolean>;
  openInnovationPlatform: Fact<S, boolean>;
  biologicalMaterials: Fact<S, boolean>;
  highEndTalent: Fact<S, boolean>;
  shortageTalent: Fact<S, boolean>;
  /** 在外资研发中心工作的海外人才, a count. */
  overseasTalentCount: Fact<S, number>;
}

type Bound<S> = (context: RuleContext<S>) => RuleResult;

/** What a measure gives: to every center, and to centers meeting one of its conditions. */
export interface MeasureBenefits<S> {
  everyCenter: readonly Bound<S>[];
  conditional: readonly Bound<S>[];
}

/** Measure 9 is `措施（九）`, `measure 9`. */
function measureName(measure: Measure): Text {
  return text(`措施${measure.citation.article ?? ""}`, `measure ${Number(measure.id.slice(1))}`);
}

/** A measure is in force from the day the State Council forwarded the policy; it did not exist before. */
export function measureRegime(measure: Measure): Regime {
  const { inForceFrom } = measure.citation;
  return {
    id: `${measure.id}.in-force`,
    name: measureName(measure),
    periods: defineParameter<RegimePeriod>(`${measure.id}.in-force`, measure.title, [
      { from: inForceFrom, value: { encoded: true }, citation: measure.citation },
    ]),
    before: null,
  };
}

/** The measures' words 外资研发中心: a center set up by foreign investment (title and preamble). */
export function foreignInvestedRdCenter<S>(measure: Measure, foreignInvested: Fact<S, boolean>): Bound<S> {
  const condition = defineCondition(
    "foreign-invested-rd-center",
    text(
      "外商投资设立的研发中心（外资研发中心）",
      "an R&D center set up by foreign investment (a foreign-invested R&D center)",
    ),
    measure.citation,
    [foreignInvested],
  );
  return (context) => isTrue(context, condition);
}

/** A local support the text leaves to each locality (各地可…): the center may apply, the locality decides. */
export function discretionary(requires: Text): Text {
  return text(
    `${requires["zh-CN"]}（地方可予支持，是否支持及支持方式由当地决定）`,
    `${requires.en} (localities may give support; whether and how is theirs to decide)`,
  );
}

/** The measures' own conditions, bound to a capability's facts. Call once, at module level. */
export function measureBenefits<S>(
  measures: (id: MeasureId) => Measure,
  facts: MeasureFactReaders<S>,
): Readonly<Record<MeasureId, MeasureBenefits<S>>> {
  /** A benefit the measure gives every foreign-invested R&D center. */
  const everyCenter = (id: MeasureId, benefit: Text): Bound<S> => {
    const grant = defineGrant(
      `${id}.every-center`,
      text(
        `适用于所有外资研发中心：${benefit["zh-CN"]}`,
        `Applies to every foreign-invested R&D center: ${benefit.en}`,
      ),
      measures(id).citation,
    );
    return grant;
  };
  /** A benefit for centers with one yes/no fact. */
  const onlyIf = (id: MeasureId, code: string, requires: Text, fact: Fact<S, boolean>): Bound<S> => {
    const condition = defineCondition(`${id}.${code}`, requires, measures(id).citation, [fact]);
    return (context) => isTrue(context, condition);
  };
  const none: readonly Bound<S>[] = [];

  // 聘用……海外高端人才和紧缺人才，在住房、子女教育、配偶就业、医疗保障等方面给予支持 (measure （十二）)
  const talentSupport = (who: Text) =>
    discretionary(
      text(
        `聘用${who["zh-CN"]}，可在住房、子女教育、配偶就业、医疗保障等方面获得支持`,
        `employs ${who.en}, who may get support with housing, children's education, spouse employment and medical care`,
      ),
    );

  // （十三）支持金融机构按规定为在外资研发中心工作的海外人才便利化办理真实合规的跨境资金收付业务。
  // 在……工作的海外人才: at least one person of overseas talent works at the center.
  const overseasTalentWorks = defineCondition(
    "M13.overseas-talent",
    text(
      "有海外人才在中心工作，其真实合规的跨境资金收付可便利化办理",
      "overseas talent works at the center, whose genuine and compliant cross-border payments are made easier",
    ),
    measures("M13").citation,
    [facts.overseasTalentCount],
  );

  return {
    // （一）……加强对外资研发中心申请认定高新技术企业的指导和服务，组织开展政策培训，加强政策宣传与引导……
    M01: {
      everyCenter: [
        everyCenter(
          "M01",
          text(
            "申请认定高新技术企业的指导和服务、政策培训与宣传",
            "guidance and services for applying for high-tech enterprise recognition, policy training and publicity",
          ),
        ),
      ],
      conditional: none,
    },
    // （二）支持外资研发中心依法使用大型科研仪器、国家重大科技计划项目的科技报告和相关数据。对于外商
    // 投资设立的为本区域关键共性技术研发提供服务的新型研发机构，各地可在基础条件建设、设备购置、人才
    // 配套服务、运行经费等方面予以支持。
    M02: {
      everyCenter: [
        everyCenter(
          "M02",
          text(
            "依法使用大型科研仪器和国家重大科技计划项目的科技报告及相关数据",
            "lawful use of large research instruments and of the reports and data of major national S&T programme projects",
          ),
        ),
      ],
      conditional: [
        onlyIf(
          "M02",
          "new-rd-institution",
          discretionary(
            text(
              "为本区域关键共性技术研发提供服务的新型研发机构，可在基础条件建设、设备购置、人才配套服务、运行经费等方面获得支持",
              "a new-type R&D institution serving its region's key generic technologies may get support for facilities, equipment, talent services and operating costs",
            ),
          ),
          facts.servesRegionalKeyCommonTechnology,
        ),
      ],
    },
    // （三）鼓励普通高等院校、科研院所、职业学校与外资研发中心合作……支持外资研发中心按规定设立博士后
    // 科研工作站，符合条件的博士后科研工作站经批准可以独立招收博士后科研人员。
    M03: {
      everyCenter: [
        everyCenter(
          "M03",
          text(
            "与高校、科研院所、职业学校合作，参与成果转化和创新创业平台，并可按规定设立博士后科研工作站",
            "cooperation with universities, research institutes and vocational schools, joining commercialisation and entrepreneurship platforms, and setting up a postdoctoral workstation under the rules",
          ),
        ),
      ],
      conditional: [
        onlyIf(
          "M03",
          "postdoc-workstation",
          text(
            "设有博士后科研工作站，符合条件的经批准可以独立招收博士后科研人员",
            "has a postdoctoral workstation, which if eligible may be approved to recruit postdoctoral researchers on its own",
          ),
          facts.postdocWorkstation,
        ),
      ],
    },
    // （四）支持外商投资设立开放式创新平台类研发中心，加强土地、设备、基础设施等要素保障……支持对入驻
    // 平台的企业适用“一址多照”、集群注册等登记方式。
    M04: {
      everyCenter: none,
      conditional: [
        onlyIf(
          "M04",
          "open-innovation-platform",
          discretionary(
            text(
              "开放式创新平台类研发中心，可获得土地、设备、基础设施等要素保障，入驻企业可适用“一址多照”、集群注册",
              "an open innovation platform, which may get land, equipment and infrastructure support, its resident enterprises may use multiple licences at one address and cluster registration",
            ),
          ),
          facts.openInnovationPlatform,
        ),
      ],
    },
    // （五）鼓励金融机构……为外资研发中心开展科技创新……提供金融支持……积极推动金融机构与外资研发中心
    // 开展“银企对接”。
    M05: {
      everyCenter: [
        everyCenter(
          "M05",
          text(
            "金融机构的科技创新金融支持和商务主管部门组织的银企对接",
            "financing for innovation from financial institutions and bank–enterprise matchmaking by commerce departments",
          ),
        ),
      ],
      conditional: none,
    },
    // （六）鼓励和支持外资研发中心承担国家科技任务，参与国家重大科技计划项目……积极吸纳符合条件的外资
    // 研发中心科技专家进入国家科技专家库和有关地方科技专家库……
    M06: {
      everyCenter: [
        everyCenter(
          "M06",
          text(
            "承担国家科技任务、参与国家重大科技计划项目，科技专家可进入国家和地方科技专家库",
            "undertaking national S&T tasks and major programme projects; its experts may join national and local expert pools",
          ),
        ),
      ],
      conditional: none,
    },
    // （七）data export: the data-export instruments decide (core/data-export).
    M07: { everyCenter: none, conditional: none },
    // （八）完善知识产权对外转让有关工作制度……优化技术进出口管理……做好培训指导。
    M08: {
      everyCenter: [
        everyCenter(
          "M08",
          text(
            "知识产权对外转让和技术进出口的优化管理流程及政策培训指导",
            "streamlined procedures, training and guidance for outbound IP transfers and technology imports and exports",
          ),
        ),
      ],
      conditional: none,
    },
    // （九）对外资研发中心引进用于国家级、省级科研项目的入境动植物转基因生物、生物材料积极开展生物安全
    // 风险评估，符合要求的给予检疫审批便利化安排。（the re-export extension: core/customs）
    M09: {
      everyCenter: none,
      conditional: [
        onlyIf(
          "M09",
          "biosafety-quarantine",
          text(
            "为国家级、省级科研项目引进入境动植物转基因生物、生物材料，符合要求的可获检疫审批便利",
            "brings in GM animals or plants or biological materials for national or provincial research projects, which if requirements are met get easier quarantine approval",
          ),
          facts.biologicalMaterials,
        ),
      ],
    },
    // （十）team work permits: core/work-permit.
    M10: { everyCenter: none, conditional: none },
    // （十一）the title green channel: core/talent.
    M11: { everyCenter: none, conditional: none },
    // （十二）鼓励各地根据发展需要，在法定权限范围内，对外资研发中心聘用的符合条件的海外高端人才和紧缺
    // 人才，在住房、子女教育、配偶就业、医疗保障等方面给予支持……
    M12: {
      everyCenter: none,
      conditional: [
        onlyIf(
          "M12",
          "high-end-talent",
          talentSupport(text("海外高端人才", "overseas high-end talent")),
          facts.highEndTalent,
        ),
        onlyIf("M12", "shortage-talent", talentSupport(text("紧缺人才", "shortage talent")), facts.shortageTalent),
      ],
    },
    M13: {
      everyCenter: none,
      conditional: [(context) => check(context, overseasTalentWorks, (count) => reaches(count, 1))],
    },
    // （十四）……加强对各类市场主体商业秘密的司法保护。
    M14: {
      everyCenter: [everyCenter("M14", text("商业秘密的司法保护", "judicial protection of trade secrets"))],
      conditional: none,
    },
    // （十五）……为包括外资研发中心在内的企业提供集快速审查、快速确权、快速维权于一体的一站式综合服务。
    M15: {
      everyCenter: [
        everyCenter(
          "M15",
          text(
            "知识产权保护中心快速审查、快速确权、快速维权一站式服务",
            "the one-stop fast examination, confirmation and enforcement services of IP protection centers",
          ),
        ),
      ],
      conditional: none,
    },
    // （十六）全面落实知识产权侵权惩罚性赔偿制度。发挥专利侵权纠纷行政裁决制度作用……持续开展专项整治行动。
    M16: {
      everyCenter: [
        everyCenter(
          "M16",
          text(
            "惩罚性赔偿、专利侵权纠纷行政裁决和专项整治行动等知识产权执法",
            "IP enforcement: punitive damages, administrative rulings on patent disputes and special enforcement campaigns",
          ),
        ),
      ],
      conditional: none,
    },
  };
}
