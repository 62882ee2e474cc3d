MATCH (n:Incident {id: $id})
RETURN #{Incident this=n} AS result
