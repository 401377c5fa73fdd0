import type { FieldIssue } from '../../../common/errors/domain-error.js';
import { required } from '../../../common/required.js';
import type { ReferenceKind } from '../../../generated/prisma/enums.js';
import type { PathedReference } from '../../references/reference-index.js';
import { type ArticleBlockInput, PAYLOAD_FIELD } from '../dto/article-block.input.js';
import { FactKind, type FactItemInput, type MentionInput, type TextMarkInput } from '../dto/block-payload.inputs.js';
import type { FactItemData, StoredBlock } from './block-data.js';

/** An id the body points at, with the input path to blame when it does not exist. */
export type BlockReference = PathedReference;

export interface NormalizedBody {
  blocks: StoredBlock[];
  references: BlockReference[];
  issues: FieldIssue[];
}

/**
 * Checks each block beyond what class-validator can (the payload matches the type, spans
 * lie inside the text, a table points at one unit or event) and turns it into what is
 * stored, collecting every id it references.
 */
export function normalizeBlocks(inputs: ArticleBlockInput[]): NormalizedBody {
  const body: NormalizedBody = { blocks: [], references: [], issues: [] };
  inputs.forEach((input, position) => {
    const path = `input.blocks.${position}`;
    const field = PAYLOAD_FIELD[input.type];
    const others = Object.values(PAYLOAD_FIELD).filter((f) => f !== field && input[f] != null);
    if (input[field] == null) body.issues.push({ path: `${path}.${field}`, message: `a ${input.type} block needs its ${field} payload` });
    for (const other of others) body.issues.push({ path: `${path}.${other}`, message: `not allowed on a ${input.type} block` });
    if (input[field] == null || others.length) return;
    const block = toStored(input, position, path, body);
    if (block) body.blocks.push(block);
  });
  return body;
}

function toStored(input: ArticleBlockInput, position: number, path: string, body: NormalizedBody): StoredBlock | null {
  const ref = (targetType: BlockReference['targetType'], targetId: string, kind: ReferenceKind | null, at: string) =>
    body.references.push({ targetType, targetId, kind, blockPosition: position, path: `${path}.${at}` });
  switch (input.type) {
    case 'PARAGRAPH': {
      const { text, marks = [], mentions = [] } = payload(input.paragraph);
      checkSpans(text, marks, `${path}.paragraph.marks`, body.issues, false);
      checkSpans(text, mentions, `${path}.paragraph.mentions`, body.issues, true);
      mentions.forEach((m, i) => ref(m.targetType, m.targetId, 'MENTION', `paragraph.mentions.${i}.targetId`));
      return {
        type: 'PARAGRAPH',
        position,
        data: { text, marks: marks.map((m) => ({ ...m, href: m.href ?? null })), mentions: mentions.map((m) => ({ ...m })) },
      };
    }
    case 'HEADING': {
      const { text, level } = payload(input.heading);
      return { type: 'HEADING', position, data: { text, level: level ?? 2 } };
    }
    case 'QUOTE': {
      const { quoteId } = payload(input.quote);
      ref('QUOTE', quoteId, 'QUOTE_BLOCK', 'quote.quoteId');
      return { type: 'QUOTE', position, data: { quoteId } };
    }
    case 'IMAGE': {
      const { assetId, caption, credit, altText } = payload(input.image);
      ref('MEDIA_ASSET', assetId, 'IMAGE_BLOCK', 'image.assetId');
      return { type: 'IMAGE', position, data: { assetId, caption: caption ?? null, credit: credit ?? null, altText: altText ?? null } };
    }
    case 'RESULTS_TABLE': {
      const { unitId, eventId, competitorIds = [], top, columns = [] } = payload(input.resultsTable);
      if (Boolean(unitId) === Boolean(eventId)) {
        body.issues.push({
          path: `${path}.resultsTable.unitId`,
          message: "give exactly one of unitId (a unit's results) and eventId (final standings)",
        });
        return null;
      }
      if (unitId) ref('UNIT', unitId, 'RESULTS_BLOCK', 'resultsTable.unitId');
      if (eventId) ref('EVENT', eventId, 'RESULTS_BLOCK', 'resultsTable.eventId');
      return {
        type: 'RESULTS_TABLE',
        position,
        data: { unitId: unitId ?? null, eventId: eventId ?? null, competitorIds, top: top ?? null, columns },
      };
    }
    case 'SOCIAL_POST': {
      const { socialPostId } = payload(input.socialPost);
      ref('SOCIAL_POST', socialPostId, 'SOCIAL_POST_BLOCK', 'socialPost.socialPostId');
      return { type: 'SOCIAL_POST', position, data: { socialPostId } };
    }
    case 'FACT_BOX': {
      const factBox = payload(input.factBox);
      const items = factBox.items.map((item, i) => toFactItem(item, `${path}.factBox.items.${i}`, body, position));
      return { type: 'FACT_BOX', position, data: { title: factBox.title, items } };
    }
    case 'EMBED': {
      const { url, provider } = payload(input.embed);
      return { type: 'EMBED', position, data: { url, provider: provider ?? null } };
    }
  }
}

