MATCH (n:Challenge {id: $id})
RETURN #{Challenge this=n} AS result
