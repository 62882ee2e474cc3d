// explorer-Stories
// query Stories {
//     challenges(first: 1000) { ...ChallengeFields job { ...JobRef } }
//     incidents(first: 1000) { ...IncidentFields job { ...JobRef } }
//   }
// 
//   fragment ChallengeFields on Challenge { id title resolution line tools { id name } }
// 
//   fragment IncidentFields on Incident { id title failure cause rectification learning line tools { id name } }
// 
//   fragment JobRef on Job { id label title startDate endDate company { id name } }

// params: {"nestedLimit":1000,"key":null,"first":1000}
CALL () {
  MATCH (a:Alias {key: $key})-[:NAMES]->(:Tool)<-[:INVOLVED]-(c:Challenge)
  USING INDEX SEEK a:Alias(key)
  RETURN c
  UNION
  UNWIND CASE WHEN $key IS NULL THEN [true] ELSE [] END AS everything
  MATCH (c:Challenge)
  RETURN c
}
WITH c
ORDER BY c.id
LIMIT $first
RETURN c {`id`: c.id, `title`: c.title, `resolution`: c.resolution, `line`: c.line, `tools`: COLLECT { MATCH (c)-[:INVOLVED]->(t__1:Tool) WITH t__1 ORDER BY t__1.name RETURN t__1 {`id`: t__1.id, `name`: t__1.name} }, `job`: head(COLLECT { MATCH (j__2:Job)-[:FACED]->(c) RETURN j__2 {`id`: j__2.id, `label`: j__2.label, `title`: j__2.title, `startDate`: j__2.startDate, `endDate`: j__2.endDate, `company`: head(COLLECT { MATCH (j__2)-[:AT]->(c__3:Company) RETURN c__3 {`id`: c__3.id, `name`: c__3.name} })} })} AS result

// params: {"nestedLimit":1000,"key":null,"first":1000}
CALL () {
  MATCH (a:Alias {key: $key})-[:NAMES]->(:Tool)<-[:INVOLVED]-(i:Incident)
  USING INDEX SEEK a:Alias(key)
  RETURN i
  UNION
  UNWIND CASE WHEN $key IS NULL THEN [true] ELSE [] END AS everything
  MATCH (i:Incident)
  RETURN i
}
WITH i
ORDER BY i.id
LIMIT $first
RETURN i {`id`: i.id, `title`: coalesce(i.title, 'Production incident'), `failure`: i.failure, `cause`: i.cause, `rectification`: i.rectification, `learning`: i.learning, `line`: i.line, `tools`: COLLECT { MATCH (i)-[:INVOLVED]->(t__1:Tool) WITH t__1 ORDER BY t__1.name RETURN t__1 {`id`: t__1.id, `name`: t__1.name} }, `job`: head(COLLECT { MATCH (j__2:Job)-[:HAD_INCIDENT]->(i) RETURN j__2 {`id`: j__2.id, `label`: j__2.label, `title`: j__2.title, `startDate`: j__2.startDate, `endDate`: j__2.endDate, `company`: head(COLLECT { MATCH (j__2)-[:AT]->(c__3:Company) RETURN c__3 {`id`: c__3.id, `name`: c__3.name} })} })} AS result
