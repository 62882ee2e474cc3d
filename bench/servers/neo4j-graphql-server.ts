/**
 * The Neo4j GraphQL Library serving TYPE_DEFS over the bench database, on the same HTTP stack as Skillgraph
 * (express 5 + Apollo Server 5), so the two differ only in how a GraphQL operation becomes Cypher. Run as its own
 * process by the bench; prints "listening <url>" once it accepts requests, and stops on SIGTERM.
 * Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { TYPE_DEFS } from './neo4j-graphql-typedefs.js';

const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('NEO4J_URI is required');
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
const driver = neo4j.driver(
  uri,
  neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
);
await driver.verifyConnectivity({ database });
const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();

const app = express();
const httpServer = createServer(app);
const apollo = new ApolloServer({
  schema,
  csrfPrevention: true,
  plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
});
await apollo.start();
app.use(
  '/graphql',
  express.json({ limit: '100kb' }),
  expressMiddleware(apollo, {
    context: async () => ({ sessionConfig: { database } }),
  }),
);
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const { port } = httpServer.address() as AddressInfo;
console.log(`listening http://127.0.0.1:${port}`);

const stop = async () => {
  await apollo.stop();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
