# Exchange Desk: one image that runs `desk serve` (Slack, Discord, the staff delivery worker,
# /healthz, /readyz and /metrics) as compiled JavaScript. Build: docker build -t exchange-desk .

# --- build: install with the lockfile (no native addon to compile), compile, check.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# .npmrc carries legacy-peer-deps (the langchain packages' peer ranges); without it npm ci fails.
COPY package.json package-lock.json .npmrc ./
# The sources come next: `prepare` (the build) runs in the step after them.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY evals/runner ./evals/runner
COPY prompts ./prompts
COPY knowledge ./knowledge
RUN npm run build \
 && node dist/src/app/main.js knowledge check \
 && npm prune --omit=dev

# --- runtime: the compiled output, production dependencies only, no compilers, not root.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/app/data \
    KNOWLEDGE_DIR=/app/knowledge \
    PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/prompts ./prompts
COPY --from=build --chown=node:node /app/knowledge ./knowledge
RUN mkdir -p /app/data && chown node:node /app/data
# The office's curated knowledge (edited by staff, drafts written by `desk cases resolve --faq`)
# and the index + embedded store live outside the image.
VOLUME ["/app/knowledge", "/app/data"]
USER node
EXPOSE 3000
# Ready means knowledge and index loaded, store reachable, every configured channel connected.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.METRICS_PORT||process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form: node is PID 1 and gets SIGTERM itself (graceful stop: answers in flight finish).
CMD ["node", "dist/src/app/main.js", "serve"]
