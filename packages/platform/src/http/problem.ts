import { type Locale, type Text, text } from "@rdc/core";

/** One bad field: where, which rule, and what a person should fix. */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

/**
 * An RFC 9457 problem. Thrown anywhere on a request path, it becomes an
 * `application/problem+json` response in one place (the HTTP stack's error handler).
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly titleText: Text,
    readonly detailText: Text,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detailText.en);
    this.name = "HttpProblem";
  }

  body(locale: Locale, instance: string | undefined): Record<string, unknown> {
    return {
      type: `https://rdc-measures.dev/problems/${this.slug}`,
      title: this.titleText[locale],
      status: this.status,
      detail: this.detailText[locale],
      ...(instance ? { instance } : {}),
      ...this.extensions,
    };
  }
}

const t = text;

export const problems = {
  validation: (
    errors: FieldError[],
    detail = t("请求中有字段不合要求。", "Some fields of the request are not valid."),
  ) => new HttpProblem(400, "validation-error", t("请求无效", "Invalid request"), detail, { errors }),
  malformedJson: (message: string) =>
    new HttpProblem(
      400,
      "malformed-json",
      t("JSON 格式错误", "Malformed JSON"),
      t("请求体不是合法的 JSON。", "The request body is not valid JSON."),
      {
        errors: [{ path: "body", code: "malformed_json", message }],
      },
    ),
  badCursor: () =>
    new HttpProblem(
      400,
      "invalid-cursor",
      t("游标无效", "Invalid cursor"),
      t("cursor 参数无效或已被篡改。", "The cursor is not valid or was altered."),
      {
        errors: [{ path: "cursor", code: "invalid_cursor", message: "not a cursor issued to this caller" }],
      },
    ),
  unauthorized: (detail = t("需要有效的访问令牌。", "A valid access token is required.")) =>
    new HttpProblem(401, "unauthorized", t("未认证", "Unauthorized"), detail, {}, { "www-authenticate": "Bearer" }),
  forbidden: (needed: readonly string[]) =>
    new HttpProblem(
      403,
      "forbidden",
      t("权限不足", "Forbidden"),
      t(`需要以下权限之一：${needed.join(", ")}。`, `One of these scopes is required: ${needed.join(", ")}.`),
      { requiredScopes: needed },
    ),
  ownSubmission: () =>
    new HttpProblem(
      403,
      "separation-of-duties",
      t("职责分离", "Separation of duties"),
      t(
        "审核人员不得对本方提交的申请作出决定或要求补正。",
        "A reviewer never decides, or requests information on, a submission it filed itself.",
      ),
    ),
  notFound: (what = t("资源不存在。", "The resource does not exist.")) =>
    new HttpProblem(404, "not-found", t("未找到", "Not found"), what),
  methodNotAllowed: (allow: string[]) =>
    new HttpProblem(
      405,
      "method-not-allowed",
      t("方法不允许", "Method not allowed"),
      t(`此路径允许：${allow.join(", ")}。`, `This path allows: ${allow.join(", ")}.`),
      { allow },
      { allow: allow.join(", ") },
    ),
  conflict: (detail: Text, extensions: Record<string, unknown> = {}) =>
    new HttpProblem(409, "conflict", t("冲突", "Conflict"), detail, extensions),
  preconditionFailed: (current: string) =>
    new HttpProblem(
      412,
      "precondition-failed",
      t("版本已变化", "Precondition failed"),
      t(
        "If-Match 与当前版本不符，请重新读取后再试。",
        "If-Match does not match the current version; read it again and retry.",
      ),
      { currentETag: current },
    ),
  payloadTooLarge: (limit: number) =>
    new HttpProblem(
      413,
      "payload-too-large",
      t("请求体过大", "Payload too large"),
      t(`请求体不得超过 ${limit} 字节。`, `The request body may not exceed ${limit} bytes.`),
    ),
  unsupportedMediaType: (got: string | undefined) =>
    new HttpProblem(
      415,
      "unsupported-media-type",
      t("不支持的内容类型", "Unsupported media type"),
      t("请求体必须是 application/json。", "The request body must be application/json."),
      { errors: [{ path: "header.content-type", code: "unsupported_media_type", message: `got ${got ?? "none"}` }] },
    ),
  unprocessable: (detail: Text, errors: FieldError[] = []) =>
    new HttpProblem(422, "unprocessable", t("无法处理", "Unprocessable content"), detail, { errors }),
  preconditionRequired: () =>
    new HttpProblem(
      428,
      "precondition-required",
      t("需要 If-Match", "Precondition required"),
      t("修改已有申请须带 If-Match（其 ETag）。", "Changing an existing submission requires If-Match with its ETag."),
      { errors: [{ path: "header.if-match", code: "required", message: "If-Match is required" }] },
    ),
  serviceUnavailable: () =>
    new HttpProblem(
      503,
      "service-unavailable",
      t("服务暂不可用", "Service unavailable"),
      t("存储暂时不可用，请稍后重试。", "Storage is temporarily unavailable; retry shortly."),
      {},
      { "retry-after": "2" },
    ),
  internal: () =>
    new HttpProblem(
      500,
      "internal-error",
      t("内部错误", "Internal error"),
      t("发生了意外错误，已记录。", "An unexpected error occurred and was logged."),
    ),
};
