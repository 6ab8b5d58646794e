import { afterEach, describe, expect, it, vi } from "vitest";
import { createDevIssuer, TOKEN_LIFETIME_SECONDS } from "./dev-issuer";

describe("the dev issuer's verification", () => {
  afterEach(() => vi.useRealTimers());

  it("accepts a token again without verifying it again, and refuses it once it has expired", async () => {
    const issuer = await createDevIssuer(null);
    const token = await issuer.issue("partner-a", ["eligibility"]);
    expect((await issuer.verify(token))?.sub).toBe("partner-a");
    expect((await issuer.verify(token))?.sub).toBe("partner-a");

    vi.useFakeTimers({ now: Date.now() + (TOKEN_LIFETIME_SECONDS + 1) * 1000 });
    expect(await issuer.verify(token)).toBeNull();
  });

  it("refuses another issuer's token, even one its own twin has verified", async () => {
    const [a, b] = await Promise.all([createDevIssuer(null), createDevIssuer(null)]);
    const token = await a.issue("partner-a", ["eligibility"]);
    expect(await a.verify(token)).not.toBeNull();
    expect(await b.verify(token)).toBeNull();
  });

  it("refuses a token changed by one byte after its original was verified", async () => {
    const issuer = await createDevIssuer(null);
    const token = await issuer.issue("partner-a", ["eligibility"]);
    await issuer.verify(token);
    const at = token.lastIndexOf(".") + 10; // a character in the middle of the signature
    const forged = `${token.slice(0, at)}${token[at] === "A" ? "B" : "A"}${token.slice(at + 1)}`;
    expect(await issuer.verify(forged)).toBeNull();
    expect(await issuer.verify(token)).not.toBeNull();
  });
});
