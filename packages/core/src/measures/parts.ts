import { type Text, text } from "../i18n";

export type PartNumber = 1 | 2 | 3 | 4;

/** The four headed parts of the measures, 一 to 四. */
export interface Part {
  number: PartNumber;
  name: Text;
}

export const PARTS: readonly Part[] = [
  { number: 1, name: text("支持开展科技创新", "Supporting scientific and technological innovation") },
  { number: 2, name: text("提高研发便利度", "Making research and development easier") },
  { number: 3, name: text("鼓励引进海外人才", "Encouraging the recruitment of overseas talent") },
  { number: 4, name: text("提升知识产权保护水平", "Raising the level of intellectual property protection") },
];

export function getPart(number: PartNumber): Part {
  const part = PARTS.find((p) => p.number === number);
  if (!part) throw new Error(`no part ${number}`);
  return part;
}
