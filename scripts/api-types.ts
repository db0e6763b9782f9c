/**
 * The web app's API types, generated from the OpenAPI document (lib/openapi.ts) into
 * web/src/core/api-types.ts: `components['schemas'][name]` for every schema, `operations[operationId]`
 * with its parameters (path, query, the Idempotency-Key header), request body and responses by
 * status, and `OPERATIONS`, the method and path template of each at run time (the web client's typed
 * call fills them, web/src/core/operations.ts). `npm run api-types` writes the file;
 * test/unit/api-types.test.ts fails when the committed file differs from what the document gives.
 * (A small generator of our own: openapi-typescript needs the TypeScript compiler API, which the
 * TypeScript 7 this project uses does not ship.)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../lib/openapi.ts';

type Json = Record<string, any>;

export const API_TYPES_FILE = join(fileURLToPath(new URL('..', import.meta.url)), 'web', 'src', 'core', 'api-types.ts');

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const key = (name: string) => (IDENTIFIER.test(name) ? name : JSON.stringify(name));
const indent = (text: string, by: string) => text.replaceAll('\n', `\n${by}`);
const comment = (text: string | undefined, pad: string) => (text ? `${pad}/** ${text.replaceAll('*/', '*\\/').replaceAll('\n', ' ')} */\n` : '');

function typeOf(schema: Json | boolean | undefined, pad = ''): string {
  if (schema === undefined || schema === true) return 'unknown';
  if (schema === false) return 'never';
  if (schema.$ref) return `components['schemas'][${JSON.stringify(String(schema.$ref).replace('#/components/schemas/', ''))}]`;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((value: unknown) => JSON.stringify(value)).join(' | ');
  const union = schema.anyOf ?? schema.oneOf;
  if (union) {
    const members = union.map((member: Json) => `(${typeOf(member, pad)})`).join(' | ');
    // Properties beside the union hold for every member (JSON Schema: both apply).
    const { anyOf: _anyOf, oneOf: _oneOf, ...own } = schema;
    return own.type || own.properties ? `(${typeOf(own, pad)}) & (${members})` : members;
  }
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : schema.properties ? ['object'] : [];
  if (types.length === 0) return 'unknown';
  return types
    .map((type) => {
      switch (type) {
        case 'string':
          return 'string';
        case 'integer':
        case 'number':
          return 'number';
        case 'boolean':
          return 'boolean';
        case 'null':
          return 'null';
        case 'array':
          return `Array<${typeOf(schema.items, pad)}>`;
        case 'object': {
          const required = new Set<string>(schema.required ?? []);
          const lines = Object.entries((schema.properties ?? {}) as Record<string, Json>).map(
            ([name, property]) => `${comment(property.description, `${pad}  `)}${pad}  ${key(name)}${required.has(name) ? '' : '?'}: ${typeOf(property, `${pad}  `)};`,
          );
          const extra = schema.additionalProperties;
          if (extra === undefined || extra === true) lines.push(`${pad}  [key: string]: unknown;`);
          else if (extra !== false) lines.push(`${pad}  [key: string]: ${typeOf(extra, `${pad}  `)};`);
          return lines.length ? `{\n${lines.join('\n')}\n${pad}}` : 'Record<string, never>';
        }
        default:
          return 'unknown';
      }
    })
    .join(' | ');
}

