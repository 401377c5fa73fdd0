import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLSchema,
} from 'graphql';
import { buildApiSchema } from '../../src/graphql/schema-printer.js';

const described = (description: string | null | undefined) => !!description?.trim();

/** Every schema element a client reads about that has no description, as `Type`, `Type.field`, `Enum.VALUE` or `Type.field(arg)`. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const checkArgs = (owner: string, args: readonly GraphQLArgument[]) => {
    for (const arg of args) if (!described(arg.description)) missing.push(`${owner}(${arg.name})`);
  };

  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!described(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
        checkArgs(`${type.name}.${field.name}`, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  for (const directive of schema.getDirectives()) checkArgs(`@${directive.name}`, directive.args);
  return missing.sort();
}

describe('schema descriptions', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });

  it('describes every type, field, argument, union, enum and enum value (the schema is the API documentation)', () => {
    const missing = undescribed(schema);
    if (missing.length) throw new Error(`${missing.length} schema elements lack a description:\n  ${missing.join('\n  ')}`);
  });

  it('has unions and enums to check', () => {
    const types = Object.values(schema.getTypeMap()).filter((t) => !isIntrospectionType(t));
    expect(types.some(isUnionType)).toBe(true);
    expect(types.some(isEnumType)).toBe(true);
  });
});
