import { SCOPES } from "@rdc/platform";
import { ConfigError } from "./config";

/**
 * An OAuth2 client-credentials app client: one per partner system and one
 * per agency's reviewer system. `id` is the construct id (PascalCase);
 * `scopes` are the platform's logical scopes, without the resource-server prefix.
 */
export interface ApiClientSpec {
  id: string;
  scopes: readonly string[];
}

const REVIEW = "review:";
const EVENTS_READ = SCOPES.eventsRead;

/** What a partner system does: check eligibility, file and read its own submissions. `events:read` is shared. */
export const PARTNER_SCOPES: readonly string[] = [SCOPES.eligibility, SCOPES.submissionsWrite, SCOPES.submissionsRead];

/**
 * Separation of duties: a reviewer's client decides on submissions, a
 * partner's files them, and no client may be both (it could approve its own
 * filing); a client with two `review:` scopes would act for no agency. Thrown
 * at synth, before any client is made.
 */
export function checkSeparationOfDuties(clients: readonly ApiClientSpec[]): void {
  for (const client of clients) {
    const review = client.scopes.filter((s) => s.startsWith(REVIEW));
    const partner = client.scopes.filter((s) => PARTNER_SCOPES.includes(s));
    if (review.length && partner.length) {
      throw new ConfigError(
        `client ${client.id} holds ${review.join(", ")} and ${partner.join(", ")}: no client may hold both a review:* scope and a partner scope (${PARTNER_SCOPES.join(", ")}; ${EVENTS_READ} is shared). Give the reviewer system and the partner system a client each.`,
      );
    }
    if (review.length > 1) {
      throw new ConfigError(
        `client ${client.id} holds ${review.join(", ")}: a reviewer's client holds the review scope of one agency`,
      );
    }
  }
}

/**
 * The sample clients: one partner with every partner scope, and one reviewer
 * per agency (its `review:<agency>` scope, plus the event feed). Deployed in
 * `dev`, elsewhere only with `-c sampleClients=true` (createPlatformStacks).
 * To add a real partner, append `{ id, scopes }` to the list `src/app.ts`
 * passes (see the README) and deploy.
 */
export function sampleClients(scopes: readonly string[]): ApiClientSpec[] {
  const partnerScopes = scopes.filter((s) => !s.startsWith(REVIEW));
  const reviewerExtras = scopes.includes(EVENTS_READ) ? [EVENTS_READ] : [];
  const reviewers = scopes
    .filter((s) => s.startsWith(REVIEW))
    .map((s) => ({ id: `SampleReviewer${s.slice(REVIEW.length)}`, scopes: [s, ...reviewerExtras] }));
  return [{ id: "SamplePartner", scopes: partnerScopes }, ...reviewers];
}
