MATCH (n:Person {id: $id})
RETURN #{Person this=n} AS result
