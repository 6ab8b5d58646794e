/**
 * The version of the rules an answer was given under: the date of the last
 * change to any rule, figure or citation here or in the rules of @rdc/core it
 * reads, and a counter for several changes on one day. Change it with the rules.
 */
export const RULES_VERSION = "2026-11-27.1";
