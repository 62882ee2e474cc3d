// docs-api-03-tools
// {
//   tools(search: "spark", first: 3) { id name category jobCount }
// }

// params: {"nestedLimit":1000,"search":"spark*","category":null,"minJobs":null,"first":3}
CALL () {
  CALL db.index.fulltext.queryNodes('tool_names', coalesce($search, 'unused'), {limit: 1000}) YIELD node
  WHERE $search IS NOT NULL
  RETURN node AS t
  UNION
  UNWIND CASE WHEN $search IS NULL THEN [true] ELSE [] END AS everything
  MATCH (t:Tool)
  RETURN t
}
WITH t
WHERE ($minJobs IS NULL OR t.weight >= $minJobs)
  AND ($category IS NULL OR EXISTS {
    MATCH (t)-[:IN_CATEGORY]->(c:Category)
    WHERE c.id = $category OR c.id = 'category:' + $category OR toLower(c.name) = $category
  })
WITH t
ORDER BY t.weight DESC, t.name
LIMIT $first
RETURN t {`id`: t.id, `name`: t.name, `category`: t.category, `jobCount`: COUNT { (t)<-[:USED]-() }} AS result