/** normalizeBlocks only calls toStored once the block's own payload field is set. */
const payload = <T>(value: T) => required(value, "the block's payload");

function toFactItem(item: FactItemInput, path: string, body: NormalizedBody, position: number): FactItemData {
  if (Boolean(item.text) === Boolean(item.fact)) body.issues.push({ path: `${path}.text`, message: 'give exactly one of text and fact' });
  const fact = item.fact;
  if (fact?.kind === FactKind.TIME_DIFFERENCE) {
    if (!fact.resultId || !fact.otherResultId)
      body.issues.push({ path: `${path}.fact.resultId`, message: 'TIME_DIFFERENCE needs resultId and otherResultId' });
    if (fact.resultId)
      body.references.push({
        targetType: 'RESULT',
        targetId: fact.resultId,
        kind: null,
        blockPosition: position,
        path: `${path}.fact.resultId`,
      });
    if (fact.otherResultId)
      body.references.push({
        targetType: 'RESULT',
        targetId: fact.otherResultId,
        kind: null,
        blockPosition: position,
        path: `${path}.fact.otherResultId`,
      });
  }
  if (fact?.kind === FactKind.AGE) {
    if (!fact.personId || !fact.on) body.issues.push({ path: `${path}.fact.personId`, message: 'AGE needs personId and on' });
    if (fact.personId)
      body.references.push({
        targetType: 'PERSON',
        targetId: fact.personId,
        kind: 'FACT_BOX',
        blockPosition: position,
        path: `${path}.fact.personId`,
      });
  }
  return {
    label: item.label,
    text: item.text ?? null,
    fact: fact
      ? {
          kind: fact.kind,
          resultId: fact.resultId ?? null,
          otherResultId: fact.otherResultId ?? null,
          personId: fact.personId ?? null,
          on: fact.on ? fact.on.toISOString().slice(0, 10) : null,
        }
      : null,
  };
}

function checkSpans(text: string, spans: (TextMarkInput | MentionInput)[], path: string, issues: FieldIssue[], exclusive: boolean) {
  const sorted = spans.map((span, i) => ({ span, i })).sort((a, b) => a.span.start - b.span.start);
  sorted.forEach(({ span, i }, k) => {
    if (span.end <= span.start || span.end > text.length) {
      issues.push({
        path: `${path}.${i}.end`,
        message: `the span [${span.start}, ${span.end}) must lie inside the text (length ${text.length})`,
      });
    } else if (exclusive && k > 0 && sorted[k - 1].span.end > span.start) {
      issues.push({ path: `${path}.${i}.start`, message: 'mentions must not overlap' });
    }
  });
}
