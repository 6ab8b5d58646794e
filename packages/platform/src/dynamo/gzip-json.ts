import { gunzipSync, gzipSync } from "node:zlib";

/**
 * A large JSON value as one binary attribute: gzipped, about a quarter of its
 * size. DynamoDB counts an item's bytes in every write, every read and every
 * index that projects it, so the values that are most of an item and that no
 * expression looks into (a check's answer, a submission's screening) are
 * stored this way.
 */
export const gzipJson = (value: unknown): Uint8Array => gzipSync(JSON.stringify(value));

export const gunzipJson = <T>(bytes: Uint8Array): T => JSON.parse(gunzipSync(bytes).toString("utf8")) as T;
