// Graphs from before tools listed their companies (recurringTools reads Tool.companyIds).
MATCH (t:Tool)
WHERE t.companyIds IS NULL
SET t.companyIds = COLLECT { MATCH (t)<-[:USED]-(:Job)-[:AT]->(c:Company) WITH DISTINCT c ORDER BY c.name RETURN c.id };
