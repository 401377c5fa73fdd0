import { createdSummary, deletedSummary, fieldsGiven, updatedSummary } from './audit-summary.js';

describe('audit summaries', () => {
  it.each([
    ['the fields sent, sorted', { name: 'Thialf', city: 'Heerenveen' }, ['city', 'name']],
    ['a field sent as null, which clears it', { shortName: null }, ['shortName']],
    ['not a field left out', { name: 'x', city: undefined }, ['name']],
    ['not the id or the version edited', { id: 'u1', expectedVersion: 3, name: 'x' }, ['name']],
    ['nothing for an empty input', {}, []],
  ])('names %s', (_case, input, fields) => {
    expect(fieldsGiven(input)).toEqual(fields);
  });

  it('records the versions an update moves between and the one a delete removes', () => {
    expect(createdSummary({ name: 'x' })).toEqual({ fields: ['name'] });
    const update = { id: 'u1', expectedVersion: 4, city: 'Inzell' };
    expect(updatedSummary(update)).toEqual({ fields: ['city'], fromVersion: 4, toVersion: 5 });
    expect(deletedSummary(2)).toEqual({ version: 2 });
  });
});
