import { ALL_SCOPES, APP_FUNCTIONS } from "@rdc/app";
import { App } from "aws-cdk-lib";
import { sampleClients } from "./clients";
import { addNagChecks } from "./nag";
import { createPlatformStacks } from "./platform-app";

const app = new App();
createPlatformStacks(app, {
  functions: APP_FUNCTIONS,
  scopes: ALL_SCOPES,
  // Add a partner system here: { id: "PartnerAcme", scopes: ["eligibility", "submissions:write", ...] }.
  clients: [...sampleClients(ALL_SCOPES)],
});
addNagChecks(app);
