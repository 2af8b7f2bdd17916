import { describe, expect, it } from 'vitest';
import { generate, SERVICES } from '../../../scripts/generate-api-types.mjs';

const committed = import.meta.glob<string>('../generated/*.ts', { query: '?raw', import: 'default', eager: true });

// The committed src/api/generated/*.ts must be what openapi-typescript makes of the committed
// openapi/*.json: `npm run build` regenerates them anyway; this catches a commit that forgot.
describe('the generated API types', () => {
  it.each([...SERVICES])('should be generated from openapi/%s.json', async (service) => {
    const file = committed[`../generated/${service}.ts`];

    expect(file, `src/api/generated/${service}.ts is missing: run \`npm run generate:api\``).toBeDefined();
    expect(await generate(service), `run \`npm run generate:api\` and commit src/api/generated/${service}.ts`).toBe(file);
  });
});
