/**
 * 第十一条 （二）企业通过自主研发、受让、受赠、并购等方式，获得对其主要产品
 * （服务）在技术上发挥核心支持作用的知识产权的所有权；
 */
import { text } from "../i18n";
import { defineCondition, isTrue } from "../rules";
import type { BoundRule, HighTechFactReaders } from "./facts";
import { MEASURES_2016, SECONDARY_COPIES } from "./instrument";

const CITATION = MEASURES_2016.article(
  "第十一条第（二）项",
  "企业通过自主研发、受让、受赠、并购等方式，获得对其主要产品（服务）在技术上发挥核心支持作用的知识产权的所有权",
  { unconfirmed: SECONDARY_COPIES },
);

export function coreIp<S>(facts: HighTechFactReaders<S>): BoundRule<S> {
  const condition = defineCondition(
    "high-tech-enterprise.core-ip",
    text(
      "通过自主研发、受让、受赠、并购等方式，获得对其主要产品（服务）在技术上发挥核心支持作用的知识产权的所有权",
      "owns, by its own R&D, transfer, gift or acquisition, IP that gives core technical support to its main products (services)",
    ),
    CITATION,
    [facts.ownsCoreIp],
  );
  return (context) => isTrue(context, condition);
}
