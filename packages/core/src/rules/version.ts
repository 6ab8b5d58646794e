/**
 * The version of the rules an answer or a screening was given under: the
 * date of the last change to any rule, figure or citation in @rdc/core (and
 * the compositions over them in the capability packages), and a counter for
 * several changes on one day. Change it with the rules. Stored with every
 * eligibility check and every screening; see the README ("When a rule changes").
 */
export const RULES_VERSION = "2026-12-03.1";
