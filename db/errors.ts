/** Why no database could be provided; the message is meant to be printed as is. */
export class DatabaseSetupError extends Error {
  override readonly name = 'DatabaseSetupError';
}

/** The three ways to get a database, printed whenever Skillgraph cannot provide one by itself. */
export const WAYS_TO_GET_A_DATABASE = [
  'Skillgraph needs a Neo4j 5 database. Any one of these works:',
  '  1. Install Java 17 (or 21) and Maven; Skillgraph then downloads Neo4j Community from Maven Central and runs it',
  '     for you (data under $SKILLGRAPH_HOME, default ~/.skillgraph).',
  '  2. With Docker: `docker compose up` starts Neo4j 5.26 and Skillgraph together (see docker-compose.yml).',
  '  3. Point at a server you already have: NEO4J_URI=neo4j://host:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=... ',
  '     (Aura, a cluster or a local Neo4j Desktop database all work).',
].join('\n');
