const PROSE = [
  'You will work with product managers and analysts to turn questions into reliable datasets, and you will own them in production.',
  'We care about clear writing: design documents, runbooks and pull requests that a new teammate can follow.',
  'The team ships small changes often, reviews every change, and shares the on-call rotation fairly.',
  'You will mentor engineers, take part in hiring, and help us decide what to build next and what to stop doing.',
];

/**
 * A 5 KB job posting in the usual shape (about the role, duties, requirements, nice to have, benefits) that names
 * tools of the scale's graph (the most used, a typical one and a spread of others) and two it does not hold, so a
 * match exercises every status the graph can give.
 */
export function benchPosting(
  a: { popularTool: { name: string }; midTool: { name: string }; spread: string[] },
  bytes = 5 * 1024,
): string {
  const tools = [a.popularTool.name, a.midTool.name, ...a.spread.slice(0, 14)];
  const must = tools.slice(0, 9);
  const nice = [...tools.slice(9), 'Apache Pulsar', 'Kubernetes'];
  const lines = [
    '# Senior Engineer',
    '',
    '## About the role',
    PROSE[0] as string,
    '',
    "## What you'll do",
    ...must
      .slice(0, 4)
      .map((t) => `- Build and operate services with ${t}, from design to production support.`),
    '',
    '## Requirements',
    ...must.map((t, i) => `- ${i % 3 === 0 ? '5+ years of' : 'Strong experience with'} ${t} in production`),
    '',
    '## Nice to have',
    ...nice.map((t) => `- Familiarity with ${t}`),
    '',
    '## Benefits',
    '- Remote-friendly, with a yearly team week',
    '',
  ];
  let text = lines.join('\n');
  for (let i = 1; Buffer.byteLength(text) < bytes; i++) text += `\n${PROSE[i % PROSE.length]}`;
  return text;
}
