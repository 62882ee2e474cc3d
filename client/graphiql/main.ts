import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLES } from './examples.js';

type Fetcher = GraphiQLProps['fetcher'];

// Relative to this page, so /graphiql and /graphiql.html both reach the server's /graphql. The content type is what
// Apollo's CSRF prevention asks for.
const endpoint = new URL('graphql', window.location.href).toString();

const fetcher: Fetcher = async (params) => {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
};

const prefilled = new URLSearchParams(window.location.search).get('query');
const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html has no #graphiql');

const props: GraphiQLProps = {
  fetcher,
  defaultTabs: prefilled ? [{ query: prefilled }, ...EXAMPLES] : EXAMPLES,
  defaultEditorToolsVisibility: false,
  ...(prefilled ? { query: prefilled } : {}),
};
createRoot(root).render(createElement(GraphiQL, props));
