import { FACT_CHECK_LIMITS } from './engine/limits.js';
import { MAX_CHECKED_CHARACTERS, withinBudget } from './fact-check.service.js';

const p = (blockIndex: number, length: number) => ({ blockIndex, text: 'x'.repeat(length), mentions: [] });

describe('the budget of one check', () => {
  it('reads every paragraph of a story within the budget', () => {
    const { paragraphs, complete } = withinBudget([p(0, 1_000), p(2, 2_000)]);
    expect(paragraphs.map((x) => x.blockIndex)).toEqual([0, 2]);
    expect(complete).toBe(true);
  });

  it('stops at the budget and says the rest was not read', () => {
    const long = Array.from({ length: 8 }, (_, i) => p(i, FACT_CHECK_LIMITS.paragraphChars));
    const { paragraphs, complete } = withinBudget(long);
    expect(paragraphs).toHaveLength(Math.ceil(MAX_CHECKED_CHARACTERS / FACT_CHECK_LIMITS.paragraphChars));
    expect(complete).toBe(false);
  });

  it('says a paragraph longer than the engine reads is not read to its end', () => {
    expect(withinBudget([p(0, FACT_CHECK_LIMITS.paragraphChars + 1)]).complete).toBe(false);
  });
});
