// Graphs from before :Entity existed: every node the explorer shows gets the label (its unique id constraint is in
// schema.cypher). One label at a time, so each is a label scan rather than a scan of every node.
MATCH (n:Person) WHERE NOT n:Entity SET n:Entity;
MATCH (n:Job) WHERE NOT n:Entity SET n:Entity;
MATCH (n:Company) WHERE NOT n:Entity SET n:Entity;
MATCH (n:Tool) WHERE NOT n:Entity SET n:Entity;
MATCH (n:Category) WHERE NOT n:Entity SET n:Entity;
MATCH (n:Challenge) WHERE NOT n:Entity SET n:Entity;
MATCH (n:Incident) WHERE NOT n:Entity SET n:Entity;
