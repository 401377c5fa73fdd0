import { BlockType } from '../../../generated/prisma/enums.js';
import { BLOCK_DEFINITIONS, BLOCKS } from './block-registry.js';

describe('the block registry', () => {
  it('has one definition per BlockType value, under its own type', () => {
    expect(Object.keys(BLOCKS).sort()).toEqual(Object.values(BlockType).sort());
    for (const [type, definition] of Object.entries(BLOCKS)) expect(definition.type).toBe(type);
  });

  it.each(['payloadField', 'model', 'input'] as const)('gives every type its own %s', (facet) => {
    const values = BLOCK_DEFINITIONS.map((definition) => definition[facet]);
    expect(new Set(values).size).toBe(values.length);
  });
});
