/** The API capabilities that put measures into practice, with their collection paths. */
export const CAPABILITY_PATHS = {
  "eligibility-checks": "/v1/eligibility-checks",
  "data-export-assessments": "/v1/data-export-assessments",
  "customs-extension-requests": "/v1/customs-extension-requests",
  "talent-title-applications": "/v1/talent-title-applications",
} as const;

export type CapabilityName = keyof typeof CAPABILITY_PATHS;

export interface Implementation {
  capability: CapabilityName;
  path: string;
}

export function implementation(capability: CapabilityName): Implementation {
  return { capability, path: CAPABILITY_PATHS[capability] };
}
