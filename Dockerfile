# The Skillgraph app for docker-compose.yml. It talks to the neo4j service (NEO4J_URI), so it needs no Java.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# The prepare script builds, and needs the sources: install without scripts first, build after copying.
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build && npm prune --omit=dev
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["node", "bin/skillgraph.js", "serve"]
