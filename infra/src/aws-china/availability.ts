import { readFileSync } from "node:fs";

/** `yes`, `no`, or `icp`: only for an account with an ICP filing (ICP备案). */
export type Offer = "yes" | "no" | "icp";
export type ChinaRegion = "cn-north-1" | "cn-northwest-1";
export const CHINA_REGIONS: readonly ChinaRegion[] = ["cn-north-1", "cn-northwest-1"];

export interface Source {
  title: string;
  url: string;
  /** The date the page was read (ISO). */
  read: string;
}

/** One resource type or feature: what each China region offers, and where that is written. */
export interface Entry extends Record<ChinaRegion, Offer> {
  source: string;
  /** `stated` (the page says so), `not-listed` (not among the page's China differences), `china-docs`. */
  basis: "stated" | "not-listed" | "china-docs";
  quote?: string;
  note?: string;
}

export interface ChinaAvailability {
  about: string;
  regions: Record<ChinaRegion, string>;
  sources: Record<string, Source>;
  /** CloudFormation resource types, e.g. `AWS::Lambda::Function`. */
  resourceTypes: Record<string, Entry>;
  /** Features, e.g. `lambda.tracing.active`, `apigateway.unauthenticated-route`. */
  features: Record<string, Entry>;
}

/** `availability.json`: what AWS offers in the China regions, as read in its China documentation. */
export const CHINA_AVAILABILITY: ChinaAvailability = JSON.parse(
  readFileSync(new URL("./availability.json", import.meta.url), "utf8"),
);

export function isChinaRegion(region: string | undefined): region is ChinaRegion {
  return CHINA_REGIONS.includes(region as ChinaRegion);
}

/**
 * Whether `region` offers `feature` to this account: always outside China
 * (the data covers the China regions only); in China as the data says, an
 * `icp` entry only with the ICP filing. An unknown feature is an error: it
 * must be looked up and added with its source before the app uses it.
 */
export function offers(region: string | undefined, feature: string, icpFiled = false): boolean {
  if (!isChinaRegion(region)) return true;
  const entry = CHINA_AVAILABILITY.features[feature];
  if (!entry)
    throw new Error(`infra/src/aws-china/availability.json has no feature "${feature}": add it with its source`);
  return entry[region] === "yes" || (entry[region] === "icp" && icpFiled);
}