export function apiTypes(document: Json = buildOpenApiDocument('/')): string {
  const out: string[] = [
    '/**',
    ' * Generated from the OpenAPI document (lib/openapi.ts) by scripts/api-types.ts: do not edit.',
    ' * `npm run api-types` writes it again; test/unit/api-types.test.ts fails while it differs.',
    ' */',
    '',
    'export interface components {',
    '  schemas: {',
  ];
  for (const name of Object.keys(document.components.schemas).sort()) {
    const schema = document.components.schemas[name];
    out.push(`${comment(schema.description?.split('\n')[0], '    ')}    ${key(name)}: ${indent(typeOf(schema, ''), '    ')};`);
  }
  out.push('  };', '}', '', 'export interface operations {');
  const operations: Array<[string, string, string, Json]> = [];
  for (const [path, item] of Object.entries(document.paths as Record<string, Json>)) for (const [method, operation] of Object.entries(item)) operations.push([operation.operationId, method.toUpperCase(), path, operation]);
  operations.sort((a, b) => a[0].localeCompare(b[0]));
  for (const [operationId, method, path, operation] of operations) {
    const body = operation.requestBody?.content?.['application/json']?.schema;
    out.push(`  /** ${method} ${path}: ${String(operation.summary).replaceAll('*/', '*\\/')} */`, `  ${key(operationId)}: {`);
    out.push(`    method: ${JSON.stringify(method)};`, `    path: ${JSON.stringify(path)};`);
    const parameters = parameterTypes(operation.parameters ?? []);
    if (parameters.length) out.push('    parameters: {', ...parameters.map((line) => `      ${line}`), '    };');
    if (body) out.push(`    requestBody: ${indent(typeOf(body, ''), '    ')};`);
    out.push('    responses: {');
    for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
      out.push(`      ${status}: ${indent(typeOf(response.content?.['application/json']?.schema, ''), '      ')};`);
    }
    out.push('    };', '  };');
  }
  out.push('}', '');
  out.push('/** Method and path template of every operation, for the client that calls them (web/src/core/operations.ts). */');
  out.push('export const OPERATIONS = {');
  for (const [operationId, method, path] of operations) out.push(`  ${key(operationId)}: { method: ${JSON.stringify(method)}, path: ${JSON.stringify(path)} },`);
  out.push('} as const;', '');
  out.push('export type OperationId = keyof operations;', '');
  out.push('/** The success body of an operation (its 200 or 201). */');
  out.push("export type SuccessBody<Id extends OperationId> = operations[Id]['responses'] extends { 200: infer B } ? B : operations[Id]['responses'] extends { 201: infer B } ? B : never;", '');
  out.push('/** The values of the `{name}`s of an operation\'s path template (never when it has none). */');
  out.push("export type PathParams<Id extends OperationId> = operations[Id] extends { parameters: { path: infer P } } ? P : never;", '');
  out.push('/** The query of an operation (never when it takes none). */');
  out.push("export type QueryParams<Id extends OperationId> = operations[Id] extends { parameters: { query: infer Q } } ? Q : never;", '');
  out.push('/** The JSON body of an operation (never when it takes none). */');
  out.push("export type RequestBody<Id extends OperationId> = operations[Id] extends { requestBody: infer B } ? B : never;", '');
  out.push('/** The operations that take an Idempotency-Key (a repeat with the same key answers as the first did). */');
  out.push("export type IdempotentOperation = { [Id in OperationId]: operations[Id] extends { parameters: { header: { 'Idempotency-Key'?: string } } } ? Id : never }[OperationId];", '');
  out.push("export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];", '');
  return out.join('\n');
}

/**
 * `path: { id: string }`, `query: { limit?: number }` (typed by the parameter's schema, as the server
 * reads it), `header: { 'Idempotency-Key'?: string }`; Accept-Language is the client's own (its locale).
 */
function parameterTypes(parameters: Json[]): string[] {
  const lines: string[] = [];
  for (const place of ['path', 'query', 'header']) {
    const members = parameters
      .filter((parameter) => parameter.in === place && parameter.name !== 'Accept-Language')
      .map((parameter) => `${key(parameter.name)}${parameter.required ? '' : '?'}: ${place === 'query' ? typeOf(parameter.schema) : 'string'}`);
    if (members.length) lines.push(`${place}: { ${members.join('; ')} };`);
  }
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(API_TYPES_FILE, apiTypes());
  console.log(`wrote ${API_TYPES_FILE}`);
}
