import assert from 'node:assert/strict';
import { characterEntities } from 'character-entities';
import { characterEntitiesLegacy } from 'character-entities-legacy';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compactEntitiesModule, keptEntities } = require('../../scripts/compact-entities.cjs') as {
  compactEntitiesModule: (table: Record<string, string>) => string;
  keptEntities: (table: Record<string, string>, legacy: readonly string[]) => Record<string, string>;
};

/** Runs the module source the bundles get in place of character-entities, and returns its table. */
function decoded(source: string): Record<string, string> {
  const body = source.replace('export const characterEntities', 'const characterEntities') + '\nreturn characterEntities;';
  return new Function(body)() as Record<string, string>;
}

describe('the bundled HTML entity table', () => {
  const kept = keptEntities(characterEntities, characterEntitiesLegacy);

  it('decodes every name it keeps to the character micromark would', () => {
    assert.deepEqual(decoded(compactEntitiesModule(kept)), kept);
    for (const [name, value] of Object.entries(kept)) assert.equal(value, characterEntities[name as keyof typeof characterEntities], name);
  });

  it('keeps the names documents are written with: Latin-1, HTML 4 punctuation, arrows and Greek', () => {
    for (const name of [...characterEntitiesLegacy, 'mdash', 'ndash', 'hellip', 'rsquo', 'ldquo', 'rarr', 'euro', 'trade', 'bull', 'alpha', 'Omega', 'le', 'check']) assert.ok(name in kept, name);
  });

  it('is a small part of the full table: the front-coded string is under a fifth of the object literal', () => {
    assert.ok(Buffer.byteLength(compactEntitiesModule(kept)) < Buffer.byteLength(JSON.stringify(characterEntities)) * 0.2);
  });
});
