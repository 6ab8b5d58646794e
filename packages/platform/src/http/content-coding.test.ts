import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { COMPRESS_FROM_BYTES, encodeForClient } from "./content-coding";

const json = JSON.stringify({ text: "x".repeat(COMPRESS_FROM_BYTES) });
const answer = (body = json, headers: Record<string, string> = {}) => ({
  statusCode: 200,
  headers: { "content-type": "application/json; charset=utf-8", ...headers },
  body,
});
const decoded = (result: ReturnType<typeof encodeForClient>) => {
  const bytes = Buffer.from(result.body ?? "", "base64");
  return (result.headers?.["content-encoding"] === "br" ? brotliDecompressSync(bytes) : gunzipSync(bytes)).toString();
};

describe("encodeForClient", () => {
  it("gzips a body the client accepts gzipped, base64-encoded for API Gateway", () => {
    const result = encodeForClient(answer(), "gzip, deflate");
    expect(result.isBase64Encoded).toBe(true);
    expect(result.headers).toMatchObject({ "content-encoding": "gzip", vary: "accept-encoding" });
    expect(decoded(result)).toBe(json);
    expect(Buffer.from(result.body ?? "", "base64").length).toBeLessThan(json.length / 10);
  });

  it("sends brotli to a client that accepts only brotli, or prefers it by its q-value", () => {
    for (const header of ["br", "gzip;q=0.5, br", "br;q=1, gzip;q=0.9, *"]) {
      const result = encodeForClient(answer(), header);
      expect(result.headers?.["content-encoding"]).toBe("br");
      expect(decoded(result)).toBe(json);
    }
  });

  it("sends gzip when the client accepts both equally, in whichever order it lists them", () => {
    for (const header of ["br, gzip", "gzip, deflate, br, zstd", "*"]) {
      expect(encodeForClient(answer(), header).headers?.["content-encoding"]).toBe("gzip");
    }
  });

  it("adds to a Vary the answer already has", () => {
    const result = encodeForClient(answer(json, { vary: "accept-language" }), "gzip");
    expect(result.headers?.vary).toBe("accept-language, accept-encoding");
  });

  it("sends the answer as it is, with Vary, without an acceptable coding or to a client that prefers identity", () => {
    for (const header of [
      undefined,
      "",
      "identity",
      "deflate",
      "gzip;q=0, br;q=0",
      "compress",
      "gzip;q=0.1, identity",
    ]) {
      const result = encodeForClient(answer(), header);
      expect(result).toEqual({ ...answer(), headers: { ...answer().headers, vary: "accept-encoding" } });
    }
  });

  it("leaves a body under the threshold as it is (no Vary), and one just at it is compressed", () => {
    const small = "y".repeat(COMPRESS_FROM_BYTES - 1);
    expect(encodeForClient(answer(small), "gzip")).toEqual(answer(small));
    const atLine = "y".repeat(COMPRESS_FROM_BYTES);
    expect(encodeForClient(answer(atLine), "gzip").headers?.["content-encoding"]).toBe("gzip");
  });

  it("leaves an answer with an ETag (a strong validator of one representation) and an empty one", () => {
    const tagged = answer(json, { etag: '"v2"' });
    expect(encodeForClient(tagged, "gzip")).toEqual(tagged);
    expect(encodeForClient(answer(""), "gzip")).toEqual(answer(""));
  });

  it("counts the threshold in bytes, not characters", () => {
    const chinese = "审".repeat(Math.ceil(COMPRESS_FROM_BYTES / 3));
    expect(encodeForClient(answer(chinese), "gzip").headers?.["content-encoding"]).toBe("gzip");
  });
});
