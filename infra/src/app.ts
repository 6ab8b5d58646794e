import { ALL_SCOPES, APP_FUNCTIONS } from "@rdc/app";
import { App } from "aws-cdk-lib";
import { sampleClients } from "./clients";
import { ConfigError } from "./config";
import { addNagChecks } from "./nag";
import { createPlatformStacks } from "./platform-app";

const app = new App();
try {
  createPlatformStacks(app, {
    functions: APP_FUNCTIONS,
    scopes: ALL_SCOPES,
    // Add a partner system here: { id: "PartnerAcme", scopes: ["eligibility", "submissions:write", ...] }.
    clients: [...sampleClients(ALL_SCOPES)],
  });
} catch (error) {
  // A wrong or missing `-c` value (e.g. a China region without oidcIssuer): its message, without a stack trace.
  if (!(error instanceof ConfigError)) throw error;
  console.error(`synth stopped: ${error.message}`);
  process.exit(1);
}
addNagChecks(app);
