import { getNamedType, getNullableType, isListType, isObjectType, isScalarType, isEnumType, type GraphQLSchema } from 'graphql';
import { buildApiSchema } from '../../src/graphql/schema-printer.js';
import { declaredListBound } from '../../src/graphql/limits/query-cost.js';

// The query cost counts a plain list at its declared bound (`complexity` on its @Field /
// @ResolveField); a list without one would be counted at a guessed default instead.
describe('every plain list of objects declares its bound for the query cost', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });

  it('has a complexity bound on each list field that takes no first, last or ids', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Connection')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type))) continue;
        const item = getNamedType(field.type);
        if (isScalarType(item) || isEnumType(item)) continue;
        if (field.args.some((arg) => ['first', 'last', 'ids'].includes(arg.name))) continue;
        if (declaredListBound(field) === undefined) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
