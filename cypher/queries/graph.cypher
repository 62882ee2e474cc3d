// What the explorer draws: nodes of the requested types, tools used in at least $minJobs jobs (and the categories
// and challenges/incidents that still connect to something shown), optionally one person's part of the graph; the
// heaviest $limit nodes and the edges between them.
// $types: node types ("TOOL", ...); $minJobs: integer (0 = all); $person: person id or null; $category: category id
// (lower-cased "category:..." or a lower-cased name) or null: only that category's tools and category node; $limit.
// One person's graph starts from their jobs (the Person id index, then HELD), and the tools and companies they
// reach become id lists: testing `t.id IN personTools` is a few comparisons, where asking each tool whether a job of
// theirs used it walked every USED edge of Python (26,000 at the L scale) for each tool and each edge drawn.
CALL () {
  OPTIONAL MATCH (:Person {id: $person})-[:HELD]->(j:Job)
  RETURN collect(j) AS personJobs
}
WITH personJobs,
  COLLECT { UNWIND personJobs AS j MATCH (j)-[:USED]->(t:Tool) RETURN DISTINCT t.id } AS personTools,
  COLLECT { UNWIND personJobs AS j MATCH (j)-[:AT]->(c:Company) RETURN DISTINCT c.id } AS personCompanies
CALL (personJobs, personTools, personCompanies) {
  CALL (personJobs, personTools, personCompanies) {
    MATCH (p:Person)
    WHERE 'PERSON' IN $types AND ($person IS NULL OR p.id = $person)
    RETURN p AS n
    UNION ALL
    MATCH (j:Job)
    WHERE 'JOB' IN $types AND $person IS NULL
    RETURN j AS n
    UNION ALL
    UNWIND personJobs AS j
    WITH j WHERE 'JOB' IN $types
    RETURN j AS n
    UNION ALL
    MATCH (c:Company)
    WHERE 'COMPANY' IN $types AND ($person IS NULL OR c.id IN personCompanies)
    RETURN c AS n
    UNION ALL
    MATCH (t:Tool)
    WHERE 'TOOL' IN $types AND t.weight >= $minJobs
      AND ($person IS NULL OR t.id IN personTools)
      AND ($category IS NULL OR EXISTS {
        MATCH (t)-[:IN_CATEGORY]->(c:Category) WHERE c.id = $category OR toLower(c.name) = $category
      })
    RETURN t AS n
    UNION ALL
    MATCH (c:Category)
    WHERE 'CATEGORY' IN $types
      AND ($category IS NULL OR c.id = $category OR toLower(c.name) = $category)
      AND EXISTS {
        MATCH (c)<-[:IN_CATEGORY]-(t:Tool)
        WHERE t.weight >= $minJobs AND ($person IS NULL OR t.id IN personTools)
      }
    RETURN c AS n
    UNION ALL
    MATCH (j:Job)-[:FACED]->(x:Challenge)
    WHERE 'CHALLENGE' IN $types AND $person IS NULL
    RETURN x AS n
    UNION ALL
    UNWIND personJobs AS j
    MATCH (j)-[:FACED]->(x:Challenge)
    WHERE 'CHALLENGE' IN $types
    RETURN x AS n
    UNION ALL
    MATCH (j:Job)-[:HAD_INCIDENT]->(x:Incident)
    WHERE 'INCIDENT' IN $types AND $person IS NULL
    RETURN x AS n
    UNION ALL
    UNWIND personJobs AS j
    MATCH (j)-[:HAD_INCIDENT]->(x:Incident)
    WHERE 'INCIDENT' IN $types
    RETURN x AS n
  }
  WITH n
  ORDER BY coalesce(n.weight, 0) DESC, n.id
  // An aggregation without a grouping key: one row even when nothing matched (an unknown person or category, a
  // minJobs above every tool), so the answer is an empty graph. Grouped by the id lists, as it was, no row came
  // back, and Query.graph, which is non-null, failed with INTERNAL_SERVER_ERROR.
  RETURN collect(n) AS found
}
WITH found, personTools, personCompanies
WITH found[..$limit] AS nodes, size(found) AS total, found[$limit - 1] AS last, personTools, personCompanies
CALL (nodes, total, last, personTools, personCompanies) {
  UNWIND nodes AS a
  MATCH (a)-[r:HELD|AT|USED|IN_CATEGORY|FACED|HAD_INCIDENT|INVOLVED]->(b)
  // b is drawn when the unions above selected it and it ranks within $limit. Testing that directly costs O(1) per
  // edge, where `b IN nodes` scanned the 5,000-node list for each of 40,000 edges (three quarters of the time at M).
  // Edges only leave people, jobs, tools, challenges and incidents, and a category reached from a drawn tool, or a
  // challenge from a drawn job, passes its own union's test by that fact.
  WHERE b.nodeType IN $types
    AND CASE b.nodeType
      WHEN 'TOOL' THEN b.weight >= $minJobs
        AND ($person IS NULL OR b.id IN personTools)
        AND ($category IS NULL OR EXISTS {
          MATCH (b)-[:IN_CATEGORY]->(c:Category) WHERE c.id = $category OR toLower(c.name) = $category
        })
      WHEN 'JOB' THEN $person IS NULL OR b.personId = $person
      WHEN 'COMPANY' THEN $person IS NULL OR b.id IN personCompanies
      WHEN 'CATEGORY' THEN $category IS NULL OR b.id = $category OR toLower(b.name) = $category
      ELSE true
    END
    AND (total <= $limit OR coalesce(b.weight, 0) > coalesce(last.weight, 0)
      OR (coalesce(b.weight, 0) = coalesce(last.weight, 0) AND b.id <= last.id))
  // Sorted, so the same graph always comes back in the same order (the store's relationship order is not stable).
  WITH a, r, b
  ORDER BY a.id, type(r), b.id
  RETURN collect(a.id) AS sources, collect(b.id) AS targets, collect(type(r)) AS types
}
// Columns rather than one map per node and edge: the driver decodes a 40,000-edge graph twice as fast this way, and
// server/graphql/graph-columns.ts turns them back into GraphNode and GraphEdge objects.
RETURN {
  ids: [n IN nodes | n.id],
  nodeTypes: [n IN nodes | n.nodeType],
  labels: [n IN nodes | n.label],
  weights: [n IN nodes | toFloat(n.weight)],
  categories: [n IN nodes | n.category],
  sources: sources,
  targets: targets,
  types: types,
  truncated: total > size(nodes),
  total: total
} AS result
