MATCH (j:Job {id: $id})
RETURN #{Job this=j} AS result
