import { createServer, type IncomingMessage, type Server } from "node:http";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { appOpenApi } from "@rdc/app";
import { calendarCoverage } from "@rdc/core";
import {
  ALL_SCOPES,
  BODY_LIMIT_BYTES,
  createRouter,
  definedIntakes,
  erasePersonalData,
  type FunctionSpec,
  HttpProblem,
  newUlid,
  problems,
  type RouteSpec,
  recomputeDueDates,
  rescreenAfterRulesChange,
  sweepDeadlines,
} from "@rdc/platform";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import * as z from "zod";
import { toApiGatewayEvent } from "./api-gateway-event";
import type { DeadLetters } from "./dead-letters";
import type { DevIssuer } from "./dev-issuer";
import { TOKEN_LIFETIME_SECONDS } from "./dev-issuer";
import { DOCS_HTML, DOCS_INIT, docsAsset } from "./docs";
import { type GatewayReply, gatewayReply } from "./gateway-reply";
import { invoke, localContext, type StreamConsumer } from "./stream-poller";

export interface LocalFunction {
  spec: FunctionSpec;
  handler: (event: never, context: never) => Promise<unknown>;
}

interface ServerDeps {
  functions: LocalFunction[];
  issuer: DevIssuer;
  deadLetters: DeadLetters;
  consumers: StreamConsumer[];
  dynamoEndpoint: string;
}

/** Requests larger than this are cut off here; the handlers' own limit (256 KiB) answers below it. */
const READ_LIMIT = 1024 * 1024;

const tokenRequest = z.strictObject({
  sub: z.string().regex(/^[A-Za-z0-9._:@-]{1,128}$/, "letters, digits and . _ : @ -"),
  scopes: z.array(z.enum(ALL_SCOPES as [string, ...string[]])).max(20),
});
const sweepRequest = z.strictObject({
  today: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

type RoutedSpec = RouteSpec & { fn: LocalFunction };

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > READ_LIMIT) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8") || "{}");
  } catch {
    return undefined;
  }
}

/**
 * The local API Gateway: verifies the bearer token with jose (as the JWT
 * authorizer does in the cloud), turns each request into an HTTP API v2 event
 * and calls the function that owns the route. Local-only routes live under
 * `/local/`; they do not exist in the cloud.
 */
