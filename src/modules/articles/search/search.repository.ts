import { Injectable } from '@nestjs/common';
import { Prisma } from '../../../generated/prisma/client.js';
import type { Noc, Person } from '../../../generated/prisma/client.js';
import { PUBLIC_STORIES, publicStoryColumns } from '../../../auth/story-visibility.js';
import { PrismaService } from '../../../database/prisma.service.js';
import { KeysetOrder, type KeysetPage } from '../../../graphql/pagination/keyset.js';
import type { ArticleRow } from '../reading/articles-list.sql.js';
import { escapeLike, SEARCH_MAX_HITS, type SearchQuery } from './search-query.js';

/** A hit and its place in the ranking, from 1 (best). */
export type SearchHit = { position: number } & (
  | { kind: 'Article'; score: number; highlight: string | null; node: ArticleRow & { __typename: 'Article' } }
  | { kind: 'Person'; score: number; highlight: null; node: Person & { __typename: 'Person' }; noc: Noc | null }
);

/** Hits best first: the ranking is computed per request, so a hit's cursor is its place in it. */
export const BEST_HITS = new KeysetOrder<SearchHit>([{ field: 'position', column: '"hitPosition"', type: 'int', direction: 'asc' }]);

export interface SearchPageQuery {
  query: SearchQuery;
  /** Text search configuration of the query's language (see searchConfigFor). */
  config: string;
  page: KeysetPage<SearchHit>;
}

// ts_rank_cd weights in the order D, C, B, A: headline (A) > summary (B) > body (C).
const WEIGHTS = '{0.05, 0.2, 0.5, 1.0}';
// 32 maps a rank r to r / (r + 1), into [0, 1) like similarity(), so the two lists merge on one scale.
const RANK_NORMALIZATION = 32;
// Ranking reads every matching vector: a word in half the archive would rank 50,000 rows per
// request. The newest matches are ranked instead, which suits news; rarer terms are unaffected.
const RANKED_CANDIDATES = 100;
/** A body up to this long is given to ts_headline whole (see passages). */
const SNIPPET_WHOLE_BODY_CHARS = 2000;
/** A longer body's snippet is cut from at most this many of its paragraphs. */
const SNIPPET_PARAGRAPHS = 2;
const HEADLINE_OPTIONS = 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "';

type Row = { kind: 'Article' | 'Person'; score: number; highlight: string | null; hitPosition: number } & Record<string, unknown>;

