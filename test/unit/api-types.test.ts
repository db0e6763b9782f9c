import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypes } from '../../scripts/api-types.ts';

describe("the web app's API types", () => {
  it('are what the OpenAPI document gives (run `npm run api-types` after changing a schema)', () => {
    expect(readFileSync(API_TYPES_FILE, 'utf8')).toBe(apiTypes());
  });
});
