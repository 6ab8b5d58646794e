import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

/**
 * The contract test: a response of the local stack checked against the
 * OpenAPI 3.1 document the stack serves. The operation (method and path
 * template) must exist, the status be declared (its code, its `4XX`/`5XX`
 * range or `default`), the content type be declared, the body validate
 * against its schema (JSON Schema 2020-12, as the document writes it: no
 * added strictness, no removed one) and every declared required header be there.
 */

type Json = Record<string, unknown>;

export interface ObservedResponse {
  method: string;
  /** The request's path, without its query string. */
  path: string;
  status: number;
  headers: Headers;
  /** The body as text ("" when there is none). */
  body: string;
}

export class ContractViolation extends Error {
  constructor(
    readonly operation: string,
    readonly status: number,
    readonly problems: string[],
  ) {
    super(
      `contract: ${operation} answered ${status}, which the OpenAPI document does not allow:\n- ${problems.join("\n- ")}`,
    );
    this.name = "ContractViolation";
  }
}

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  /** The JSON pointer of the operation in the document. */
  pointer: string;
  value: Json;
}

const DOCUMENT_ID = "https://contract.test/openapi.json";
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function escapePointer(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

function at(document: Json, pointer: string): unknown {
  let node: unknown = document;
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = node && typeof node === "object" ? (node as Json)[token] : undefined;
  }
  return node;
}

/** Follows a local `$ref` (`#/components/responses/…`), keeping the pointer of what it lands on. */
function follow(document: Json, pointer: string): { pointer: string; value: Json | undefined } {
  for (let hops = 0; hops < 10; hops++) {
    const value = at(document, pointer) as Json | undefined;
    const ref = value?.$ref;
    if (typeof ref !== "string" || !ref.startsWith("#/")) return { pointer, value };
    pointer = ref.slice(1);
  }
  return { pointer, value: undefined };
}

function mediaTypeOf(headers: Headers): string | null {
  const value = headers.get("content-type");
  return value ? (value.split(";")[0] ?? "").trim().toLowerCase() : null;
}

/** The declared media type that covers `media`: exact, `type/*` or `*\/*`. */
function declaredMedia(content: Json, media: string): string | undefined {
  const keys = Object.keys(content);
  return (
    keys.find((k) => k.toLowerCase() === media) ??
    keys.find((k) => k.toLowerCase() === `${media.split("/")[0]}/*`) ??
    keys.find((k) => k === "*/*")
  );
}

function isJson(media: string): boolean {
  return media === "application/json" || media.endsWith("+json");
}

