# syntax=docker/dockerfile:1

# Build stage: better-sqlite3 compiles from source when no prebuilt binary matches the
# platform, so the toolchain lives here and never reaches the runtime image.
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# Runtime stage: production dependencies, the sources and migrations (run by tsx, see the
# house style), nothing else; the app files stay root-owned so the process cannot rewrite them.
FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_PATH=/data/coopwatch.db \
    PORT=8080
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY migrations ./migrations
COPY src ./src
COPY sources.json ./
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# No curl in the slim image: Node's own fetch asks /healthz (database, last poll, outbox).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The same entry point as `npm start` (tsx src/main.ts), without npm and the tsx CLI in
# between, so SIGTERM from `docker stop` reaches the process that shuts down cleanly.
CMD ["node", "--max-semi-space-size=2", "--import", "tsx", "src/main.ts"]
