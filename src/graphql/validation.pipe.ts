import { ValidationError, ValidationPipe } from '@nestjs/common';
import { BadInputError, FieldIssue } from '../common/errors/domain-error.js';

function flatten(errors: ValidationError[], parent = ''): FieldIssue[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** Strict validation of every argument object: unknown properties are refused, each issue names its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const issues = flatten(errors);
      return new BadInputError(issues.map((i) => `${i.path}: ${i.message}`).join('; ') || 'Invalid input', issues);
    },
  });
}
