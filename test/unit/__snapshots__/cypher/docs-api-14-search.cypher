// docs-api-14-search
// {
//   search(text: "Intune", first: 5) { id type label snippet }
// }

// params: {"nestedLimit":1000,"query":"(intune^2 OR intune*)","first":5}
CALL () {
  CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $first}) YIELD node, score
  RETURN node.id AS id, node.nodeType AS type, node.label AS label, null AS snippet, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('evidence_text', $query, {limit: $first}) YIELD node, score
  MATCH (owner)-[:HAS_EVIDENCE]->(node)
  RETURN owner.id AS id, owner.nodeType AS type, owner.label AS label, node.text AS snippet, score
}
WITH id, type, label, snippet, score
ORDER BY score DESC, id, snippet
LIMIT $first
RETURN {id: id, type: type, label: label, snippet: snippet, score: score} AS result
