import assert from 'node:assert/strict';
import { characterEntities } from 'character-entities';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compactEntitiesModule } = require('../../scripts/compact-entities.cjs') as { compactEntitiesModule: (table: Record<string, string>) => string };

/** Runs the module source the bundles get in place of character-entities, and returns its table. */
function decoded(source: string): Record<string, string> {
  const body = source.replace('export const characterEntities', 'const characterEntities') + '\nreturn characterEntities;';
  return new Function(body)() as Record<string, string>;
}

describe('the bundled HTML entity table', () => {
  it('decodes to exactly the table micromark decodes named character references with', () => {
    assert.deepEqual(decoded(compactEntitiesModule(characterEntities)), { ...characterEntities });
  });

  it('is a third smaller than the object literal it replaces', () => {
    const literal = JSON.stringify(characterEntities);
    assert.ok(Buffer.byteLength(compactEntitiesModule(characterEntities)) < Buffer.byteLength(literal) * 0.7);
  });
});
