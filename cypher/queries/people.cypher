MATCH (p:Person)
WITH p
ORDER BY p.name
LIMIT $first
RETURN #{Person this=p} AS result
