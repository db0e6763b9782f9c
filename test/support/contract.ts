/**
 * The published OpenAPI document as a checker: finds the operation of a request by method and path
 * template and validates a response against it (the status must be documented, the body must match
 * its schema). The e2e client (`api()` in local.ts) runs every /v1 response through it, so a handler
 * that drifts from the document fails the suite. Ajv in strict mode: a schema keyword it does not know
 * is an error too (only OpenAPI's `example` is added).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { buildOpenApiDocument } from '../../lib/openapi.ts';
import { isValidTaxpayerId } from '../../lib/settlement/domain/statement.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

type Json = Record<string, any>;
const BASE = 'https://contract.invalid/components/schemas/';

export interface Operation {
  method: string;
  template: string;
  operationId: string;
  spec: Json;
  pattern: RegExp;
}

let state: { document: Json; ajv: Ajv2020; operations: Operation[]; validators: Map<string, ValidateFunction> } | undefined;

function load() {
  if (state) return state;
  const document = buildOpenApiDocument('/') as Json;
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addKeyword('example');
  // The document's own format: a unified social credit code with its check character.
  ajv.addFormat('cn-uscc', { type: 'string', validate: isValidTaxpayerId });
  const rewrite = (schema: unknown): Json => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${BASE}`));
  for (const [name, schema] of Object.entries(document.components.schemas as Record<string, Json>)) ajv.addSchema({ ...rewrite(schema), $id: `${BASE}${name}` });
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(document.paths as Record<string, Json>)) {
    const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`);
    for (const [method, spec] of Object.entries(item)) operations.push({ method: method.toUpperCase(), template, operationId: spec.operationId, spec, pattern });
  }
  state = { document, ajv, operations, validators: new Map() };
  (state as any).rewrite = rewrite;
  return state;
}

export function openApiDocument(): Json {
  return load().document;
}

export function operations(): Operation[] {
  return load().operations;
}

export function findOperation(method: string, path: string): Operation | undefined {
  const pathname = path.split('?')[0]!;
  return load().operations.find((op) => op.method === method.toUpperCase() && op.pattern.test(pathname));
}

/** A validator for `schema` (a document schema, refs to components allowed), cached by `key`. */
export function validatorFor(key: string, schema: Json): ValidateFunction {
  const loaded = load();
  let validate = loaded.validators.get(key);
  if (!validate) {
    validate = loaded.ajv.compile((loaded as any).rewrite(schema));
    loaded.validators.set(key, validate);
  }
  return validate;
}

export function errorValidator(): ValidateFunction {
  return validatorFor('Error', { $ref: '#/components/schemas/Error' });
}

/**
 * Problems of a response against the document: empty when it conforms. A path no operation has is
 * checked as an error body only (404 route_not_found, 405 method_not_allowed, 400 malformed_path).
 */
export function responseProblems(method: string, path: string, status: number, body: unknown): string[] {
  const operation = findOperation(method, path);
  if (!operation) {
    if (status >= 400 && status !== 429) {
      const validate = errorValidator();
      return validate(body) ? [] : [`${method} ${path} ${status}: not an Error body: ${JSON.stringify(validate.errors)}`];
    }
    return [`${method} ${path}: no operation in the document answers it (status ${status})`];
  }
  const response = operation.spec.responses[String(status)] ?? operation.spec.responses.default;
  const where = `${operation.method} ${operation.template} (${operation.operationId}) ${status}`;
  if (!response) return [`${where}: status not documented (documented: ${Object.keys(operation.spec.responses).join(', ')}); body ${JSON.stringify(body).slice(0, 300)}`];
  const schema = response.content?.['application/json']?.schema;
  if (!schema) return body === undefined ? [] : [`${where}: a body where the document has none`];
  const validate = validatorFor(`${operation.method} ${operation.template} ${status}`, schema);
  if (validate(body)) return [];
  return [`${where}: body does not match: ${JSON.stringify(validate.errors?.slice(0, 5))}; body ${JSON.stringify(body).slice(0, 500)}`];
}
