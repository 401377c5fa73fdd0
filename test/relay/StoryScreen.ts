// Relay-style documents of a story page, compiled with relay-compiler by test/unit/relay-compiler.spec.ts.
// relay-compiler reads the graphql tags; nothing imports this file.
declare function graphql(strings: TemplateStringsArray): unknown;

export const storyScreenQuery = graphql`
  query StoryScreenQuery($slug: String!) {
    article(slug: $slug) {
      ...StoryScreen_article
    }
  }
`;

export const storyScreenArticle = graphql`
  fragment StoryScreen_article on Article @refetchable(queryName: "StoryScreenArticleRefetchQuery") {
    headline
    summary
    publishedAt
    authors {
      role
      person {
        ...StoryScreen_person
      }
    }
    body {
      __typename
      ...StoryScreen_paragraph @alias
      ... on ResultsTableBlock {
        unit {
          ...StoryScreen_unit
        }
      }
      ... on QuoteBlock {
        quote {
          text
          speaker {
            __typename
            ... on Person {
              ...StoryScreen_person @alias
            }
          }
        }
      }
    }
  }
`;

export const storyScreenParagraph = graphql`
  fragment StoryScreen_paragraph on ParagraphBlock @refetchable(queryName: "StoryScreenParagraphRefetchQuery") {
    text
    position
    mentions {
      start
      end
      target {
        __typename
        ... on Node {
          id
        }
        ... on Person {
          displayName
        }
      }
    }
  }
`;

export const storyScreenPerson = graphql`
  fragment StoryScreen_person on Person @refetchable(queryName: "StoryScreenPersonRefetchQuery") {
    slug
    displayName
    noc {
      code
    }
  }
`;

export const storyScreenUnit = graphql`
  fragment StoryScreen_unit on Unit @refetchable(queryName: "StoryScreenUnitRefetchQuery") {
    name
    resultStatus
    results {
      rank
      displayValue
      behind
      competitor {
        displayName
      }
    }
  }
`;
