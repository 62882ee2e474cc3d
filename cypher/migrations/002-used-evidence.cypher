// Graphs from before USED carried its evidence: each Job–Tool edge gets the ids of the job's sentences that name the
// tool, which whereUsed reads with index seeks instead of walking the tool's mentions.
MATCH (j:Job)-[u:USED]->(t:Tool)
WHERE u.evidence IS NULL
SET u.evidence = COLLECT { MATCH (j)-[:HAS_EVIDENCE]->(e:Evidence)-[:MENTIONS]->(t) RETURN e.id ORDER BY e.line };
