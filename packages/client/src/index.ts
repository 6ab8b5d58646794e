import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./schema";

export type { components, operations, paths } from "./schema";

export type RdcClient = Client<paths>;

/**
 * The platform's API for a partner system, typed from its OpenAPI document:
 * each path, parameter, body and answer as the document declares it.
 * `token` is an OAuth2 client-credentials access token (locally: `POST /local/tokens`).
 */
export function createRdcClient(baseUrl: string, token: string): RdcClient {
  return createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${token}` } });
}
