MATCH (c:Category)
WITH c
ORDER BY c.name
RETURN #{Category this=c} AS result