function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? [])
    .slice(0, 10)
    .map((e) => `body${e.instancePath || ""} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
}

export interface Contract {
  /** The problems of `response` (empty when the document allows it), and the operation it was checked as. */
  check(response: ObservedResponse): { operation: string; problems: string[] };
  /** Throws a ContractViolation naming the operation, the status and each problem. */
  assert(response: ObservedResponse): void;
}

/** Compiles the document once; each schema is compiled the first time a response needs it. */
export function compileContract(document: Json): Contract {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: DOCUMENT_ID }, undefined, undefined, false);
  const validators = new Map<string, ValidateFunction>();
  const validator = (pointer: string) => {
    let validate = validators.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${pointer}` });
      validators.set(pointer, validate);
    }
    return validate;
  };

  const operations: Operation[] = [];
  for (const [template, item] of Object.entries((document.paths ?? {}) as Record<string, Json>)) {
    const params = [...template.matchAll(/\{[^}]+\}/g)].length;
    const source = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
    for (const method of METHODS) {
      const value = item[method] as Json | undefined;
      if (!value) continue;
      const pointer = `/paths/${escapePointer(template)}/${method}`;
      operations.push({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}/?$`),
        params,
        pointer,
        value,
      });
    }
  }
  // A static segment wins over a parameter (`/triage` before `/{id}`), as the router does.
  operations.sort((a, b) => a.params - b.params);

  /** What the API answers to a path or method it does not have: a Problem with 404 or 405. */
  function unknownOperation(response: ObservedResponse, pathKnown: boolean): string[] {
    const expected = pathKnown ? 405 : 404;
    const problems: string[] = [];
    if (response.status !== expected) {
      problems.push(
        `no operation ${response.method} ${response.path} in the document, and the answer is not a ${expected}`,
      );
    }
    if (mediaTypeOf(response.headers) !== "application/problem+json") {
      problems.push(
        `an unknown operation's answer must be application/problem+json, got ${mediaTypeOf(response.headers)}`,
      );
    } else if (at(document, "/components/schemas/Problem")) {
      const validate = validator("/components/schemas/Problem");
      if (!validate(parseJson(response.body))) problems.push(...describeErrors(validate.errors));
    }
    return problems;
  }

  function check(response: ObservedResponse) {
    const candidates = operations.filter((o) => o.pattern.test(response.path));
    const op = candidates.find((o) => o.method === response.method);
    if (!op) {
      return {
        operation: `${response.method} ${response.path}`,
        problems: unknownOperation(response, candidates.length > 0),
      };
    }
    const name = `${op.value.operationId ?? "(no operationId)"} (${op.method} ${op.template})`;
    const status = String(response.status);
    const responses = (op.value.responses ?? {}) as Json;
    const key = [status, `${status[0]}XX`, "default"].find((k) => k in responses);
    if (!key) {
      return {
        operation: name,
        problems: [`status ${status} is not declared (declared: ${Object.keys(responses).join(", ")})`],
      };
    }
    const declared = follow(document, `${op.pointer}/responses/${escapePointer(key)}`);
    return {
      operation: name,
      problems: [...headerProblems(declared, key, response), ...bodyProblems(declared, key, response)],
    };
  }

  type Declared = ReturnType<typeof follow>;

  /** Each declared header: there if required, and its value as its schema says (a number for `integer`, `number`). */
  function headerProblems(declared: Declared, key: string, response: ObservedResponse): string[] {
    return Object.keys((declared.value?.headers ?? {}) as Json).flatMap((header) => {
      const spec = follow(document, `${declared.pointer}/headers/${escapePointer(header)}`);
      const value = response.headers.get(header);
      if (value === null)
        return spec.value?.required === true ? [`required header ${header} is missing (under ${key})`] : [];
      const schema = spec.value?.schema as Json | undefined;
      if (!schema) return [];
      const validate = validator(`${spec.pointer}/schema`);
      const typed = schema.type === "integer" || schema.type === "number" ? Number(value) : value;
      return validate(typed)
        ? []
        : [`header ${header}: ${JSON.stringify(value)} ${validate.errors?.[0]?.message ?? "is not valid"}`];
    });
  }

  function bodyProblems(declared: Declared, key: string, response: ObservedResponse): string[] {
    const content = (declared.value?.content ?? {}) as Json;
    const listed = Object.keys(content).join(", ") || "none";
    const media = mediaTypeOf(response.headers);
    if (media === null) {
      if (response.body !== "") return ["a body without a Content-Type"];
      return Object.keys(content).length && response.method !== "HEAD"
        ? [`no body, but ${key} declares ${listed}`]
        : [];
    }
    const mediaKey = declaredMedia(content, media);
    if (!mediaKey) return [`content type ${media} is not declared under ${key} (declared: ${listed})`];
    const schemaPointer = `${declared.pointer}/content/${escapePointer(mediaKey)}/schema`;
    if (!isJson(media) || at(document, schemaPointer) === undefined || response.method === "HEAD") return [];
    const body = parseJson(response.body);
    if (body === INVALID) return ["the body is not JSON"];
    const validate = validator(schemaPointer);
    return validate(body) ? [] : describeErrors(validate.errors);
  }

  return {
    check,
    assert(response) {
      const { operation, problems } = check(response);
      if (problems.length) throw new ContractViolation(operation, response.status, problems);
    },
  };
}

const INVALID = Symbol("invalid JSON");

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return INVALID;
  }
}

/** What the stack serves beside the API, checked by no contract: the docs page and its assets, the document, health, JWKS and the local-only helpers. */
const EXEMPT = [/^\/openapi\.json$/, /^\/health$/, /^\/docs(\/.*)?$/, /^\/local\//, /^\/\.well-known\//];

export function isExempt(path: string): boolean {
  return EXEMPT.some((p) => p.test(path));
}
