# InvokeDeck: built once here, started without building (npm start -- --no-build).
#   docker build -t invokedeck .
#   docker run --init -p 3000:3000 -v invokedeck-data:/app/data invokedeck
# README.md, "Running in containers", has the rest (PostgreSQL, live mode, a proxy with TLS).

# ── deps: every package, with the toolchain better-sqlite3 compiles with ──
FROM node:20-bookworm-slim AS deps
WORKDIR /app
# better-sqlite3 compiles from source when its prebuilt download is not reachable.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# ── build: the production build, then the dev dependencies dropped ──
FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npx next build \
  && rm -rf .next/cache \
  && npm prune --omit=dev --no-audit --no-fund

# ── run: the build, production packages and the server-side TypeScript the launcher runs (tsx) ──
FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOST=0.0.0.0 PORT=3000 DATA_DIR=/app/data
COPY --from=build /app/package.json /app/package-lock.json /app/next.config.js /app/tsconfig.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/public ./public
# lib/: the launcher (lib/runtime), migrations, the first admin, the built-in ECS sandbox.
COPY --from=build /app/lib ./lib
# Next writes its runtime caches under .next: the one folder besides data/ the server may write.
COPY --from=build --chown=node:node /app/.next ./.next
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME /app/data
EXPOSE 3000
# Liveness only: a database or ECS outage must not get a healthy process restarted
# (orchestrators probe /api/health/ready for that).
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# --silent: npm adds no lines of its own, so every line on stdout and stderr is the server's JSON.
CMD ["npm", "start", "--silent", "--", "--no-build"]
