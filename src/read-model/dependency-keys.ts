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

/**
 * A unit's results as a whole: a results save changes the rows (and the unit's version) but not
 * the unit's card, so a story that names the unit in a quote is not rebuilt for a correction;
 * pages that show the rows (the unit's, its event's) or a result of them depend on this key.
 */
export const unitResultsKey = (unitId: string): DependencyKey => `UnitResults:${unitId}`;

/**
 * The list of an event's phases and units: a new phase or unit changes it without changing
 * anything an event page showed. (A change to one of them is its own key.)
 */
export const eventPartsKey = (eventId: string): DependencyKey => `EventParts:${eventId}`;

/**
 * The editions of a recurring event (its `recurringKey` across competitions): a new edition, or
 * a competition moved in time, changes which is an event's previous edition.
 */
export const editionsKey = (recurringKey: string): DependencyKey => `Editions:${recurringKey}`;

/** Every list of published stories (`articles(filter)`): any publication changes it. */
export const STORY_LISTS_KEY: DependencyKey = 'Stories';

/** Invalidation keys are checked against every page's dependencies; keep them bounded. */
export const MAX_KEYS_PER_CHANGE = 2_000;

/**
 * A phase's league table, standings and knockout ties: they change with a result of any unit of
 * the phase, a point deduction or the stored standings, without the phase itself changing.
 */
export const phaseTableKey = (phaseId: string): DependencyKey => `PhaseTable:${phaseId}`;
