import { rankMedalTable } from './medal-table.js';

describe('rankMedalTable', () => {
  it.each([
    {
      name: 'gold first, then silver, then bronze',
      rows: [
        { nocCode: 'USA', gold: 1, silver: 3, bronze: 3 },
        { nocCode: 'NED', gold: 2, silver: 0, bronze: 0 },
        { nocCode: 'JPN', gold: 1, silver: 3, bronze: 4 },
      ],
      expected: [
        ['NED', 1, 2],
        ['JPN', 2, 8],
        ['USA', 3, 7],
      ],
    },
    {
      name: 'equal counts share a rank and the next rank skips',
      rows: [
        { nocCode: 'NOR', gold: 1, silver: 1, bronze: 0 },
        { nocCode: 'AUT', gold: 1, silver: 1, bronze: 0 },
        { nocCode: 'ITA', gold: 0, silver: 0, bronze: 1 },
      ],
      expected: [
        ['AUT', 1, 2],
        ['NOR', 1, 2],
        ['ITA', 3, 1],
      ],
    },
    { name: 'empty', rows: [], expected: [] },
  ])('$name', ({ rows, expected }) => {
    expect(rankMedalTable(rows).map((r) => [r.nocCode, r.rank, r.total])).toEqual(expected);
  });
});
