// docs-api-02-whereUsed
// {
//   whereUsed(tool: "kafak") { tool { id } usages { job { id } } suggestions }
// }

// params: {"nestedLimit":1000,"key":"kafak","id":null,"query":"kafak","fuzzy":"kafak~","known":null,"person":null,"first":500}
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
RETURN {`tool`: t {`id`: t.id}, `usages`: COLLECT { MATCH (t)<-[u__1:USED]-(j__2:Job) WHERE $person IS NULL OR j__2.personId = $person WITH j__2, u__1 ORDER BY j__2.personId, j__2.ordinal LIMIT $first RETURN {`job`: j__2 {`id`: j__2.id}} }, `suggestions`: CASE WHEN t IS NULL AND $known IS NULL THEN suggestions ELSE [] END} AS result
