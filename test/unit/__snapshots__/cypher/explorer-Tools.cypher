// explorer-Tools
// query Tools { tools(first: 1000) { ...ToolSummary } }
// 
//   fragment ToolSummary on Tool { id name aliases category jobCount }

// params: {"nestedLimit":1000,"search":null,"category":null,"minJobs":null,"first":1000}
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
RETURN t {`id`: t.id, `name`: t.name, `aliases`: coalesce(t.aliases, []), `category`: t.category, `jobCount`: COUNT { (t)<-[:USED]-() }} AS result
