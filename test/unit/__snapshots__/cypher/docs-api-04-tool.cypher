// docs-api-04-tool
// {
//   tool(name: "PySpark") { id name vendor jobCount jobs { label } }
// }

// params: {"nestedLimit":1000,"id":null,"key":"pyspark"}
CALL () {
  MATCH (t:Tool {id: $id})
  RETURN t
  UNION
  MATCH (a:Alias {key: $key})-[:NAMES]->(t:Tool)
  USING INDEX SEEK a:Alias(key)
  RETURN t
}
WITH t
LIMIT 1
RETURN t {`id`: t.id, `name`: t.name, `vendor`: t.vendor, `jobCount`: COUNT { (t)<-[:USED]-() }, `jobs`: COLLECT { MATCH (t)<-[:USED]-(j__1:Job) WITH j__1 ORDER BY j__1.personId, j__1.ordinal LIMIT $nestedLimit RETURN j__1 {`label`: j__1.label} }} AS result
