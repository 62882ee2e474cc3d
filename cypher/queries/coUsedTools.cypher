// Tools used in the same jobs as the given one, ranked by the number of shared jobs. $key: lower-cased name; $first.
MATCH (a:Alias {key: $key})-[:NAMES]->(t:Tool)
USING INDEX SEEK a:Alias(key)
WITH t
LIMIT 1
MATCH (t)<-[:USED]-(j:Job)-[:USED]->(other:Tool)
WITH other, count(DISTINCT j) AS sharedJobs
ORDER BY sharedJobs DESC, other.name
LIMIT $first
RETURN #{CoUsage tool=other sharedJobs=sharedJobs} AS result
