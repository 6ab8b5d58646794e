import { createHmac, timingSafeEqual } from "node:crypto";
import { problems } from "../http/problem";

/**
 * Opaque pagination cursors: the last evaluated key, bound to the caller and
 * the query it came from, signed with HMAC-SHA256. A cursor that was altered,
 * or that belongs to another caller or query, is a 400.
 */
function secret(): string {
  const configured = process.env.CURSOR_SECRET;
  if (!configured) throw new Error("CURSOR_SECRET is not set: cursors cannot be signed");
  return configured;
}

function sign(payload: string): string {
  return createHmac("sha256", secret()).update(payload).digest("base64url");
}

export function encodeCursor(key: Record<string, unknown> | undefined, scope: string): string | null {
  if (!key) return null;
  const payload = Buffer.from(JSON.stringify({ k: key, s: scope })).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

export function decodeCursor(cursor: string | undefined, scope: string): Record<string, unknown> | undefined {
  if (cursor === undefined) return undefined;
  const [payload, mac, ...rest] = cursor.split(".");
  if (!payload || !mac || rest.length) throw problems.badCursor();
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw problems.badCursor();
  try {
    const decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { k: unknown; s: unknown };
    if (decoded.s !== scope || typeof decoded.k !== "object" || decoded.k === null) throw problems.badCursor();
    return decoded.k as Record<string, unknown>;
  } catch {
    throw problems.badCursor();
  }
}
