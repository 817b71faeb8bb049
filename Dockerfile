# syntax=docker/dockerfile:1
# Nettverksboten: build with the Node 24 that package.json pins (the `node` devDependency, from
# npm), run the compiled dist/ on Node 24 with production dependencies only, as a non-root user.
#
#   docker build -t nettverksboten .
#   docker run -p 3978:3978 -e MicrosoftAppId=… -e MicrosoftAppPassword=… -e MicrosoftAppTenantId=… \
#     -e DATABASE_URL=postgres://… -e PUBLIC_BASE_URL=https://… nettverksboten
#
# Migrations run at start (MIGRATE_ON_START=true, under an advisory lock, so several instances
# starting together apply them once); to run them as a separate step:
#   docker run --rm -e DATABASE_URL=postgres://… nettverksboten node dist/src/store/postgres/migrate-cli.js

ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /build
COPY package.json package-lock.json ./
# Every dependency, dev included: the pinned node@24 binary, tsc and esbuild build dist/.
RUN npm ci --no-audit --no-fund
COPY . .
# `npm run` puts node_modules/.bin first on PATH, so the build runs on the pinned Node 24.
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3978 \
    HOST=0.0.0.0 \
    DATABASE_URL=sqlite:/app/data/nettverksboten.db
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only; npm's cache is not kept in the image.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /build/dist ./dist
# The SQLite default writes here (mount a volume); on PostgreSQL nothing is written locally.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3978
# /readyz answers 200 once the store answers and the server takes traffic, 503 while it drains.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The launcher runs dist/bot/main.js with the measured memory flags and passes SIGTERM on, so a
# stop hands unsent jobs back to the database for the other instances.
CMD ["node", "dist/bot/launch.js"]
