/** negotiator's Accept-Encoding module alone (its charset, language and media-type parsers are not needed). */
declare module "negotiator/lib/encoding.js" {
  /** The codings of `provided` the header accepts, best first (RFC 9110 §12.5.3). */
  export default function preferredEncodings(
    accept: string | undefined,
    provided: string[],
    preferred?: string[],
  ): string[];
}
