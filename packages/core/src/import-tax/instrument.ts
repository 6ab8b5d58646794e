/**
 * The import-tax notices for foreign-invested R&D centers and the periods
 * whose rules are encoded: the “十四五” notices (2021-01-01 to 2025-12-31),
 * then the “十五五” notices (from 2026-01-01). Their text, and where it was
 * read, is in source.txt beside this file.
 */
import { text } from "../i18n";
import { defineInstrument, defineParameter, type IsoDate, type Regime, type RegimePeriod } from "../rules";

export const PERIOD_2021_FROM: IsoDate = "2021-01-01";
export const PERIOD_2026_FROM: IsoDate = "2026-01-01";
/** The day after the (unconfirmed) end of the 2026 period, 2030-12-31. */
export const PERIOD_2026_UNCONFIRMED_END: IsoDate = "2031-01-01";

/** No stored copy of the 2021 notices was found (source.txt). */
export const NOT_READ_2021 =
  "财关税〔2021〕23号/24号 not found in any stored copy: wording and item numbers UNCONFIRMED (source.txt)";
/** The 2026 management measures were read only in part (source.txt). */
export const FIGURES_2026_UNCONFIRMED =
  "财关税〔2026〕8号's conditions for foreign-invested R&D centers not read: whether the 2026 notices keep the 2021 figures is UNCONFIRMED";

export const NOTICE_2021 = defineInstrument({
  id: "import-tax.notice-2021-23",
  title: text(
    "财政部 海关总署 税务总局关于“十四五”期间支持科技创新进口税收政策的通知（财关税〔2021〕23号）",
    "Notice on Import Tax Policies Supporting Scientific and Technological Innovation during the 14th Five-Year Plan (Cai Guan Shui [2021] No. 23)",
  ),
  inForceFrom: PERIOD_2021_FROM,
  sourceFile: "import-tax/source.txt",
});

export const MEASURES_2021 = defineInstrument({
  id: "import-tax.measures-2021-24",
  title: text(
    "关于“十四五”期间支持科技创新进口税收政策管理办法的通知（财关税〔2021〕24号）",
    "Notice on the Administrative Measures for the Import Tax Policies Supporting Scientific and Technological Innovation during the 14th Five-Year Plan (Cai Guan Shui [2021] No. 24)",
  ),
  inForceFrom: PERIOD_2021_FROM,
  sourceFile: "import-tax/source.txt",
});

export const MEASURES_2026 = defineInstrument({
  id: "import-tax.measures-2026-8",
  title: text(
    "关于“十五五”期间支持科技创新进口税收优惠政策管理办法的通知（财关税〔2026〕8号）",
    "Notice on the Administrative Measures for the Preferential Import Tax Policies Supporting Scientific and Technological Innovation during the 15th Five-Year Plan (Cai Guan Shui [2026] No. 8)",
  ),
  inForceFrom: PERIOD_2026_FROM,
  sourceFile: "import-tax/source.txt",
});

export const LIST_2026 = defineInstrument({
  id: "import-tax.list-2026-9",
  title: text(
    "关于公布“十五五”期间进口科学研究、科技开发和教学用品免税清单的通知（财关税〔2026〕9号）",
    "Notice Publishing the List of Duty-Free Imports for Scientific Research, Technology Development and Teaching during the 15th Five-Year Plan (Cai Guan Shui [2026] No. 9)",
  ),
  inForceFrom: PERIOD_2026_FROM,
  sourceFile: "import-tax/source.txt",
});

/** Where each period's conditions for a foreign-invested R&D center stand. */
export const CONDITIONS_2021 = MEASURES_2021.article("第?条", "外资研发中心应同时满足以下条件", {
  unconfirmed: NOT_READ_2021,
});
export const CONDITIONS_2026 = MEASURES_2026.article("第一段", "现将政策管理办法通知如下", {
  unconfirmed: FIGURES_2026_UNCONFIRMED,
});

export const IMPORT_TAX_REGIME: Regime = {
  id: "import-tax-exemption.rules",
  name: text("外资研发中心进口税收政策", "the import-tax policy for foreign-invested R&D centers"),
  periods: defineParameter<RegimePeriod>(
    "import-tax-exemption.rules",
    text("外资研发中心进口免税政策的施行期间", "periods of the import-tax exemption for foreign-invested R&D centers"),
    [
      {
        from: PERIOD_2021_FROM,
        value: { encoded: true },
        citation: NOTICE_2021.article("第?条", "本通知有效期为2021年1月1日至2025年12月31日", {
          unconfirmed: NOT_READ_2021,
        }),
      },
      {
        from: PERIOD_2026_FROM,
        value: { encoded: true },
        citation: LIST_2026.article("第一段", "免税清单（见附件）予以公布，自2026年1月1日起实施", {
          unconfirmed: FIGURES_2026_UNCONFIRMED,
        }),
      },
      {
        from: PERIOD_2026_UNCONFIRMED_END,
        value: {
          encoded: false,
          note: text(
            "2026年政策的截止日期未经核实（可能为2030年12月31日），此后的规则未收录，无法判断",
            "The end date of the 2026 policy is unconfirmed (probably 2030-12-31); later rules are not encoded: cannot decide",
          ),
        },
        citation: LIST_2026.article("第一段", "“十五五”期间进口科学研究、科技开发和教学用品免税清单", {
          unconfirmed: "end date UNCONFIRMED, probably 2030-12-31 (the end of the “十五五” period)",
        }),
      },
    ],
  ),
  before: text(
    "2021年1月1日前适用的进口税收政策未收录，无法判断",
    "The import-tax rules in force before 2021-01-01 are not encoded: cannot decide",
  ),
};
