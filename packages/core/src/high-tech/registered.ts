/**
 * 第十一条 认定为高新技术企业须同时满足以下条件：
 * （一）企业申请认定时须注册成立一年以上；
 *
 * 工作指引 一、（一）年限: ……是指企业须注册成立365个日历天数以上；
 *
 * Counted in calendar days from the date of registration to the day the
 * rules are applied as of (the application): 365 days or more (以上 includes
 * the figure). The Guidelines count days, not calendar years: registered
 * 2023-06-01, 365 days are reached on 2024-05-31 (2024 has a 29 February),
 * a day before the calendar year.
 */
import { daysBetween } from "../calendar";
import { text } from "../i18n";
import { check, defineCondition, inForceOn, type ParameterValue, perVersion, reaches } from "../rules";
import type { BoundRule, HighTechFactReaders } from "./facts";
import { MIN_DAYS_REGISTERED } from "./parameters";

export function registeredOneYear<S>(facts: HighTechFactReaders<S>): BoundRule<S> {
  const condition = perVersion((days: ParameterValue<number>) =>
    defineCondition(
      "high-tech-enterprise.registered-one-year",
      text(
        `申请认定时注册成立一年以上（${days.value}个日历天数以上）`,
        `registered for one year or more when applying (${days.value} calendar days or more)`,
      ),
      days.citation,
      [facts.registeredOn],
    ),
  );
  return (context) => {
    const days = inForceOn(MIN_DAYS_REGISTERED, context.asOf);
    return check(
      context,
      condition(days),
      (registeredOn) => reaches(daysBetween(registeredOn, context.asOf), days.value),
      [days],
    );
  };
}
