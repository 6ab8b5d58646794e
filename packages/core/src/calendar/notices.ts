/**
 * The State Council General Office's yearly holiday notices (国务院办公厅关于
 * ××××年部分节假日安排的通知) as data: the days off, as inclusive ranges with
 * the holiday they belong to, and the weekend days that are working days
 * (调休上班). Source: DOMAIN.md, "PRC working-day calendar, 2023–2026".
 * Adding next year's notice is one entry here.
 */
import { type Text, text } from "../i18n";
import { type Citation, cite, type IsoDate } from "../rules";

/** Days off from `from` to `to`, both included, and the holiday they are for. */
export type DaysOff = readonly [from: IsoDate, to: IsoDate, holiday: Text];

export interface HolidayNotice {
  year: number;
  document: Text;
  published: IsoDate;
  daysOff: readonly DaysOff[];
  makeUpWorkdays: readonly IsoDate[];
  citation: Citation;
}

const NEW_YEAR = text("元旦", "New Year's Day");
const SPRING_FESTIVAL = text("春节", "Spring Festival");
const QINGMING = text("清明节", "Qingming Festival");
const LABOUR_DAY = text("劳动节", "Labour Day");
const DRAGON_BOAT = text("端午节", "Dragon Boat Festival");
const MID_AUTUMN = text("中秋节", "Mid-Autumn Festival");
const NATIONAL_DAY = text("国庆节", "National Day");
const MID_AUTUMN_AND_NATIONAL_DAY = text("中秋节、国庆节", "Mid-Autumn Festival and National Day");

/** `issued` and `serial` make up the document number 国办发明电〔issued〕serial号. */
function notice(
  year: number,
  [issued, serial]: [number, number],
  published: IsoDate,
  daysOff: DaysOff[],
  makeUpWorkdays: IsoDate[],
): HolidayNotice {
  const document = text(
    `国务院办公厅关于${year}年部分节假日安排的通知（国办发明电〔${issued}〕${serial}号）`,
    `General Office of the State Council, Notice on the Arrangement of Certain Holidays in ${year} (Guobanfamingdian [${issued}] No. ${serial})`,
  );
  return { year, document, published, daysOff, makeUpWorkdays, citation: cite(document, undefined, published) };
}

export const HOLIDAY_NOTICES: readonly HolidayNotice[] = [
  notice(
    2023,
    [2022, 16],
    "2022-12-08",
    [
      ["2022-12-31", "2023-01-02", NEW_YEAR],
      ["2023-01-21", "2023-01-27", SPRING_FESTIVAL],
      ["2023-04-05", "2023-04-05", QINGMING],
      ["2023-04-29", "2023-05-03", LABOUR_DAY],
      ["2023-06-22", "2023-06-24", DRAGON_BOAT],
      ["2023-09-29", "2023-10-06", MID_AUTUMN_AND_NATIONAL_DAY],
    ],
    ["2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08"],
  ),
  notice(
    2024,
    [2023, 7],
    "2023-10-25",
    [
      ["2024-01-01", "2024-01-01", NEW_YEAR],
      ["2024-02-10", "2024-02-17", SPRING_FESTIVAL],
      ["2024-04-04", "2024-04-06", QINGMING],
      ["2024-05-01", "2024-05-05", LABOUR_DAY],
      ["2024-06-10", "2024-06-10", DRAGON_BOAT],
      ["2024-09-15", "2024-09-17", MID_AUTUMN],
      ["2024-10-01", "2024-10-07", NATIONAL_DAY],
    ],
    ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"],
  ),
  notice(
    2025,
    [2024, 12],
    "2024-11-12",
    [
      ["2025-01-01", "2025-01-01", NEW_YEAR],
      ["2025-01-28", "2025-02-04", SPRING_FESTIVAL],
      ["2025-04-04", "2025-04-06", QINGMING],
      ["2025-05-01", "2025-05-05", LABOUR_DAY],
      ["2025-05-31", "2025-06-02", DRAGON_BOAT],
      ["2025-10-01", "2025-10-08", MID_AUTUMN_AND_NATIONAL_DAY],
    ],
    ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
  ),
  notice(
    2026,
    [2025, 7],
    "2025-11-04",
    [
      ["2026-01-01", "2026-01-03", NEW_YEAR],
      ["2026-02-15", "2026-02-23", SPRING_FESTIVAL],
      ["2026-04-04", "2026-04-06", QINGMING],
      ["2026-05-01", "2026-05-05", LABOUR_DAY],
      ["2026-06-19", "2026-06-21", DRAGON_BOAT],
      ["2026-09-25", "2026-09-27", MID_AUTUMN],
      ["2026-10-01", "2026-10-07", NATIONAL_DAY],
    ],
    ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
  ),
];
