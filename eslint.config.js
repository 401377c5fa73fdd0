// ESLint: typescript-eslint's strict type-checked rules, import cycles refused, formatting left to Prettier.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', '.data/', 'src/generated/', 'bench/results/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
      // import-x skips modules whose extension is not listed (by default .js, .mjs, .cjs): without .ts, no-cycle checked nothing.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // The ground floor: database/ serves the features and the seed, and imports neither.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/database', from: ['./src/modules', './src/seed', './src/cli', './src/graphql', './src/app.factory.ts'] },
          ],
        },
      ],
      // Template literals with numbers are how log lines and SQL identifiers are written here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // NestJS modules are classes with decorators and no members.
      '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }],
      // Code-first GraphQL types (@InputType, @ObjectType) and Nest's option classes are data shapes: the framework builds inputs
      // from JSON and serialises plain objects returned for outputs, so an object literal is the intended way to make one.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // Input classes are plain data with no methods, so spreading one into Prisma data or stored JSON is the intended copy; the
      // rule's only other hit here counts a string's code points on purpose.
      '@typescript-eslint/no-misused-spread': 'off',
    },
  },
  {
    // Tests read GraphQL answers as untyped JSON and assert on their shape; asserting non-null there is the point.
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  // The plain JavaScript files are Node scripts and tool configs.
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: globals.node } },
  prettier,
);