export function createLocalServer(deps: ServerDeps): Server {
  const routes: RoutedSpec[] = deps.functions.flatMap((fn) => (fn.spec.routes ?? []).map((r) => ({ ...r, fn })));
  const match = createRouter(routes);
  const openApi = JSON.stringify(appOpenApi(deps.functions.map((f) => f.spec)));
  const health = new DynamoDBClient({
    endpoint: deps.dynamoEndpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
    requestHandler: { requestTimeout: 1_000, connectionTimeout: 1_000, throwOnRequestTimeout: true },
  });

  async function local(req: IncomingMessage, reply: GatewayReply, url: URL, body: Buffer): Promise<boolean> {
    const key = `${req.method} ${url.pathname}`;
    switch (key) {
      case "GET /health": {
        const up = await health.send(new ListTablesCommand({ Limit: 1 })).then(
          () => true,
          () => false,
        );
        reply.json(up ? 200 : 503, {
          status: up ? "ok" : "degraded",
          dynamodb: up ? "up" : "down",
          // Working-day clocks that reach other years are provisional until their notice is added.
          calendarYears: calendarCoverage().years,
          calendarVersion: calendarCoverage().version,
        });
        return true;
      }
      case "GET /openapi.json":
        reply.send(200, openApi, { "content-type": "application/json; charset=utf-8" });
        return true;
      case "GET /docs":
      case "GET /docs/":
        reply.send(200, DOCS_HTML, { "content-type": "text/html; charset=utf-8" });
        return true;
      case "GET /docs/init.js":
        reply.send(200, DOCS_INIT, { "content-type": "text/javascript; charset=utf-8" });
        return true;
      case "GET /.well-known/jwks.json":
        reply.json(200, { keys: [deps.issuer.publicJwk] });
        return true;
      case "POST /local/tokens": {
        const parsed = tokenRequest.safeParse(parseJson(body));
        if (!parsed.success) {
          reply.problem(
            problems.validation(
              parsed.error.issues.map((i) => ({
                path: ["body", ...i.path].join("."),
                code: i.code,
                message: i.message,
              })),
            ),
            url.pathname,
          );
          return true;
        }
        const accessToken = await deps.issuer.issue(parsed.data.sub, parsed.data.scopes);
        reply.json(200, { accessToken, tokenType: "Bearer", expiresIn: TOKEN_LIFETIME_SECONDS });
        return true;
      }
      case "POST /local/sweep": {
        const parsed = sweepRequest.safeParse(parseJson(body));
        if (!parsed.success) {
          reply.problem(
            problems.validation([{ path: "body.today", code: "invalid", message: "YYYY-MM-DD" }]),
            url.pathname,
          );
          return true;
        }
        // `today` moves the reminders' calendar only; the retention period runs on the real clock.
        const now = new Date();
        const sweep = await sweepDeadlines(now, parsed.data.today);
        reply.json(200, { ...sweep, personalData: await erasePersonalData(now) });
        return true;
      }
      case "POST /local/rescreen":
        reply.json(200, await rescreenAfterRulesChange(definedIntakes(), new Date()));
        return true;
      case "POST /local/recompute-due-dates":
        reply.json(200, await recomputeDueDates(new Date(), definedIntakes()));
        return true;
      case "GET /local/dead-letters":
        // Where each failed record sits, not its images: they may hold personal data.
        reply.json(200, {
          items: (await deps.deadLetters.list()).map(({ record, ...letter }) => ({
            ...letter,
            keys: record.dynamodb?.Keys,
            sequenceNumber: record.dynamodb?.SequenceNumber,
          })),
        });
        return true;
    }
    const redrive = /^\/local\/dead-letters\/([^/]+)\/redrive$/.exec(url.pathname);
    if (req.method === "POST" && redrive) {
      const id = decodeURIComponent(redrive[1] ?? "");
      const letter = (await deps.deadLetters.list()).find((l) => l.id === id);
      const consumer = deps.consumers.find((c) => c.id === letter?.consumer);
      if (!letter || !consumer) {
        reply.problem(problems.notFound(), url.pathname);
        return true;
      }
      const failed = await invoke(consumer, [letter.record]);
      if (!failed) await deps.deadLetters.remove(id);
      reply.json(failed ? 502 : 200, { id, redriven: !failed, ...(failed ? { error: failed.error } : {}) });
      return true;
    }
    if (req.method === "GET" && url.pathname.startsWith("/docs/assets/")) {
      const asset = await docsAsset(url.pathname.slice("/docs/assets/".length));
      if (asset) {
        reply.send(200, asset.body, { "content-type": asset.type, "cache-control": "public, max-age=86400" });
        return true;
      }
    }
    return false;
  }

  return createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const requestId = newUlid();
    const reply = gatewayReply(req, res, requestId);
    try {
      const body = await readBody(req);
      if (body === null) {
        reply.problem(problems.payloadTooLarge(BODY_LIMIT_BYTES), url.pathname);
        return;
      }
      if (await local(req, reply, url, body)) return;
      const { route } = match(req.method ?? "GET", url.pathname);
      let claims = null;
      if (route.scopes.length) {
        const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
        claims = token ? await deps.issuer.verify(token) : null;
        if (!claims) throw problems.unauthorized();
      }
      const event = toApiGatewayEvent(req, url, body, `${route.method} ${route.path}`, claims, requestId);
      const result = (await route.fn.handler(
        event as never,
        localContext(route.fn.spec.id) as never,
      )) as APIGatewayProxyStructuredResultV2;
      const answer = result.isBase64Encoded ? Buffer.from(result.body ?? "", "base64") : (result.body ?? "");
      reply.send(result.statusCode ?? 200, answer, result.headers);
    } catch (error) {
      if (error instanceof HttpProblem) reply.problem(error, url.pathname);
      else {
        console.error(JSON.stringify({ level: "ERROR", message: "local gateway error", error: String(error) }));
        reply.problem(problems.internal(), url.pathname);
      }
    }
  });
}
