import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import { BadInputError } from '../../src/common/errors/domain-error.js';
import { createValidationPipe } from '../../src/graphql/validation.pipe.js';
// The module graph registers every argument and input class the API validates.
import '../../src/app.module.js';
import { Environment } from '../../src/config/environment.js';
import { CreatePersonInput } from '../../src/modules/people/dto/create-person.input.js';

type Target = new () => object;
/** The part of class-validator's (unexported) metadata record the test reads. */
interface ValidationMetadata {
  name?: string;
  propertyName: string;
  constraints: unknown[];
  /** Set when the rule applies to each element of an array. */
  each?: boolean;
}

/** Every `@Matches` on a class the API validates, as [Class.property, target, property, pattern, each]. */
function patternFields(): Array<[string, Target, string, RegExp, boolean]> {
  const byTarget = (getMetadataStorage() as unknown as { validationMetadatas: Map<Target, ValidationMetadata[]> }).validationMetadatas;
  const rows = new Map<string, [string, Target, string, RegExp, boolean]>();
  for (const [target, metadatas] of byTarget) {
    if (typeof target !== 'function' || target === Environment) continue;
    for (const metadata of metadatas) {
      if (metadata.name !== 'matches') continue;
      const label = `${target.name}.${metadata.propertyName}`;
      rows.set(`${label} ${String(metadata.constraints[0])}`, [
        label,
        target,
        metadata.propertyName,
        metadata.constraints[0] as RegExp,
        metadata.each === true,
      ]);
    }
  }
  return [...rows.values()].sort(([a], [b]) => a.localeCompare(b));
}

/** A value the pattern refuses: spaces fail "not blank", the others fail every code, slug, URL and number format. */
function badValueFor(pattern: RegExp): string {
  const value = ['   ', '!! not valid !!', 'Ω'].find((candidate) => !pattern.test(candidate));
  if (value === undefined) throw new Error(`no bad value found for ${String(pattern)}`);
  return value;
}

async function messagesFor(target: Target, property: string, value: string | string[]): Promise<string[]> {
  const errors = await validate(plainToInstance(target, { [property]: value }));
  return errors.filter((error) => error.property === property).flatMap((error) => Object.values(error.constraints ?? {}));
}

const FIELDS = patternFields();

describe('validation messages', () => {
  it('finds the pattern fields of the API (codes, slugs, languages, URLs, decimals)', () => {
    const labels = FIELDS.map(([label]) => label);
    expect(labels.length).toBeGreaterThanOrEqual(30);
    expect(labels).toEqual(
      expect.arrayContaining([
        'AthleteProfileInput.disciplineCode',
        'CreateEventInput.recurringKey',
        'CreatePersonInput.nocCode',
        'RegisterCompetitorInput.nocCode',
        'ResultDetailInput.value',
        'ResultRowInput.points',
        'CreateArticleInput.headline',
        'QuoteFilter.speaker',
      ]),
    );
  });

  it.each(FIELDS)('%s refuses a bad value with a message for people, with an example', async (_label, target, property, pattern, each) => {
    // A rule on each element is given a list holding the bad value, so only that rule fails.
    const messages = await messagesFor(target, property, each ? [badValueFor(pattern)] : badValueFor(pattern));
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).not.toMatch(/regular expression/i);
      expect(message).not.toContain(pattern.source);
      expect(message).not.toMatch(/\/\^|\$\//);
      expect(message).toMatch(/such as/);
    }
  });

  it.each([
    [
      { displayName: 'Miho Takagi', athlete: { disciplineCode: 'ssk' } },
      'input.athlete.disciplineCode',
      '2 to 8 capital letters or digits, such as SSK',
    ],
    [{ displayName: 'Miho Takagi', nocCode: 'Japan' }, 'input.nocCode', '3 capital letters, such as NED'],
    [{ displayName: 'Miho Takagi', slug: 'Miho Takagi' }, 'input.slug', expect.stringContaining('such as milano-cortina-2026')],
    [{ displayName: '' }, 'input.displayName', 'must be longer than or equal to 1 characters'],
  ])('the pipe names the argument path and drops the repeated property name: %j', async (value, path, message) => {
    const pipe = createValidationPipe();
    const error = await pipe.transform(value, { type: 'body', metatype: CreatePersonInput, data: 'input' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    const issues = (error as BadInputError).details.issues;
    expect(issues).toEqual([{ path, message }]);
    expect((error as BadInputError).message).toEqual(
      typeof message === 'string' ? `${path}: ${message}` : expect.stringMatching(/^input\.slug: /),
    );
  });
});
