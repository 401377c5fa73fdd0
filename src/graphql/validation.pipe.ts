import { type ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { BadInputError, FieldIssue } from '../common/errors/domain-error.js';

/** class-validator's own messages start with the property ("rank must not be less than 1"), which the path already names. */
function withoutProperty(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}

function flatten(errors: ValidationError[], parent = ''): FieldIssue[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message: withoutProperty(message, error.property) }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

function badInput(issues: FieldIssue[]): BadInputError {
  return new BadInputError(issues.map((i) => `${i.path}: ${i.message}`).join('; ') || 'Invalid input', issues);
}

/**
 * Strict validation of every argument object: unknown properties are refused, and each
 * issue names its field by its GraphQL path: "input.rows.3.rank: must not be less than 1".
 */
class ArgumentValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      const argument = metadata.data;
      if (!(error instanceof BadInputError) || !argument) throw error;
      const issues = (error.details.issues as FieldIssue[]).map((issue) => ({ ...issue, path: `${argument}.${issue.path}` }));
      throw badInput(issues);
    }
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ArgumentValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => badInput(flatten(errors)),
  });
}
