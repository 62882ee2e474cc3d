// explorer-Graph
// query Graph($types: [NodeType!], $minJobs: Int, $person: ID, $limit: Int) {
//     graph(types: $types, minJobs: $minJobs, person: $person, limit: $limit) { ...GraphFields }
//   }
// 
//   fragment GraphFields on Graph {
//     nodes { id type label weight category }
//     edges { id source target type }
//     truncated
//     total
//   }
// variables: {"types":null,"minJobs":null,"person":null,"limit":5000}

// params: {"nestedLimit":1000,"types":["PERSON","JOB","COMPANY","TOOL","CATEGORY","CHALLENGE","INCIDENT"],"minJobs":0,"person":null,"category":null,"limit":5000}
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
  RETURN collect(n) AS found
}
WITH found, personTools, personCompanies
WITH found[..$limit] AS nodes, size(found) AS total, found[$limit - 1] AS last, personTools, personCompanies
CALL (nodes, total, last, personTools, personCompanies) {
  UNWIND nodes AS a
  MATCH (a)-[r:HELD|AT|USED|IN_CATEGORY|FACED|HAD_INCIDENT|INVOLVED]->(b)
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
  WITH a, r, b
  ORDER BY a.id, type(r), b.id
  RETURN collect(a.id) AS sources, collect(b.id) AS targets, collect(type(r)) AS types
}
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
