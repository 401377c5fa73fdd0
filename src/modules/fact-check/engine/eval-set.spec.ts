import { EVAL_SET } from '../../../../test/fixtures/fact-check/eval-set.js';
import { CLAIM_KINDS } from './claims.js';
import { evaluate } from './evaluate.js';

describe('the fact check on its labelled evaluation set', () => {
  const report = evaluate(EVAL_SET);

  it('covers at least 80 sentences of two sports and every claim kind, with contradictions to find', () => {
    expect(report.sentences).toBeGreaterThanOrEqual(80);
    expect(Object.keys(report.bySport).length).toBeGreaterThanOrEqual(2);
    for (const kind of CLAIM_KINDS) expect(report.byKind[kind].expected).toBeGreaterThan(0);
    expect(report.contradicted.truePositive + report.contradicted.falseNegative).toBeGreaterThanOrEqual(30);
  });

  it('finds contradictions with precision ≥ 0.95 and recall ≥ 0.85', () => {
    expect(report.contradicted.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.contradicted.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('gives most labelled claims their labelled verdict', () => {
    expect(report.verdictAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('counts a contradiction the label does not expect as a false positive', () => {
    const set = {
      ...EVAL_SET,
      cases: [{ id: 'x', sport: 'speed skating', sheet: 'skating', text: 'Kok took bronze.', expected: [] }],
    };
    expect(evaluate(set).contradicted).toMatchObject({ truePositive: 0, falsePositive: 1, precision: 0 });
  });
});
