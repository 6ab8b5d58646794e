import { addHolidayNotice } from "@rdc/core";
import type { FunctionSpec } from "@rdc/platform";
import { firstYearWithoutNotice, testNotice } from "./test-notice";

/**
 * Loaded with `--functions test/support/test-notice-functions.ts`: the stack
 * then runs with a (made-up) notice for the first year without one, as a
 * release that adds that year's notice would. It adds no function.
 */
addHolidayNotice(testNotice(firstYearWithoutNotice()));

export const FUNCTIONS: FunctionSpec[] = [];
