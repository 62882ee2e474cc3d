// The API's types, generated from server/schema.graphql by `npm run codegen`. Server and explorer import them from
// here, so the generated file can move without either side noticing.
export type * from './generated/graphql.js';
