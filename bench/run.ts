// Entry point of `npm run bench`. The server runs as the production image runs it
// (Dockerfile: NODE_ENV=production). Libraries read NODE_ENV when they load (graphql-js
// skips its development-only instanceOf checks), so it is set before anything is imported.
process.env.NODE_ENV = 'production';
await import('./main.js');
