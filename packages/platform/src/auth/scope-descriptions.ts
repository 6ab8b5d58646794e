import { AGENCIES, AGENCY_NAMES } from "@rdc/core";
import { SCOPES } from "./caller";

const PARTNER_SCOPES: Record<string, string> = {
  [SCOPES.eligibility]: "A partner system: run eligibility checks and read its own again.",
  [SCOPES.submissionsWrite]:
    "A partner system: file applications, supplement and withdraw its own, and triage without filing.",
  [SCOPES.submissionsRead]: "A partner system: list and read its own applications and their audit trails.",
  [SCOPES.eventsRead]:
    "The event feed: a partner's events are those of its own submissions, a reviewer's those of its agency.",
};

/** Each reviewer scope: one agency's queue, the submissions routed to it, and decisions on them. */
const REVIEW_SCOPE_DESCRIPTIONS = Object.fromEntries(
  AGENCIES.map((agency) => [
    SCOPES.review(agency),
    `A reviewer of ${AGENCY_NAMES[agency].en} (${AGENCY_NAMES[agency]["zh-CN"]}): its review queue, the submissions routed to it, and decisions on them.`,
  ]),
);

/** What each of the platform's scopes lets a caller do: the OAuth2 scopes map of the OpenAPI document. */
export const SCOPE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  ...PARTNER_SCOPES,
  ...REVIEW_SCOPE_DESCRIPTIONS,
};
