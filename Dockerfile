# syntax=docker/dockerfile:1

# Build stage: better-sqlite3 compiles from source when no prebuilt binary matches the
# platform, so the toolchain lives here and never reaches the runtime image. TypeScript is
# compiled here too (npm ci runs `prepare`, which is `npm run build`), then everything the
# running bot does not need is removed: dev dependencies (tsx; TypeScript, kept by a plain
# --omit=dev as valibot's optional peer) and better-sqlite3's sources and object files (its
# .node binary stays): node_modules shrinks to ~62 MB (measured 2026-12-02).
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
RUN npm ci --no-audit --no-fund \
 && npm prune --omit=dev --omit=optional --no-audit --no-fund \
 && cd node_modules/better-sqlite3 \
 && rm -rf deps src build/deps build/Release/obj build/Release/obj.target build/Release/.deps \
    build/Release/sqlite3.a build/Release/test_extension.node \
 && cd /app && rm -f dist/.tsbuildinfo \
 && npm cache clean --force

# Runtime stage: production dependencies and the compiled code (dist/: src and migrations, with
# source maps), nothing else; the app files stay root-owned so the process cannot rewrite them.
# NODE_COMPILE_CACHE: Node keeps the compiled modules there, so a restart compiles far less.
FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_PATH=/data/coopwatch.db \
    PORT=8080 \
    NODE_COMPILE_CACHE=/tmp/coopwatch-compile-cache
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json package-lock.json ./
COPY sources.json ./
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# No curl in the slim image: Node's own fetch asks /healthz (database, last poll, outbox).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The command `npm start` runs, without npm in between, so SIGTERM from `docker stop` reaches
# the process that shuts down cleanly.
CMD ["node", "--max-semi-space-size=2", "--enable-source-maps", "dist/src/main.js"]
