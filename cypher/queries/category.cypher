MATCH (n:Category {id: $id})
RETURN #{Category this=n} AS result
