import { ArgsType, createUnionType, Field, Float, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches } from 'class-validator';
import { PageArgs, PageInfo } from '../../../graphql/pagination/connection.js';
import { Person } from '../../people/models/person.model.js';
import { Article } from '../models/article.model.js';
import { SEARCH_MAX_HITS, SEARCH_QUERY_MAX_LENGTH } from './search-query.js';

/** Search hits carry `__typename` (set by the repository) to pick the member. */
export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'A search hit: a published story or a person.',
  types: () => [Article, Person] as const,
  resolveType: (value: { __typename?: string }) => (value.__typename === 'Person' ? Person : Article),
});

@ObjectType({ description: 'One hit, with its score and, for stories, a snippet of the body.' })
export class SearchResultEdge {
  @Field({ description: 'Opaque position of this hit: pass it as `after` or `before`.' })
  cursor: string;

  @Field(() => SearchResult, { description: 'The story or person found.' })
  node: Article | Person;

  @Field(() => Float, { description: 'Relevance in [0, 1]: text rank for stories, name similarity for people; the list is ordered by it.' })
  score: number;

  @Field(() => String, {
    nullable: true,
    description: 'Stories: HTML-escaped excerpt of the body with the matches in <mark>…</mark>. People: null.',
  })
  highlight: string | null;
}

@ObjectType({ description: 'A page of search hits, best first.' })
export class SearchResultConnection {
  @Field(() => [SearchResultEdge], { description: 'The hits of this page, best first.' })
  edges: SearchResultEdge[];

  @Field(() => PageInfo, { description: 'Cursors and whether more hits come before or after this page.' })
  pageInfo: PageInfo;
}

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field({
    description: `Words to find (1 to ${SEARCH_QUERY_MAX_LENGTH} characters): "quoted phrase", or, -excluded; case and diacritics ignored. Only the best ${SEARCH_MAX_HITS} hits are ranked and paged through.`,
  })
  @IsString()
  query: string;

  @Field(() => String, { nullable: true, description: 'BCP 47 language of the query, for stemming; default en.' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'a BCP 47 language tag, such as en, nl or pt-BR' })
  language?: string;
}
