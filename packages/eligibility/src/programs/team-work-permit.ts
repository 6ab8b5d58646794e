/**
 * Measure 10: a foreign-invested R&D center may apply as a team for its
 * foreign members' work permits (one-time, up to the labour-contract term)
 * and work-type residence permits (up to 5 years). There is no intake here:
 * permits are filed in the national foreign-worker system.
 */
import { teamWorkPermits, text } from "@rdc/core";
import type { CenterProfile } from "../profile";
import type { NextStep } from "../result";
import { FACTS } from "../rules/facts";
import type { Program } from "./program";

/** Measure （十）'s team route, as @rdc/core encodes it (packages/core/src/work-permit/team.ts). */
const TEAM = teamWorkPermits<CenterProfile>({
  foreignInvested: FACTS.foreignInvested,
  foreignMembers: FACTS.foreignNationals,
});

const APPLY: NextStep = {
  code: "team-work-permit.apply",
  message: text(
    "通过外国人来华工作管理服务系统，向所在地外国人来华工作许可主管部门（科技部门/外国专家局）以团队为单位为外籍成员申请工作许可；凭工作许可向公安机关出入境管理机构申请工作类居留许可",
    "Apply as a team, through the Foreigner's Work Management Service System (外国人来华工作管理服务系统), to the local foreign-expert work-permit authority (science and technology department); then apply for work-type residence permits at the public security exit-entry administration",
  ),
};

const HIGH_END_PLEDGE: NextStep = {
  code: "team-work-permit.high-end-pledge",
  message: text(
    "海外高端人才符合条件的可采取告知承诺、容缺受理方式办理工作许可",
    "Eligible overseas high-end talent may obtain work permits by pledge (告知承诺) or with documents to follow (容缺受理)",
  ),
};

export const teamWorkPermit: Program = {
  id: "team-work-permit",
  name: text("外资研发中心团队工作许可", "Team work permits for foreign-invested R&D centers"),
  evaluate: (context) => ({
    result: TEAM(context),
    nextSteps: context.subject.overseasTalent?.categories?.includes("overseas_high_end")
      ? [APPLY, HIGH_END_PLEDGE]
      : [APPLY],
  }),
};
