export type { AuthSettings } from "./auth-stack";
export { AuthStack, RESOURCE_SERVER_ID } from "./auth-stack";
export { type ApiClientSpec, sampleClients } from "./clients";
export { type InfraConfig, type OidcSettings, readConfig } from "./config";
export { DataStack } from "./data-stack";
export { BUNDLING } from "./lambda/bundling";
export { addNagChecks } from "./nag";
export { createPlatformStacks, type PlatformAppProps, type PlatformStacks } from "./platform-app";
export { ServiceStack } from "./service-stack";
