import { ALL_SCOPES, APP_FUNCTIONS } from "@rdc/app";
import { App } from "aws-cdk-lib";
import { ConfigError } from "./config";
import { addNagChecks } from "./nag";
import { createPlatformStacks } from "./platform-app";

const app = new App();
try {
  createPlatformStacks(app, {
    functions: APP_FUNCTIONS,
    scopes: ALL_SCOPES,
    // The partner and reviewer systems, e.g. { id: "PartnerAcme", scopes: ["eligibility", "submissions:write", ...] },
    // { id: "ReviewerCac", scopes: ["review:CAC", "events:read"] }; never a review:* and a partner scope in one client.
    // The sample clients come on top in `dev` (or with -c sampleClients=true).
    clients: [],
  });
} catch (error) {
  // A wrong or missing `-c` value (e.g. a China region without oidcIssuer), or a client list that breaks
  // the separation of duties: its message, without a stack trace.
  if (!(error instanceof ConfigError)) throw error;
  console.error(`synth stopped: ${error.message}`);
  process.exit(1);
}
addNagChecks(app);
