import { type BlockContext, defineBlock, type StoredPayload } from '../block-definition.js';
import { gid } from '../revision-ids.js';
import { FactBoxInput, FactKind, type FactItemInput } from './fact-box.input.js';
import { FactBoxBlock } from './fact-box.model.js';
import { FactItemResolver } from './fact-item.resolver.js';

export type FactKindData = 'TIME_DIFFERENCE' | 'AGE';

export interface FactData {
  kind: FactKindData;
  resultId?: string | null;
  otherResultId?: string | null;
  personId?: string | null;
  on?: string | null;
}

export interface FactItemData {
  label: string;
  text?: string | null;
  fact?: FactData | null;
}

export interface FactBoxData {
  title: string;
  items: FactItemData[];
}

export const factBoxBlock = defineBlock({
  type: 'FACT_BOX',
  payloadField: 'factBox',
  description: 'Figures computed from the data when the story is read (`factBox`).',
  input: FactBoxInput,
  model: FactBoxBlock,
  resolvers: [FactItemResolver],
  normalize: (factBox, at): FactBoxData => ({
    title: factBox.title,
    items: factBox.items.map((item, i) => toFactItem(item, `items.${i}`, at)),
  }),
  text: (data) => [data.title, ...data.items.map((item) => [item.label, item.text ?? ''].join(' '))],
  ownText: (data) => (data.title as string | undefined) ?? null,
  revisionView: (data) => ({
    ...data,
    items: ((data.items as StoredPayload[] | undefined) ?? []).map((item) => {
      const fact = item.fact as StoredPayload | null | undefined;
      if (!fact) return item;
      const [result, person] = [gid('Result'), gid('Person')];
      return {
        ...item,
        fact: {
          ...fact,
          resultId: result(fact.resultId ?? null),
          otherResultId: result(fact.otherResultId ?? null),
          personId: person(fact.personId ?? null),
        },
      };
    }),
  }),
  // Fact dates are stored as "2026-02-09" and taken as dates.
  restoreInput(data) {
    const items = (data.items as { fact?: { on?: string | null } | null }[]).map((item) =>
      item.fact?.on ? { ...item, fact: { ...item.fact, on: new Date(`${item.fact.on}T00:00:00Z`) } } : item,
    );
    return { ...data, items };
  },
});

function toFactItem(item: FactItemInput, path: string, at: BlockContext): FactItemData {
  if (Boolean(item.text) === Boolean(item.fact)) at.issue(`${path}.text`, 'give exactly one of text and fact');
  const fact = item.fact;
  if (fact?.kind === FactKind.TIME_DIFFERENCE) {
    if (!fact.resultId || !fact.otherResultId) at.issue(`${path}.fact.resultId`, 'TIME_DIFFERENCE needs resultId and otherResultId');
    if (fact.resultId) at.reference('RESULT', fact.resultId, null, `${path}.fact.resultId`);
    if (fact.otherResultId) at.reference('RESULT', fact.otherResultId, null, `${path}.fact.otherResultId`);
  }
  if (fact?.kind === FactKind.AGE) {
    if (!fact.personId || !fact.on) at.issue(`${path}.fact.personId`, 'AGE needs personId and on');
    if (fact.personId) at.reference('PERSON', fact.personId, 'FACT_BOX', `${path}.fact.personId`);
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
