import type { FieldIssue } from '../../../common/errors/domain-error.js';
import type { PathedReference } from '../../references/reference-index.js';
import type { ArticleBlockInput } from '../dto/article-block.input.js';
import type { BlockContext } from './block-definition.js';
import type { StoredBlock } from './block-data.js';
import { blockDefinition, PAYLOAD_FIELD } from './block-registry.js';

/** An id the body points at, with the input path to blame when it does not exist. */
export type BlockReference = PathedReference;

export interface NormalizedBody {
  blocks: StoredBlock[];
  references: BlockReference[];
  issues: FieldIssue[];
}

const PAYLOAD_FIELDS = Object.values(PAYLOAD_FIELD);

/**
 * Checks each block beyond what class-validator can (the payload matches the type, and what
 * each type's normaliser checks: spans lie inside the text, a table points at one unit or
 * event) and turns it into what is stored, collecting every id it references.
 */
export function normalizeBlocks(inputs: ArticleBlockInput[]): NormalizedBody {
  const body: NormalizedBody = { blocks: [], references: [], issues: [] };
  inputs.forEach((input, position) => {
    const path = `input.blocks.${position}`;
    const field = PAYLOAD_FIELD[input.type];
    const others = PAYLOAD_FIELDS.filter((f) => f !== field && input[f] != null);
    const payload = input[field];
    if (payload == null) body.issues.push({ path: `${path}.${field}`, message: `a ${input.type} block needs its ${field} payload` });
    for (const other of others) body.issues.push({ path: `${path}.${other}`, message: `not allowed on a ${input.type} block` });
    if (payload == null || others.length) return;
    const at = context(body, position, `${path}.${field}`);
    const data = blockDefinition(input.type).normalize(payload, at);
    if (data !== null) body.blocks.push({ type: input.type, position, data } as StoredBlock);
  });
  return body;
}

function context(body: NormalizedBody, position: number, path: string): BlockContext {
  return {
    position,
    path,
    issue: (at, message) => body.issues.push({ path: `${path}.${at}`, message }),
    reference: (targetType, targetId, kind, at) =>
      body.references.push({ targetType, targetId, kind, blockPosition: position, path: `${path}.${at}` }),
  };
}
