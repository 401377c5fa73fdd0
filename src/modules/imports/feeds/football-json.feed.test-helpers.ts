// Shared by the football.json feed specs: inline documents and what the parser made of them.
import { BadInputError } from '../../../common/errors/domain-error.js';
import { FootballJsonFeed } from './football-json.feed.js';
import type { NormalisedMatch, NormalisedSeason } from './season-feed.js';

export type Pair = [number, number];
export interface Score {
  ht?: Pair;
  ft?: Pair;
  et?: Pair;
  p?: Pair;
}

export const feed = new FootballJsonFeed();

/** A football.json row; `score: undefined` leaves the key out. */
export function row(
  round: string,
  team1: string,
  team2: string,
  score?: Score | Record<string, unknown>,
  date = '2024-08-10',
  time = '15:00',
) {
  return { round, date, time, team1, team2, ...(score === undefined ? {} : { score }) };
}

export const parse = (matches: unknown[], timezone = 'Europe/London'): NormalisedSeason =>
  feed.parse(JSON.stringify({ name: 'Test season', matches }), { timezone });

/** The only match of a one-row document (fails when the row was not kept). */
export function only(season: NormalisedSeason): NormalisedMatch {
  expect(season.matches).toHaveLength(1);
  return season.matches[0];
}

export const periodsOf = (match: NormalisedMatch) =>
  (match.result?.sides ?? []).map((side) => side.periods.map((p) => [p.kind, p.number, p.score]));

export function thrown(fn: () => unknown): BadInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(BadInputError);
    return error as BadInputError;
  }
  throw new Error('expected the parser to throw');
}
