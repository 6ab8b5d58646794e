import { text } from "../i18n";
import { defineInstrument, type IsoDate } from "../rules";

/** The instrument that carries the 16 measures (国办函〔2023〕7号). */
export const MEASURES_POLICY = text(
  "国务院办公厅转发商务部 科技部《关于进一步鼓励外商投资设立研发中心的若干措施》的通知（国办函〔2023〕7号）",
  "Notice of the General Office of the State Council Forwarding the Several Measures of the Ministry of Commerce and the Ministry of Science and Technology on Further Encouraging Foreign Investment in Establishing R&D Centers (Guo Ban Han [2023] No. 7)",
);

/** Issued by the General Office of the State Council on 11 January 2023 and effective that day. */
export const MEASURES_IN_FORCE_FROM: IsoDate = "2023-01-11";

/**
 * The policy as an instrument: each measure is cited once, by its numeral
 * （一）…（十六）, with its text as the quote (see `defineMeasure`); rules that
 * rest on words within a measure cite those words (e.g. core/talent).
 */
export const MEASURES_2023 = defineInstrument({
  id: "guobanhan-2023-7",
  title: MEASURES_POLICY,
  inForceFrom: MEASURES_IN_FORCE_FROM,
  sourceFile: "measures/source/measures-2023.zh.txt",
});
