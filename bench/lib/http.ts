import { Agent, request } from 'node:http';

/** One keep-alive connection pool for the bench's sequential requests, like a browser tab's. */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

export interface GraphQLResponse {
  status: number;
  body: string;
}

/** POSTs a GraphQL operation; resolves with the status and the raw body once the whole body has arrived. */
export function postGraphQL(url: string, payload: string): Promise<GraphQLResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** A response counts as an error when it is not 200 or carries GraphQL errors. */
export function graphQLError(response: GraphQLResponse): string | undefined {
  if (response.status !== 200) return `HTTP ${response.status}: ${response.body.slice(0, 300)}`;
  if (response.body.startsWith('{"errors"') || response.body.includes('"errors":[')) {
    return response.body.slice(0, 300);
  }
  return undefined;
}
