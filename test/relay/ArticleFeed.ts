// A paginated story list, Relay style: forwards with usePaginationFragment, and both ways.
declare function graphql(strings: TemplateStringsArray): unknown;

export const articleFeedQuery = graphql`
  query ArticleFeedQuery($person: String) {
    ...ArticleFeed_query @arguments(person: $person)
  }
`;

export const articleArchiveQuery = graphql`
  query ArticleFeedArchiveQuery {
    ...ArticleFeed_bothWays
    ...ArticleFeed_people
  }
`;

export const articleFeed = graphql`
  fragment ArticleFeed_query on Query
  @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }, person: { type: "String" })
  @refetchable(queryName: "ArticleFeedPaginationQuery") {
    articles(filter: { person: $person }, first: $count, after: $cursor) @connection(key: "ArticleFeed_articles") {
      edges {
        node {
          ...ArticleFeed_item
        }
      }
    }
  }
`;

export const articleFeedBothWays = graphql`
  fragment ArticleFeed_bothWays on Query
  @argumentDefinitions(
    first: { type: "Int", defaultValue: 10 }
    after: { type: "String" }
    last: { type: "Int" }
    before: { type: "String" }
  )
  @refetchable(queryName: "ArticleFeedBothWaysQuery") {
    articles(first: $first, after: $after, last: $last, before: $before) @connection(key: "ArticleFeed_bothWays_articles") {
      edges {
        node {
          ...ArticleFeed_item
        }
      }
    }
  }
`;

export const articleFeedItem = graphql`
  fragment ArticleFeed_item on Article @refetchable(queryName: "ArticleFeedItemRefetchQuery") {
    slug
    headline
    publishedAt
    leadImage {
      caption
      credit
      asset {
        url
      }
    }
  }
`;

export const peopleSearch = graphql`
  fragment ArticleFeed_people on Query
  @argumentDefinitions(search: { type: "String" }, count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" })
  @refetchable(queryName: "ArticleFeedPeopleQuery") {
    people(search: $search, first: $count, after: $cursor) @connection(key: "ArticleFeed_people") {
      edges {
        node {
          slug
          displayName
        }
      }
    }
  }
`;
