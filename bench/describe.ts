import type { DataSize } from './generate.js';
import type { PreparedData } from './prepare-data.js';
import { mib } from './report.js';

const n = (value: number) => value.toLocaleString('en-US');
const s = (seconds: number | undefined) => `${(seconds ?? Number.NaN).toFixed(0)} s`;

/** The generated data, in one sentence for the report. */
export function describeData(size: DataSize, data: PreparedData): string {
  return [
    `${n(size.events)} generated events (1 unit of ${size.resultsPerUnit} timed results each, ${n(data.results)} result rows) in ${n(data.competitions)} competitions`,
    `${n(size.people)} generated people`,
    `${n(size.stories)} published stories for the story page, each with its own event (a unit of 5 results), 5 linked athletes (links and paragraph mentions), 4 quotes by them, 3 photos (caption, alt text, agency, photographer, 2 people shown) and a byline, written as 12 blocks (4 paragraphs, 1 results table, 4 quotes, 3 images); material by createMany, the stories by ArticlesService.create + publish, the code the API runs (${s(data.timings.stories)})`,
    `${n(size.searchStories)} more published stories for search, by INSERT … SELECT generate_series (bodies of about ${size.searchBodyWords} words, headline and summary naming generated athletes) with the search vector expression of ArticlesRepository.updateSearchVector, which rewrote ${data.verifiedSearchVectors} sampled rows unchanged (${s(data.timings.searchCorpus)})`,
    'plus the reference data and demo',
  ].join('; ');
}

/** Both instances live in one process, so resident memory is one figure for the two. */
export function describeMemory(rss: { oneServer: number; bothServers: number; after: number }): string {
  return `Resident memory (RSS) of the benchmark process, which holds both instances (one figure for the two; the load generator and data preparation run in child processes): ${mib(rss.after)} after the run; ${mib(rss.bothServers)} when both started serving, ${mib(rss.oneServer)} with the uncached instance alone`;
}
