// Brings a graph written by an older Skillgraph up to the current model; a no-op on a current graph. Applied with
// the schema before every load and when the server starts. Statements end with a semicolon at a line end.

// Graphs from before :Entity existed: every node the explorer shows gets the label (its unique id constraint is in
// schema.cypher).
MATCH (n)
WHERE (n:Person OR n:Job OR n:Company OR n:Tool OR n:Category OR n:Challenge OR n:Incident) AND NOT n:Entity
SET n:Entity;
