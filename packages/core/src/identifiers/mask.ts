/**
 * Masks an identifier for display and logs: the first 3 and last 2
 * characters stay, the middle becomes exactly four `*` whatever its length
 * (`E12345689` → `E12****89`). Five characters or fewer become `****`.
 */
export function maskIdentifier(s: string): string {
  const chars = [...s];
  if (chars.length <= 5) return "****";
  return `${chars.slice(0, 3).join("")}****${chars.slice(-2).join("")}`;
}
