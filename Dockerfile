# syntax=docker/dockerfile:1

# Build stage: better-sqlite3 compiles from source when no prebuilt binary matches the
# platform, so the toolchain lives here and never reaches the runtime image. TypeScript is
# compiled here too (npm ci runs `prepare`, which is `npm run build`), then everything the
# running bot does not need is removed: dev dependencies (tsx), TypeScript (which a plain
# --omit=dev keeps as valibot's optional peer; --omit=optional is no way out, because it would
# also drop resvg's native binary, an optional dependency chosen per platform) and
# better-sqlite3's sources and object files (its .node binary stays), and every Noto Sans weight
# but the two the charts draw with (src/charts/raster.ts) and the world maps finer than the
# 1:110m one (src/charts/world-map.ts): node_modules is about 62 MB.
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY migrations ./migrations
RUN npm ci --no-audit --no-fund \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf node_modules/typescript \
 && cd node_modules/better-sqlite3 \
 && rm -rf deps src build/deps build/Release/obj build/Release/obj.target build/Release/.deps \
    build/Release/sqlite3.a build/Release/test_extension.node \
 && cd /app && rm -f dist/.tsbuildinfo \
 && find node_modules/@expo-google-fonts/noto-sans -name '*.ttf' ! -name NotoSans_400Regular.ttf ! -name NotoSans_700Bold.ttf -delete \
 && find node_modules/world-atlas -name '*.json' ! -name countries-110m.json ! -name package.json -delete \
 && npm cache clean --force

# Runtime stage: production dependencies and the compiled code (dist/: src and migrations, with
# source maps), nothing else; the app files stay root-owned so the process cannot rewrite them.
# MALLOC_ARENA_MAX: as npm start sets it (package.json); one malloc arena for all threads keeps
# Node 24's running bot ~25 MB smaller (README).
FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_PATH=/data/coopwatch.db \
    PORT=8080 \
    MALLOC_ARENA_MAX=1
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
CMD ["node", "--no-parallel-scavenge", "--max-semi-space-size=4", "--no-allocation-site-pretenuring", "--enable-source-maps", "dist/src/main.js"]
