/**
 * Which rules govern a program on `asOf`: the kernel's regimes
 * (`@rdc/core`, rules/regime.ts), kept here under their old import path.
 */
export { type Regime, type RegimePeriod, underRegime } from "@rdc/core";
