import { evaluate, type EvaluationReport, type EvaluationSet, loadEvaluationSet } from './evaluate.js';

describe('mention suggestions on the labelled evaluation set', () => {
  let set: EvaluationSet;
  let report: EvaluationReport;

  beforeAll(async () => {
    set = await loadEvaluationSet();
    report = await evaluate(set);
  });

  it('is large enough to mean something: at least 60 sentences in two sports', () => {
    expect(report.sentences).toBeGreaterThanOrEqual(60);
    expect(Object.keys(report.bySport).sort()).toEqual(['football', 'speed-skating']);
    for (const sport of Object.values(report.bySport)) expect(sport.sentences).toBeGreaterThanOrEqual(20);
  });

  it('keeps its confusable cases: shared family names, a shared full name, a club named like a city, surnames that are words', () => {
    const people = set.entities.people;
    const families = people.map((p) => p.familyName);
    expect(families.filter((f) => f === 'Jackson')).toHaveLength(2);
    expect(people.filter((p) => p.displayName === 'Adama Traoré')).toHaveLength(2);
    const cities = new Set(set.entities.venues.map((v) => v.city));
    expect(set.entities.organisations.some((o) => o.shortName && cities.has(o.shortName))).toBe(true);
    const texts = set.stories.flatMap((s) => s.sentences.map((x) => x.text));
    for (const word of ['kok', 'rice', 'stones', 'White shirts', 'Logan Paul']) expect(texts.some((t) => t.includes(word))).toBe(true);
  });

  it('reaches precision ≥ 0.95 and recall ≥ 0.9 (first candidate, exact span)', () => {
    const summary = `precision ${report.precision.toFixed(3)}, recall ${report.recall.toFixed(3)} over ${report.expected} labelled mentions; misses:\n${report.misses
      .map((m) => `  [${m.story}] "${m.text}": got ${m.got ?? '—'}, want ${m.want ?? '—'}`)
      .join('\n')}`;
    expect({ precision: report.precision >= 0.95, recall: report.recall >= 0.9, summary }).toEqual({
      precision: true,
      recall: true,
      summary,
    });
  });

  it('meets the bar in each sport on its own', () => {
    for (const [sport, figures] of Object.entries(report.bySport)) {
      expect({ sport, precision: figures.precision >= 0.9, recall: figures.recall >= 0.85 }).toEqual({
        sport,
        precision: true,
        recall: true,
      });
    }
  });
});
