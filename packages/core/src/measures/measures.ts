import { text } from "../i18n";
import type { Citation } from "../rules";
import { defineMeasure, type Measure, type MeasureId } from "./measure";
import type { PartNumber } from "./parts";

/** The 16 measures of 国办函〔2023〕7号, in the order of the policy (text: ./source/measures-2023.zh.txt). */
export const MEASURES: readonly Measure[] = [
  defineMeasure({
    id: "M01",
    part: 1,
    title: text("优化科技创新服务", "Optimizing services for scientific and technological innovation"),
    text: "落实支持科技创新税收政策，支持各地结合实际，为符合条件的外资研发中心优化核定程序、简化申报材料、提供更多便利。加强对外资研发中心申请认定高新技术企业的指导和服务，组织开展政策培训，加强政策宣传与引导，鼓励和引导外商投资更多投向科技创新领域。",
    summary: text(
      "落实支持科技创新的税收政策，为符合条件的外资研发中心优化核定程序、简化申报材料，并加强对其申请认定高新技术企业的指导和服务。",
      "Tax policies that support scientific and technological innovation are to be implemented, and localities are supported in optimizing verification procedures, simplifying application materials and otherwise making things easier for eligible foreign-invested R&D centers. Guidance and services for centers applying for recognition as high-tech enterprises are to be strengthened, with policy training and publicity, to steer more foreign investment into scientific and technological innovation.",
    ),
    agencyClause: "科技部、财政部、商务部、税务总局、海关总署、各省级人民政府按职责分工负责",
    agencies: ["MOST", "MOF", "MOFCOM", "STA", "GACC", "PROVINCIAL_GOVERNMENTS"],
    responsibility: "按职责分工负责",
  }),
  defineMeasure({
    id: "M02",
    part: 1,
    title: text("鼓励开展基础研究", "Encouraging basic research"),
    text: "支持外资研发中心依法使用大型科研仪器、国家重大科技计划项目的科技报告和相关数据。对于外商投资设立的为本区域关键共性技术研发提供服务的新型研发机构，各地可在基础条件建设、设备购置、人才配套服务、运行经费等方面予以支持。",
    summary: text(
      "支持外资研发中心依法使用大型科研仪器和国家重大科技计划项目的科技报告及相关数据，各地可对外商投资设立的新型研发机构予以支持。",
      "Foreign-invested R&D centers are supported in using, in accordance with law, large research instruments and the scientific and technological reports and related data of major national science and technology programme projects. Where foreign investors set up new-type R&D institutions that serve research on key generic technologies for their region, localities may support their basic facilities, equipment purchases, talent services and operating costs.",
    ),
    agencyClause: "科技部、商务部、海关总署、各省级人民政府按职责分工负责",
    agencies: ["MOST", "MOFCOM", "GACC", "PROVINCIAL_GOVERNMENTS"],
    responsibility: "按职责分工负责",
  }),
  defineMeasure({
    id: "M03",
    part: 1,
    title: text(
      "促进产学研协同创新",
      "Promoting collaborative innovation among industry, universities and research institutes",
    ),
    text: "鼓励普通高等院校、科研院所、职业学校与外资研发中心合作开展技术攻关并保护双方知识产权。鼓励外资研发中心与职业学校开展技术协作，设立实训基地，共建联合实验室等技术技能创新平台。支持外资研发中心参与各地搭建的成果转化对接和创新创业平台。支持外资研发中心按规定设立博士后科研工作站，符合条件的博士后科研工作站经批准可以独立招收博士后科研人员。",
    summary: text(
      "鼓励高等院校、科研院所、职业学校与外资研发中心协同创新，支持外资研发中心参与成果转化和创新创业平台，并按规定设立博士后科研工作站。",
      "Universities, research institutes and vocational schools are encouraged to work with foreign-invested R&D centers on key technical problems while protecting both sides' intellectual property, and centers are encouraged to cooperate with vocational schools through training bases and joint laboratories. Centers are supported in joining the platforms localities build for commercialising research results and for innovation and entrepreneurship. Centers may set up postdoctoral research workstations under the rules, and eligible workstations may, once approved, recruit postdoctoral researchers on their own.",
    ),
    agencyClause: "教育部、科技部、人力资源社会保障部、各省级人民政府按职责分工负责",
    agencies: ["MOE", "MOST", "MOHRSS", "PROVINCIAL_GOVERNMENTS"],
    responsibility: "按职责分工负责",
  }),
  defineMeasure({
    id: "M04",
    part: 1,
    title: text("支持设立开放式创新平台", "Supporting the establishment of open innovation platforms"),
    text: "支持外商投资设立开放式创新平台类研发中心，加强土地、设备、基础设施等要素保障，进一步推动平台通过提供设施设备、研发场所和专业指导，与内外资企业、高等院校、科研院所整合技术、人才、资金、产业链等资源，实现协同创新。支持对入驻平台的企业适用“一址多照”、集群注册等登记方式。",
    summary: text(
      "支持外商投资设立开放式创新平台类研发中心，加强土地、设备、基础设施等要素保障，并支持入驻企业适用“一址多照”、集群注册等登记方式。",
      'Foreign investors are supported in setting up R&D centers that serve as open innovation platforms, with land, equipment, infrastructure and other inputs secured. Such platforms are to provide facilities, research space and expert guidance and pool technology, talent, funds and supply-chain resources with domestic and foreign enterprises, universities and research institutes. Enterprises based on a platform may register under "multiple licences at one address" (一址多照), cluster registration and similar methods.',
    ),
    agencyClause: "各省级人民政府负责",
    agencies: ["PROVINCIAL_GOVERNMENTS"],
    responsibility: "负责",
  }),
  defineMeasure({
    id: "M05",
    part: 1,
    title: text("完善科技创新金融支持", "Improving financial support for scientific and technological innovation"),
    text: "鼓励金融机构在风险可控、商业可持续的前提下，为外资研发中心开展科技创新、从事基础和前沿研究提供金融支持。各地商务主管部门要深入开展调研，主动了解本地区外资研发中心融资需求及经营情况，及时与金融机构依法共享有关信息，积极推动金融机构与外资研发中心开展“银企对接”。",
    summary: text(
      "鼓励金融机构在风险可控、商业可持续的前提下为外资研发中心提供金融支持，并由各地商务主管部门推动银企对接。",
      "Financial institutions are encouraged, where risks are controllable and the business commercially sustainable, to finance the innovation and the basic and frontier research of foreign-invested R&D centers. Local commerce departments are to study the centers' financing needs and operations, share relevant information with financial institutions in accordance with law, and actively promote bank–enterprise matchmaking.",
    ),
    agencyClause: "商务部、人民银行、银保监会、各省级人民政府按职责分工负责",
    agencies: ["MOFCOM", "PBOC", "CBIRC", "PROVINCIAL_GOVERNMENTS"],
    responsibility: "按职责分工负责",
  }),
  defineMeasure({
    id: "M06",
    part: 1,
    title: text("畅通参与政府项目渠道", "Opening channels for taking part in government projects"),
    text: "鼓励和支持外资研发中心承担国家科技任务，参与国家重大科技计划项目，试点多语种发布项目计划，适当延长项目申报期限，提高项目申报便利度。积极吸纳符合条件的外资研发中心科技专家进入国家科技专家库和有关地方科技专家库，参与科技计划项目的咨询、评审和管理。",
    summary: text(
      "鼓励外资研发中心承担国家科技任务、参与国家重大科技计划项目，并吸纳其符合条件的科技专家进入国家和地方科技专家库。",
      "Foreign-invested R&D centers are encouraged and supported to undertake national science and technology tasks and take part in major national programme projects; project plans are to be published in several languages on a trial basis, with suitably longer and easier application periods. Eligible experts from the centers are to be admitted to the national and local expert pools to advise on, review and manage programme projects.",
    ),
    agencyClause: "科技部、各省级人民政府按职责分工负责",
    agencies: ["MOST", "PROVINCIAL_GOVERNMENTS"],
    responsibility: "按职责分工负责",
  }),
  defineMeasure({
    id: "M07",
    part: 2,
    title: text("支持研发数据依法跨境流动", "Supporting lawful cross-border flows of R&D data"),
    text: "落实网络安全法、数据安全法、个人信息保护法等有关法律法规要求，加强数据跨境安全管理，保障国家安全和社会公众利益，保护个人信息权益。高效开展重要数据和个人信息出境安全评估，促进研发数据安全有序自由流动。",
    summary: text(
      "依照网络安全法、数据安全法、个人信息保护法等加强数据跨境安全管理，高效开展重要数据和个人信息出境安全评估，促进研发数据安全有序自由流动。",
      "The requirements of the Cybersecurity Law, the Data Security Law, the Personal Information Protection Law and related laws and regulations are to be implemented, strengthening the security management of cross-border data to safeguard national security, the public interest and the rights in personal information. Security assessments for the export of important data and personal information are to be carried out efficiently, so that R&D data flows safely, in an orderly way and freely.",
    ),
    agencyClause: "中央网信办牵头，工业和信息化部、公安部等部门和各省级人民政府按职责分工负责",
    agencies: ["CAC", "MIIT", "MPS", "PROVINCIAL_GOVERNMENTS"],
    leads: ["CAC"],
    responsibility: "按职责分工负责",
    intake: "data-export-assessments",
  }),
  defineMeasure({
    id: "M08",
    part: 2,
    title: text(
      "优化知识产权对外转让和技术进出口管理流程",
      "Streamlining the management of outbound IP transfers and of technology imports and exports",
    ),
    text: "完善知识产权对外转让有关工作制度，指导各地做好知识产权对外转让制度配套、机制衔接和流程优化。优化技术进出口管理，研究对跨国企业集团内部技术跨境转移给予便利化安排，加强政策宣传解读，做好培训指导。",
    summary: text(
      "完善知识产权对外转让工作制度，优化技术进出口管理，并研究对跨国企业集团内部技术跨境转移给予便利化安排。",
      "The working rules for transferring intellectual property abroad are to be improved, and localities guided in aligning their supporting rules, mechanisms and procedures. Technology import and export management is to be optimized, facilitation arrangements for cross-border technology transfers within multinational groups are to be studied, and policy publicity, interpretation and training are to be strengthened.",
    ),
    agencyClause: "商务部、国家知识产权局牵头，中央宣传部、农业农村部、国家林草局等部门按职责分工负责",
    agencies: ["MOFCOM", "CNIPA", "PUBLICITY_DEPT", "MARA", "NFGA"],
    leads: ["MOFCOM", "CNIPA"],
    responsibility: "按职责分工负责",
  }),
  defineMeasure({
    id: "M09",
    part: 2,
    title: text("优化科研物资通关和监管流程", "Streamlining customs clearance and supervision of research materials"),
    text: "对外资研发中心引进用于国家级、省级科研项目的入境动植物转基因生物、生物材料积极开展生物安全风险评估，符合要求的给予检疫审批便利化安排。支持对外资研发中心出于研发目的暂时进境的研发专用关键设备、测试用车辆等按规定延长复运出境期限。",
    summary: text(
      "对外资研发中心为国家级、省级科研项目引进的转基因生物和生物材料便利检疫审批，并支持其为研发暂时进境的关键设备、测试用车辆等按规定延长复运出境期限。",
      "For genetically modified animals and plants and biological materials that foreign-invested R&D centers bring in for national- or provincial-level research projects, biosafety risk assessments are to be carried out actively and, where requirements are met, quarantine approval is to be facilitated. Key R&D equipment, test vehicles and similar goods that centers temporarily import for research may have their re-export period extended under the rules.",
    ),
    agencyClause: "海关总署、科技部、农业农村部、商务部等部门按职责分工负责",
    agencies: ["GACC", "MOST", "MARA", "MOFCOM"],
    responsibility: "按职责分工负责",
    intake: "customs-extension-requests",
  }),
  defineMeasure({
    id: "M10",
    part: 3,
    title: text("提高海外人才在华工作便利度", "Making it easier for overseas talent to work in China"),
    text: "允许外资研发中心以团队为单位，为团队内外籍成员申请一次性不超过劳动合同期限的工作许可和不超过5年的工作类居留许可，为海外人才在华长期居留、永久居留提供便利。对于外资研发中心聘用的海外高端人才，符合条件的可以采取告知承诺、容缺受理等方式办理工作许可。对于同一跨国公司总部任命的外籍高级管理人员跨省变更工作单位的，优化变更或重新申请工作许可流程。",
    summary: text(
      "允许外资研发中心以团队为单位为外籍成员申请工作许可和不超过5年的工作类居留许可，并便利海外高端人才和跨省变更单位的外籍高管办理工作许可。",
      "A foreign-invested R&D center may apply as a team for its foreign members for work permits granted in one go for up to the term of their labour contracts, and for work-type residence permits of up to 5 years; long-term and permanent residence for overseas talent is to be made easier. Eligible overseas high-end talent hired by a center may obtain work permits through a pledge (告知承诺) or acceptance with documents to follow (容缺受理). Where foreign senior managers appointed by the same multinational headquarters change employer across provinces, changing or re-applying for the work permit is to be streamlined.",
    ),
    agencyClause: "外交部、科技部、人力资源社会保障部、国家移民局、各省级人民政府按职责分工负责",
    agencies: ["MFA", "MOST", "MOHRSS", "NIA", "PROVINCIAL_GOVERNMENTS"],
    responsibility: "按职责分工负责",
  }),
  defineMeasure({
    id: "M11",
    part: 3,
    title: text("鼓励海外人才申报专业人才职称", "Encouraging overseas talent to apply for professional titles"),
    text: "为外资研发中心聘用的海外高端人才和紧缺人才参与职称评审建立绿色通道，放宽资历、年限等条件限制，允许将其海外工作经历、业绩成果等作为评定依据，符合条件的可直接申报高级职称。",
    summary: text(
      "为外资研发中心聘用的海外高端人才和紧缺人才建立职称评审绿色通道，放宽资历、年限条件，符合条件的可直接申报高级职称。",
      "A green channel for professional title evaluation is to be set up for overseas high-end talent and shortage talent hired by foreign-invested R&D centers, relaxing seniority, years-of-service and similar requirements. Their overseas work experience and achievements may count as evidence, and eligible applicants may apply directly for senior titles.",
    ),
    agencyClause: "人力资源社会保障部负责",
    agencies: ["MOHRSS"],
    responsibility: "负责",
    intake: "talent-title-applications",
  }),
  defineMeasure({
    id: "M12",
    part: 3,
    title: text("加强海外人才奖励资助", "Strengthening awards and funding for overseas talent"),
    text: "鼓励各地根据发展需要，在法定权限范围内，对外资研发中心聘用的符合条件的海外高端人才和紧缺人才，在住房、子女教育、配偶就业、医疗保障等方面给予支持；对领军人才及其团队从事重点研发项目予以资助。",
    summary: text(
      "鼓励各地在法定权限内为外资研发中心聘用的海外高端人才和紧缺人才提供住房、子女教育等支持，并资助领军人才及其团队的重点研发项目。",
      "Localities are encouraged, as their development requires and within their statutory powers, to support eligible overseas high-end talent and shortage talent hired by foreign-invested R&D centers with housing, children's education, employment for spouses, medical cover and the like. Leading talent and their teams working on key R&D projects may receive funding.",
    ),
    agencyClause: "教育部、科技部、人力资源社会保障部、各省级人民政府按职责分工负责",
    agencies: ["MOE", "MOST", "MOHRSS", "PROVINCIAL_GOVERNMENTS"],
    responsibility: "按职责分工负责",
  }),
  defineMeasure({
    id: "M13",
    part: 3,
    title: text(
      "推动海外人才跨境资金收付便利化",
      "Facilitating cross-border payments and receipts for overseas talent",
    ),
    text: "支持金融机构按规定为在外资研发中心工作的海外人才便利化办理真实合规的跨境资金收付业务。",
    summary: text(
      "支持金融机构按规定为在外资研发中心工作的海外人才便利办理真实合规的跨境资金收付业务。",
      "Financial institutions are supported in handling, under the rules and in a facilitated way, genuine and compliant cross-border receipts and payments of funds for overseas talent working at foreign-invested R&D centers. The People's Bank of China, the State Administration of Foreign Exchange and the provincial governments are responsible, each according to its duties.",
    ),
    agencyClause: "人民银行、国家外汇局、各省级人民政府按职责分工负责",
    agencies: ["PBOC", "SAFE", "PROVINCIAL_GOVERNMENTS"],
    responsibility: "按职责分工负责",
  }),
  defineMeasure({
    id: "M14",
    part: 4,
    title: text("加快完善商业秘密保护规则体系", "Accelerating the improvement of the rules protecting trade secrets"),
    text: "进一步明确商业秘密保护范围、侵权行为及法律责任，完善侵权诉讼程序，加强对各类市场主体商业秘密的司法保护。",
    summary: text(
      "进一步明确商业秘密保护范围、侵权行为及法律责任，完善侵权诉讼程序，加强商业秘密司法保护。",
      "The scope of trade-secret protection, the acts that infringe trade secrets and the legal liability for them are to be further clarified, and infringement litigation procedures improved. Judicial protection of the trade secrets of all market entities is to be strengthened.",
    ),
    agencyClause: "最高人民法院、最高人民检察院、司法部、公安部、市场监管总局等部门和单位按职责分工负责",
    agencies: ["SPC", "SPP", "MOJ", "MPS", "SAMR"],
    responsibility: "按职责分工负责",
  }),
  defineMeasure({
    id: "M15",
    part: 4,
    title: text("加强知识产权保护中心建设", "Strengthening intellectual property protection centers"),
    text: "进一步加强知识产权快速协同保护机制建设，优化知识产权保护中心布局，为包括外资研发中心在内的企业提供集快速审查、快速确权、快速维权于一体的一站式综合服务。",
    summary: text(
      "加强知识产权快速协同保护机制和保护中心建设，为包括外资研发中心在内的企业提供快速审查、快速确权、快速维权一站式服务。",
      "The mechanism for rapid, coordinated intellectual property protection is to be further strengthened and the layout of intellectual property protection centers optimized. The centers are to offer enterprises, foreign-invested R&D centers included, a one-stop service combining fast examination, fast confirmation of rights and fast enforcement of rights.",
    ),
    agencyClause: "国家知识产权局负责",
    agencies: ["CNIPA"],
    responsibility: "负责",
  }),
  defineMeasure({
    id: "M16",
    part: 4,
    title: text("提高知识产权执法水平", "Raising the level of intellectual property enforcement"),
    text: "全面落实知识产权侵权惩罚性赔偿制度。发挥专利侵权纠纷行政裁决制度作用，加大行政裁决执行力度。针对商标恶意注册和仿冒混淆、专利侵权、网络盗版侵权等知识产权侵权违法行为，持续开展专项整治行动。",
    summary: text(
      "全面落实知识产权侵权惩罚性赔偿制度，加大专利侵权纠纷行政裁决执行力度，持续开展知识产权侵权违法行为专项整治。",
      "Punitive damages for intellectual property infringement are to be applied in full. The administrative adjudication of patent infringement disputes is to be put to use and its decisions enforced more firmly. Special campaigns against malicious trademark registration, counterfeiting and confusion, patent infringement, online piracy and other infringements are to continue.",
    ),
    agencyClause:
      "最高人民法院、最高人民检察院、中央宣传部、海关总署、市场监管总局、国家知识产权局等部门和单位按职责分工负责",
    agencies: ["SPC", "SPP", "PUBLICITY_DEPT", "GACC", "SAMR", "CNIPA"],
    responsibility: "按职责分工负责",
  }),
];

export function listMeasures(part?: PartNumber): Measure[] {
  return MEASURES.filter((m) => part === undefined || m.part.number === part);
}

export function getMeasure(id: string): Measure | undefined {
  return MEASURES.find((m) => m.id === id);
}

/** The citation of one measure, its text as the quote. */
export function citeMeasure(id: MeasureId): Citation {
  return (getMeasure(id) as Measure).citation;
}
