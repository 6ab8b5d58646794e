/** 外专发〔2017〕40号 and its classification of foreign workers (附件3); text in source.txt beside this file. */
import { text } from "../i18n";
import { defineInstrument, type IsoDate } from "../rules";

export const WORK_PERMIT_SYSTEM_FROM: IsoDate = "2017-04-01";

export const NOTICE_2017_40 = defineInstrument({
  id: "work-permit.notice-2017-40",
  title: text(
    "国家外国专家局 人力资源社会保障部 外交部 公安部关于全面实施外国人来华工作许可制度的通知（外专发〔2017〕40号）",
    "Notice on the Full Implementation of the Work Permit System for Foreigners in China (Wai Zhuan Fa [2017] No. 40)",
  ),
  inForceFrom: WORK_PERMIT_SYSTEM_FROM,
  sourceFile: "work-permit/source.txt",
});

export const CLASSIFICATION_UNCONFIRMED =
  "附件3's points lines not in the stored reprint: wording, item and date in force UNCONFIRMED (source.txt)";

/** 附件3: three categories, A, B and C. */
export const CLASSIFICATION = NOTICE_2017_40.article("附件3", "将来华工作外国人分为A、B、C三类，按标准实行分类管理", {
  unconfirmed: "附件3 read from a reprint (source.txt), not from the official text",
});
