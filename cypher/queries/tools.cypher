// Tools, most-used first, optionally by name prefix (full-text over names and aliases), category and minimum jobs.
// $search: Lucene prefix query or null; $category: category id or name, lower-cased, or null; $minJobs; $first.
CALL () {
  CALL db.index.fulltext.queryNodes('tool_names', coalesce($search, 'unused'), {limit: 1000}) YIELD node
  WHERE $search IS NOT NULL
  RETURN node AS t
  UNION
  // Without a search, every tool; this UNWIND yields no row when there is one, so nothing is scanned then.
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
RETURN #{Tool this=t} AS result
