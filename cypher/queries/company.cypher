MATCH (n:Company {id: $id})
RETURN #{Company this=n} AS result
