/**
 * What a public page depends on, and what a write changes, named the same way: "Type:key"
 * with the GraphQL type name and the entity's own key (a uuid; a NOC's code).
 */
export type DependencyKey = string;

export const entityKey = (type: string, key: string): DependencyKey => `${type}:${key}`;

/**
 * The list of published stories about an entity (a person's latest stories, the usages of a
 * quote), by the reference index's target type (PERSON, EVENT, QUOTE…): it changes when a
 * story that references the entity is published or taken down, without the entity changing.
 */
export const storiesAboutKey = (targetType: string, key: string): DependencyKey => `StoriesAbout:${targetType}:${key}`;

/** Every list of published stories (`articles(filter)`): any publication changes it. */
export const STORY_LISTS_KEY: DependencyKey = 'Stories';

/** Invalidation keys are checked against every page's dependencies; keep them bounded. */
export const MAX_KEYS_PER_CHANGE = 2_000;
