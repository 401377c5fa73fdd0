import type { DataSize } from './generate.js';
import type { PreparedCorpus, PreparedData } from './prepare-data.js';

const n = (value: number) => value.toLocaleString('en-US');
const s = (seconds: number | undefined) => `${(seconds ?? Number.NaN).toFixed(0)} s`;

/** The generated data, in one sentence for the report. */
export function describeData(size: DataSize, data: PreparedData, corpus: PreparedCorpus): string {
  return [
    `${n(size.events)} generated events (1 unit of ${size.resultsPerUnit} timed results each, ${n(data.results)} result rows) in ${n(data.competitions)} competitions`,
    `${n(size.people)} generated people`,
    `${n(size.stories)} published stories for the story page, each with its own event (a unit of 5 results), 5 linked athletes (links and paragraph mentions), 4 quotes by them, 3 photos (caption, alt text, agency, photographer, 2 people shown) and a byline, written as 12 blocks (4 paragraphs, 1 results table, 4 quotes, 3 images), and ${n(data.correction.slugs.length)} more like the first that all show its unit's results; material by createMany, the stories by ArticlesService.create + publish, the code the API runs (${s(data.timings.stories)})`,
    `after the page, write and scheduling rows, ${n(size.searchStories)} more published stories for search, by INSERT … SELECT generate_series (bodies of about ${size.searchBodyWords} words, headline and summary naming generated athletes) with the search vector expression of ArticlesRepository.updateSearchVector, which rewrote ${corpus.verifiedSearchVectors} sampled rows unchanged (${s(corpus.seconds)})`,
    'plus the reference data and demo',
  ].join('; ');
}
