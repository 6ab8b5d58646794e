/** Figures as a person reads them in a message: 2000万元 / RMB 20,000,000. */
import { type Text, text } from "./text";

function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function tenThousands(value: number): string {
  return value % 10_000 === 0 ? `${value / 10_000}万` : String(value);
}

export function cny(value: number): Text {
  return text(`${tenThousands(value)}元`, `RMB ${grouped(value)}`);
}

export function usd(value: number): Text {
  return text(`${tenThousands(value)}美元`, `USD ${grouped(value)}`);
}
