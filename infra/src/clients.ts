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
const EVENTS_READ = "events:read";

/**
 * The sample clients deployed with the app: one partner with every partner
 * scope, and one reviewer per agency (its `review:<agency>` scope, plus the
 * event feed). To add a real partner, append `{ id, scopes }` to the list
 * `src/app.ts` passes (see the README) and deploy.
 */
export function sampleClients(scopes: readonly string[]): ApiClientSpec[] {
  const partnerScopes = scopes.filter((s) => !s.startsWith(REVIEW));
  const reviewerExtras = scopes.includes(EVENTS_READ) ? [EVENTS_READ] : [];
  const reviewers = scopes
    .filter((s) => s.startsWith(REVIEW))
    .map((s) => ({ id: `SampleReviewer${s.slice(REVIEW.length)}`, scopes: [s, ...reviewerExtras] }));
  return [{ id: "SamplePartner", scopes: partnerScopes }, ...reviewers];
}
