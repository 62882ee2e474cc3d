// explorer-Facets
// query Facets { people { id name } categories { id name } }

// params: {"nestedLimit":1000,"first":1000}
MATCH (p:Person)
WITH p
ORDER BY p.name
LIMIT $first
RETURN p {`id`: p.id, `name`: p.name} AS result

// params: {"nestedLimit":1000}
MATCH (c:Category)
WITH c
ORDER BY c.name
RETURN c {`id`: c.id, `name`: c.name} AS result
