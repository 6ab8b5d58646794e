import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import preferredEncodings from "negotiator/lib/encoding.js";

/** A smaller body is sent as it is: compressing it saves less than the headers that say so. */
export const COMPRESS_FROM_BYTES = 1024;

/** The codings offered, gzip first when the client accepts several equally (it costs the least CPU); identity too, which a client may prefer. */
const CODINGS = ["gzip", "br", "identity"];

/** On a full check, brotli's default (quality 11) takes 90 times gzip's time; quality 5 takes 1.2 times, for a smaller body. */
const BROTLI = {
  params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 5 },
};

/**
 * An answer compressed as the client accepts it (`Accept-Encoding`, RFC 9110
 * §12.5.3): a full eligibility check in English is 30.8 KB of JSON, 7.7 KB
 * gzipped and 6.8 KB in brotli. API Gateway's HTTP APIs do not compress (REST
 * APIs do), so the function does, and returns the body base64-encoded as API
 * Gateway expects.
 * Sent as it is (with `Vary: accept-encoding`) to a client that accepts
 * neither coding or prefers identity. Left as it is: a small body, and an
 * answer with an `ETag`, which names one representation and is compared
 * strongly by `If-Match` (RFC 9110 §8.8.3). middy's http-content-encoding does
 * this job, but the registry has no release of it for middy 6 and its 7.x
 * needs Node.js 22.
 */
export function encodeForClient(
  result: APIGatewayProxyStructuredResultV2,
  acceptEncoding: string | undefined,
): APIGatewayProxyStructuredResultV2 {
  const headers = result.headers ?? {};
  if (!result.body || result.isBase64Encoded || headers.etag !== undefined) return result;
  // A string is at least as many UTF-8 bytes as it has UTF-16 units: only a short one is measured.
  const body = result.body;
  if (body.length < COMPRESS_FROM_BYTES && Buffer.byteLength(body, "utf8") < COMPRESS_FROM_BYTES) return result;
  // From here the answer depends on Accept-Encoding, compressed or not (RFC 9110 §12.5.5).
  const vary = headers.vary ? `${headers.vary}, accept-encoding` : "accept-encoding";
  const [coding] = preferredEncodings(acceptEncoding, CODINGS, CODINGS);
  if (coding !== "gzip" && coding !== "br") return { ...result, headers: { ...headers, vary } };
  const encoded = coding === "gzip" ? gzipSync(body) : brotliCompressSync(body, BROTLI);
  return {
    ...result,
    headers: { ...headers, "content-encoding": coding, vary },
    body: encoded.toString("base64"),
    isBase64Encoded: true,
  };
}
