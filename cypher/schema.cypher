// Constraints and indexes of the Skillgraph model. Every statement is idempotent (IF NOT EXISTS) and statements
// are separated by semicolons at the end of a line; the seeder applies them before every load.

// Unique domain keys: every node is found by its stable id ("tool:apache-kafka", "job:me:1"), never by Neo4j's
// internal id. The uniqueness constraints also give the range indexes that id lookups use.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT job_id IF NOT EXISTS FOR (n:Job) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tool_id IF NOT EXISTS FOR (n:Tool) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT category_id IF NOT EXISTS FOR (n:Category) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT challenge_id IF NOT EXISTS FOR (n:Challenge) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT incident_id IF NOT EXISTS FOR (n:Incident) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT feature_id IF NOT EXISTS FOR (n:Feature) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contribution_id IF NOT EXISTS FOR (n:Contribution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT practice_id IF NOT EXISTS FOR (n:Practice) REQUIRE n.id IS UNIQUE;

// Every node the explorer can show (person, job, company, tool, category, challenge, incident) is also an :Entity,
// so a query given just an id ("tool:python") finds it with one index seek whatever its type.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Every lower-cased spelling of a tool (name and aliases) points at it: whereUsed("confluent kafka") is one index
// seek instead of a scan over tools' alias lists.
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (n:Alias) REQUIRE n.key IS UNIQUE;

// Full-text search over the names of things (tools with their aliases, companies, jobs, challenges, incidents).
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Person|Job|Company|Tool|Category|Challenge|Incident) ON EACH [n.label, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };

// Full-text search over the evidence sentences ("where did I mention partitioning?").
CREATE FULLTEXT INDEX evidence_text IF NOT EXISTS
FOR (n:Evidence) ON EACH [n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };

// Fuzzy suggestions for unknown tool names ("kafak" → Apache Kafka) search tool names and aliases only.
CREATE FULLTEXT INDEX tool_names IF NOT EXISTS
FOR (n:Tool) ON EACH [n.name, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
