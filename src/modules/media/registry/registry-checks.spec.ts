import { DomainError } from '../../../common/errors/domain-error.js';
import { checkAgencyFormat, checkPhotographerFormat, cleanAliases } from './registry-checks.js';

const refusal = (check: () => void) => {
  try {
    check();
  } catch (error) {
    return { code: (error as DomainError).code, details: (error as DomainError).details };
  }
  return null;
};

describe('checkAgencyFormat', () => {
  it.each(['Photo by {photographer}/Getty Images', 'Photo by {photographer}/{agency}', '{agency}', 'AP Photo/{photographer}'])(
    'accepts %j',
    (format) => {
      expect(
        refusal(() => {
          checkAgencyFormat(format, 'input.creditFormat', 'Getty Images');
        }),
      ).toBeNull();
    },
  );

  it.each([
    ['Photo by {photgrapher}/Getty Images', '{photgrapher}', '{photographer}'],
    ['{Agency}', '{Agency}', '{agency}'],
    ['Photo by {photographer/Getty', '{', null],
    ['{credit line}', '{credit line}', null],
  ])('refuses %j naming %j', (format, placeholder, suggestion) => {
    expect(
      refusal(() => {
        checkAgencyFormat(format, 'input.creditFormat', 'Getty Images');
      }),
    ).toEqual({
      code: 'CREDIT_FORMAT_UNKNOWN_PLACEHOLDER',
      details: { field: 'input.creditFormat', placeholder, known: ['{photographer}', '{agency}'], suggestion },
    });
  });

  it('refuses a format that prints nothing without a photographer', () => {
    expect(
      refusal(() => {
        checkAgencyFormat('{photographer}', 'input.creditFormat', 'Getty Images');
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'input.creditFormat' },
    });
  });
});

describe('checkPhotographerFormat', () => {
  it('accepts {agency} alone only for a photographer with an agency', () => {
    expect(
      refusal(() => {
        checkPhotographerFormat('{photographer} for {agency}', 'input.creditFormat', true);
      }),
    ).toBeNull();
    expect(
      refusal(() => {
        checkPhotographerFormat('{photographer} for {agency}', 'input.creditFormat', false);
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(
      refusal(() => {
        checkPhotographerFormat('{photographer}/{agency}', 'input.creditFormat', false);
      }),
    ).toBeNull();
  });
});

describe('cleanAliases', () => {
  it('trims, drops the own name and repeats ignoring case and accents, keeps the order', () => {
    expect(
      cleanAliases([' AP ', 'Associated Press', 'ap', 'The Associated Press', 'Assocíated press', ''], 'The Associated Press'),
    ).toEqual(['AP', 'Associated Press']);
  });
});
