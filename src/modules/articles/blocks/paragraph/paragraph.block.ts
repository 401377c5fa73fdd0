import type { LinkTargetType } from '../../../../generated/prisma/enums.js';
import { type BlockContext, defineBlock } from '../block-definition.js';
import { gid, linkableTypename } from '../revision-ids.js';
import { MentionResolver } from './mention.resolver.js';
import { type MentionInput, ParagraphInput, type TextMarkInput } from './paragraph.input.js';
import { ParagraphBlock } from './paragraph.model.js';

export type MarkType = 'BOLD' | 'ITALIC' | 'LINK';

export interface TextMarkData {
  start: number;
  end: number;
  type: MarkType;
  href?: string | null;
}

export interface MentionData {
  start: number;
  end: number;
  targetType: LinkTargetType;
  targetId: string;
}

export interface ParagraphData {
  text: string;
  marks: TextMarkData[];
  mentions: MentionData[];
}

export const paragraphBlock = defineBlock({
  type: 'PARAGRAPH',
  payloadField: 'paragraph',
  description: 'Running text with formatting and mentions of the sports graph (`paragraph`).',
  input: ParagraphInput,
  model: ParagraphBlock,
  resolvers: [MentionResolver],
  normalize({ text, marks = [], mentions = [] }, at): ParagraphData {
    checkSpans(text, marks, 'marks', at, false);
    checkSpans(text, mentions, 'mentions', at, true);
    mentions.forEach((m, i) => {
      at.reference(m.targetType, m.targetId, 'MENTION', `mentions.${i}.targetId`);
    });
    return { text, marks: marks.map((m) => ({ ...m, href: m.href ?? null })), mentions: mentions.map((m) => ({ ...m })) };
  },
  text: (data) => [data.text],
  jsonLd: (data) => ({ mentions: data.mentions }),
  ownText: (data) => (data.text as string | undefined) ?? null,
  wordDiff: true,
  revisionView: (data) => ({
    ...data,
    mentions: ((data.mentions as Record<string, unknown>[] | undefined) ?? []).map((m) => ({
      ...m,
      targetId: gid(linkableTypename(m.targetType))(m.targetId),
    })),
  }),
});

function checkSpans(text: string, spans: (TextMarkInput | MentionInput)[], field: string, at: BlockContext, exclusive: boolean) {
  const sorted = spans.map((span, i) => ({ span, i })).sort((a, b) => a.span.start - b.span.start);
  sorted.forEach(({ span, i }, k) => {
    if (span.end <= span.start || span.end > text.length) {
      at.issue(`${field}.${i}.end`, `the span [${span.start}, ${span.end}) must lie inside the text (length ${text.length})`);
    } else if (exclusive && k > 0 && sorted[k - 1].span.end > span.start) {
      at.issue(`${field}.${i}.start`, 'mentions must not overlap');
    }
  });
}
