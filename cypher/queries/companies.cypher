MATCH (c:Company)
WITH c
ORDER BY c.weight DESC, c.name
LIMIT $first
RETURN #{Company this=c} AS result