@Injectable()
export class SearchRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Stories and people in one statement: both halves are ranked, merged by score and numbered,
   * cut to the page, and only then are the snippets made and the rows joined, so deep pages
   * and long bodies cost one ts_headline per hit shown. A person comes with their NOC, which
   * a hit shows beside the name.
   */
  async findPage({ query, config, page }: SearchPageQuery): Promise<SearchHit[]> {
    const text = query.text;
    // The vectors were built from unaccented text; the query is folded the same way. The
    // language's stemmer finds inflected words; 'simple' keeps names the stemmer would change,
    // and matches stories whose own language stems differently.
    const tsquery = Prisma.sql`(websearch_to_tsquery(${config}::regconfig, podium_unaccent(${text}))
      || websearch_to_tsquery('simple'::regconfig, podium_unaccent(${text})))`;
    const name = query.name ?? '';
    const rows = await this.prisma.queryPrepared<Row>(Prisma.sql`
      WITH hits AS (
        SELECT 'Article'::text AS kind, c.id, ts_rank_cd(${WEIGHTS}::float4[], c."searchVector", ${tsquery}, ${RANK_NORMALIZATION}::int) AS score
        FROM (
          SELECT s."articleId" AS id, s."searchVector" FROM "PublicationSearch" s
          WHERE s."searchVector" @@ ${tsquery}
          ORDER BY s."publishedAt" DESC LIMIT ${RANKED_CANDIDATES}
        ) c
        UNION ALL
        SELECT 'Person'::text, p.id, similarity(podium_unaccent(lower(p."displayName")), podium_unaccent(lower(${name})))
        FROM "Person" p
        WHERE ${query.name !== null}::boolean
          AND podium_unaccent(lower(p."displayName")) LIKE '%' || podium_unaccent(lower(${escapeLike(name)})) || '%'
      ),
      ranked AS (
        SELECT hits.*, row_number() OVER (ORDER BY score DESC, kind, id)::int AS "hitPosition"
        FROM hits ORDER BY score DESC, kind, id LIMIT ${SEARCH_MAX_HITS}
      ),
      page AS (SELECT * FROM ranked WHERE ${page.sqlWhere()} ORDER BY ${page.sqlOrderBy()} LIMIT ${page.take})
      SELECT page.kind, page.score::float8 AS score, page."hitPosition",
        CASE WHEN page.kind = 'Article' THEN ${this.headline(config, text, tsquery)} END AS highlight,
        ${publicStoryColumns('a', 'a_')},
        p.id AS "p_id", p.slug AS "p_slug", p."givenName" AS "p_givenName", p."familyName" AS "p_familyName",
        p."displayName" AS "p_displayName", p."nameOrder" AS "p_nameOrder", p."birthDate" AS "p_birthDate", p.gender AS "p_gender",
        p."nocCode" AS "p_nocCode", p.description AS "p_description", p.version AS "p_version", p.aliases AS "p_aliases",
        p."createdAt" AS "p_createdAt", p."updatedAt" AS "p_updatedAt",
        n.code AS "n_code", n.name AS "n_name", n."isoAlpha2" AS "n_isoAlpha2", n."isoAlpha3" AS "n_isoAlpha3", n.kind AS "n_kind"
      FROM page
      LEFT JOIN ${PUBLIC_STORIES} a ON page.kind = 'Article' AND a."articleId" = page.id
      LEFT JOIN "PublicationSearch" s ON page.kind = 'Article' AND s."articleId" = page.id
      LEFT JOIN "Person" p ON page.kind = 'Person' AND p.id = page.id
      LEFT JOIN "Noc" n ON n.code = p."nocCode"
      ORDER BY ${page.sqlOrderBy()}`);
    return rows.map(toHit);
  }

  /**
   * A snippet of the body, HTML-escaped, with the matches marked. The query was folded, the
   * body shown is not: the body's own accented words whose folded form the query has
   * ("Ødegaard" for "odegaard"), kept with its search vector, are added to the query used for
   * marking.
   */
  private headline(config: string, text: string, tsquery: Prisma.Sql): Prisma.Sql {
    const queryWords = Prisma.sql`tsvector_to_array(to_tsvector(${config}::regconfig, podium_unaccent(${text}))
      || to_tsvector('simple'::regconfig, podium_unaccent(${text})))`;
    const shown = this.passages(queryWords);
    const escaped = Prisma.sql`replace(replace(replace(${shown}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
    const accented = Prisma.sql`coalesce((
        SELECT websearch_to_tsquery('simple'::regconfig, string_agg(w, ' or '))
        FROM unnest(s."accentedWords") AS w
        WHERE podium_unaccent(w) = ANY (${queryWords})
      ), ''::tsquery)`;
    return Prisma.sql`nullif(ts_headline(${config}::regconfig, ${escaped}, ${tsquery} || ${accented}, ${HEADLINE_OPTIONS}), '')`;
  }

  /**
   * The text a snippet is cut from. ts_headline parses and stems all the text it is given:
   * 20 stories of 1,000 words took 20–35 ms, against 3 ms for 150 words. A body longer than
   * SNIPPET_WHOLE_BODY_CHARS gives only the paragraphs that hold the most of the query's words
   * (its folded words and their stems, found as substrings, which a stemmed form usually is), at
   * most SNIPPET_PARAGRAPHS, in body order; the whole body when no paragraph holds any.
   */
  private passages(queryWords: Prisma.Sql): Prisma.Sql {
    return Prisma.sql`CASE WHEN length(a."bodyText") <= ${SNIPPET_WHOLE_BODY_CHARS} THEN a."bodyText" ELSE coalesce((
        SELECT string_agg(best.line, chr(10) ORDER BY best.n)
        FROM (
          SELECT l.line, l.n
          FROM unnest(string_to_array(a."bodyText", chr(10)), string_to_array(podium_unaccent(lower(a."bodyText")), chr(10)))
            WITH ORDINALITY AS l(line, folded, n)
          CROSS JOIN LATERAL (SELECT count(DISTINCT w) AS words FROM unnest(${queryWords}) AS w WHERE strpos(l.folded, w) > 0) found
          WHERE found.words > 0
          ORDER BY found.words DESC, l.n LIMIT ${SNIPPET_PARAGRAPHS}
        ) best
      ), a."bodyText") END`;
  }
}

function toHit(row: Row): SearchHit {
  if (row.kind === 'Person')
    return {
      position: row.hitPosition,
      kind: 'Person',
      score: row.score,
      highlight: null,
      node: { ...columns(row, 'p_'), __typename: 'Person' } as Person & { __typename: 'Person' },
      noc: row.n_code === null ? null : (columns(row, 'n_') as unknown as Noc),
    };
  return {
    position: row.hitPosition,
    kind: 'Article',
    score: row.score,
    highlight: row.highlight,
    node: { ...columns(row, 'a_'), __typename: 'Article' } as ArticleRow & { __typename: 'Article' },
  };
}

function columns(row: Record<string, unknown>, prefix: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), value]),
  );
}
