/**
 * How each field of the schema is read from the graph, as a Cypher expression. The projection compiler
 * (compile.ts) stitches these into the root field's query, so a whole GraphQL operation is one Cypher query.
 *
 * Notation, replaced by the compiler:
 * - `@name` is a variable: one of the type's context variables (`@this` for node types; `@job`, `@tool` for Usage,
 *   ...) or, when the name is not in the context, a fresh local variable (so nested uses never collide).
 * - `#{Type key=@var ...}` is the projection of the field's sub-selection as `Type`, with the given context.
 * - `$nestedLimit` caps nested lists (documented in the README).
 *
 * Node types not listed here read a property of the same name. Types in OPAQUE are returned whole by the Cypher that
 * produces them (they are small, flat maps) and need no projection.
 */
export const TEMPLATES: Record<string, Record<string, string>> = {
  Person: {
    jobs: 'COLLECT { MATCH (@this)-[:HELD]->(@j:Job) WITH @j ORDER BY @j.ordinal LIMIT $nestedLimit RETURN #{Job this=@j} }',
    skills:
      'COLLECT { MATCH (@this)-[:SKILLED_IN]->(@t:Tool) WITH @t ORDER BY @t.name LIMIT $nestedLimit RETURN #{Tool this=@t} }',
  },
  Job: {
    company: 'head(COLLECT { MATCH (@this)-[:AT]->(@c:Company) RETURN #{Company this=@c} })',
    person: 'head(COLLECT { MATCH (@p:Person)-[:HELD]->(@this) RETURN #{Person this=@p} })',
    team: '[@i IN range(0, size(coalesce(@this.teamRoles, [])) - 1) | {role: @this.teamRoles[@i], count: @this.teamCounts[@i]}]',
    tools:
      'COLLECT { MATCH (@this)-[@u:USED]->(@t:Tool) WITH @t, @u ORDER BY @u.mentions DESC, @t.name LIMIT $nestedLimit RETURN #{Tool this=@t} }',
    challenges:
      'COLLECT { MATCH (@this)-[:FACED]->(@c:Challenge) WITH @c ORDER BY @c.line LIMIT $nestedLimit RETURN #{Challenge this=@c} }',
    incidents:
      'COLLECT { MATCH (@this)-[:HAD_INCIDENT]->(@x:Incident) WITH @x ORDER BY @x.line LIMIT $nestedLimit RETURN #{Incident this=@x} }',
    features:
      'COLLECT { MATCH (@this)-[:BUILT]->(@f:Feature) WITH @f ORDER BY @f.line LIMIT $nestedLimit RETURN #{Feature this=@f} }',
    contributions:
      'COLLECT { MATCH (@this)-[:CONTRIBUTED]->(@c:Contribution) WITH @c ORDER BY @c.line LIMIT $nestedLimit RETURN #{Contribution this=@c} }',
    practices:
      'COLLECT { MATCH (@this)-[:PRACTICED]->(@p:Practice) WITH @p ORDER BY @p.line LIMIT $nestedLimit RETURN #{Practice this=@p} }',
    evidence:
      'COLLECT { MATCH (@this)-[:HAS_EVIDENCE]->(@e:Evidence) WITH @e ORDER BY @e.line LIMIT $nestedLimit RETURN @e {.text, .section, .line, .source, .context} }',
    mentions:
      'COLLECT { MATCH (@this)-[@m:MENTIONED]->(@t:Tool) WITH @t, @m ORDER BY @t.name LIMIT $nestedLimit RETURN #{ToolMention job=@this tool=@t mentioned=@m} }',
  },
  Company: {
    jobs: 'COLLECT { MATCH (@this)<-[:AT]-(@j:Job) WITH @j ORDER BY @j.personId, @j.ordinal LIMIT $nestedLimit RETURN #{Job this=@j} }',
  },
  Category: {
    tools:
      'COLLECT { MATCH (@this)<-[:IN_CATEGORY]-(@t:Tool) WITH @t ORDER BY @t.name LIMIT $nestedLimit RETURN #{Tool this=@t} }',
  },
  Tool: {
    aliases: 'coalesce(@this.aliases, [])',
    // Only jobs have USED relationships, so this is a degree lookup, not an expansion.
    jobCount: 'COUNT { (@this)<-[:USED]-() }',
    jobs: 'COLLECT { MATCH (@this)<-[:USED]-(@j:Job) WITH @j ORDER BY @j.personId, @j.ordinal LIMIT $nestedLimit RETURN #{Job this=@j} }',
    usages:
      'COLLECT { MATCH (@this)<-[@u:USED]-(@j:Job) WITH @j, @u ORDER BY @j.personId, @j.ordinal LIMIT $nestedLimit RETURN #{Usage job=@j tool=@this used=@u} }',
  },
  Challenge: {
    job: 'head(COLLECT { MATCH (@j:Job)-[:FACED]->(@this) RETURN #{Job this=@j} })',
    tools: 'COLLECT { MATCH (@this)-[:INVOLVED]->(@t:Tool) WITH @t ORDER BY @t.name RETURN #{Tool this=@t} }',
  },
  Incident: {
    // Graphs seeded before incidents had titles.
    title: "coalesce(@this.title, 'Production incident')",
    job: 'head(COLLECT { MATCH (@j:Job)-[:HAD_INCIDENT]->(@this) RETURN #{Job this=@j} })',
    tools: 'COLLECT { MATCH (@this)-[:INVOLVED]->(@t:Tool) WITH @t ORDER BY @t.name RETURN #{Tool this=@t} }',
  },
  Feature: {
    tools: 'COLLECT { MATCH (@this)-[:INVOLVED]->(@t:Tool) WITH @t ORDER BY @t.name RETURN #{Tool this=@t} }',
  },
  Contribution: {
    tools: 'COLLECT { MATCH (@this)-[:INVOLVED]->(@t:Tool) WITH @t ORDER BY @t.name RETURN #{Tool this=@t} }',
  },
  Practice: {
    tools: 'COLLECT { MATCH (@this)-[:INVOLVED]->(@t:Tool) WITH @t ORDER BY @t.name RETURN #{Tool this=@t} }',
  },
  // Value types: their context variables are bound by the template or root query that projects them.
  Usage: {
    job: '#{Job this=@job}',
    // USED edges written before stances existed have none: they were usage.
    stance: "toUpper(replace(coalesce(@used.stance, 'used'), '-', '_'))",
    // The edge lists its sentences' ids: index seeks. Walking from the tool's mentions instead cost 11 M db hits for one
    // whereUsed at L.
    evidence:
      'COLLECT { UNWIND coalesce(@used.evidence, []) AS @eid MATCH (@e:Evidence {id: @eid}) WITH @e ORDER BY @e.line RETURN @e {.text, .section, .line, .source, .context} }',
  },
  ToolMention: {
    job: '#{Job this=@job}',
    tool: '#{Tool this=@tool}',
    stance: 'toUpper(@mentioned.stance)',
    evidence:
      'COLLECT { UNWIND coalesce(@mentioned.evidence, []) AS @eid MATCH (@e:Evidence {id: @eid}) WITH @e ORDER BY @e.line RETURN @e {.text, .section, .line, .source, .context} }',
  },
  WhereUsed: {
    query: '@query',
    tool: '#{Tool this=@tool}',
    usages:
      'COLLECT { MATCH (@tool)<-[@u:USED]-(@j:Job) WHERE @person IS NULL OR @j.personId = @person WITH @j, @u ORDER BY @j.personId, @j.ordinal LIMIT @first RETURN #{Usage job=@j tool=@tool used=@u} }',
    mentions:
      'COLLECT { MATCH (@tool)<-[@m:MENTIONED]-(@j:Job) WHERE @person IS NULL OR @j.personId = @person WITH @j, @m ORDER BY @j.personId, @j.ordinal LIMIT @first RETURN #{ToolMention job=@j tool=@tool mentioned=@m} }',
    suggestions: 'CASE WHEN @tool IS NULL AND @known IS NULL THEN @suggestions ELSE [] END',
    // Opaque: the map the resolver looked up in the taxonomy, passed in as a parameter.
    known: 'CASE WHEN @tool IS NULL THEN @known ELSE null END',
  },
  ToolRecurrence: {
    tool: '#{Tool this=@tool}',
    jobCount: '@jobCount',
    // Collected per tool at load time (cypher/seed/99-finish.cypher), already in name order.
    companies:
      'COLLECT { UNWIND coalesce(@tool.companyIds, [])[..$nestedLimit] AS @cid MATCH (@c:Company {id: @cid}) RETURN #{Company this=@c} }',
  },
  CoUsage: {
    tool: '#{Tool this=@tool}',
    sharedJobs: '@sharedJobs',
  },
};

/** Types backed by a node: projected as `var { ... }`, which is null when the variable is null. */
export const NODE_TYPES = new Set([
  'Person',
  'Job',
  'Company',
  'Category',
  'Tool',
  'Challenge',
  'Incident',
  'Feature',
  'Contribution',
  'Practice',
]);

/** Value types projected as map literals from their context variables. */
export const VALUE_TYPES = new Set(['Usage', 'ToolMention', 'WhereUsed', 'ToolRecurrence', 'CoUsage']);

/** Types returned whole by the Cypher that produces them; their fields are read by name. */
export const OPAQUE_TYPES = new Set([
  'Evidence',
  'KnownTool',
  'TeamRole',
  'SearchHit',
  'Graph',
  'GraphNode',
  'GraphEdge',
  'Stats',
  // A match is computed in code from one query's rows (server/match/), not projected.
  'Match',
  'MatchPerson',
  'Requirement',
  'MatchJob',
  'MatchUsage',
  'AdjacentTool',
  'UnrecognisedTerm',
  'Coverage',
  'MatchSummary',
]);
