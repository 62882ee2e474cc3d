// "Where did I use Kafka?" The name is looked up among every lower-cased spelling of every tool (one index seek on
// Alias.key, forced: on a busy test database the planner once chose to scan the whole index); when it is unknown, a
// fuzzy full-text search over tool names offers suggestions instead.
// $key: the lower-cased tool name; $id: the argument when it is a tool id ("tool:apache-kafka"), else null;
// $query: the question as asked; $fuzzy: Lucene fuzzy query ("kafak~"); $person: optional person id; $first: most
// usages returned; $known: the taxonomy's tool for $key ({id, name, aliases, category}) or null, for a name the graph
// does not hold ("k8s" when no job names Kubernetes).
OPTIONAL MATCH (a:Alias {key: $key})-[:NAMES]->(byName:Tool)
USING INDEX SEEK a:Alias(key)
OPTIONAL MATCH (byId:Tool {id: $id})
WITH coalesce(byId, byName) AS t
LIMIT 1
WITH t, CASE
  WHEN t IS NULL AND $fuzzy <> '' THEN COLLECT {
    CALL db.index.fulltext.queryNodes('tool_names', $fuzzy, {limit: 10}) YIELD node, score
    RETURN DISTINCT node.name AS name
    LIMIT 5
  }
  ELSE []
END AS suggestions
RETURN #{WhereUsed tool=t query=$query suggestions=suggestions known=$known person=$person first=$first} AS result
