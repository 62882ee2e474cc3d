// The graph half of matching a job posting: one person's whole tool profile in one round trip. Which of those tools
// answer which requirement, and how well, is decided in code (server/match/), so this query only reads.
// $person: a person id, or null for "the only person"; $tools: the posting's tool ids ("tool:apache-kafka"), whose
// evidence sentences are returned (every other tool comes without, for adjacency); $perJob: most sentences per job.
CALL () {
  MATCH (p:Person)
  WHERE $person IS NULL OR p.id = $person
  WITH p ORDER BY p.id
  LIMIT 11
  RETURN collect(p {.id, .name}) AS people
}
OPTIONAL MATCH (p:Person {id: CASE WHEN size(people) = 1 THEN people[0].id ELSE null END})
RETURN people,
  CASE WHEN p IS NULL THEN null ELSE {
    jobs: COLLECT {
      MATCH (p)-[:HELD]->(j:Job)
      OPTIONAL MATCH (j)-[:AT]->(c:Company)
      RETURN j {.id, .label, .title, .startDate, .endDate, .ordinal, company: c.name}
      ORDER BY j.ordinal
    },
    used: COLLECT {
      MATCH (p)-[:HELD]->(j:Job)-[u:USED]->(t:Tool)
      OPTIONAL MATCH (t)-[:IN_CATEGORY]->(cat:Category)
      RETURN {
        job: j.id, tool: t.id, name: t.name, vendor: t.vendor, category: cat.id, stance: u.stance,
        evidence: CASE WHEN t.id IN $tools THEN COLLECT {
          UNWIND coalesce(u.evidence, []) AS eid
          MATCH (e:Evidence {id: eid})
          RETURN e {.text, .section, .line, .source, .context}
          ORDER BY e.line
          LIMIT $perJob
        } ELSE [] END
      }
    },
    mentioned: COLLECT {
      MATCH (p)-[:HELD]->(j:Job)-[m:MENTIONED]->(t:Tool)
      WHERE t.id IN $tools
      RETURN {
        job: j.id, tool: t.id, stance: m.stance,
        evidence: COLLECT {
          UNWIND coalesce(m.evidence, []) AS eid
          MATCH (e:Evidence {id: eid})
          RETURN e {.text, .section, .line, .source, .context}
          ORDER BY e.line
          LIMIT 2
        }
      }
    },
    claimed: COLLECT {
      MATCH (p)-[:SKILLED_IN]->(t:Tool)
      RETURN {
        tool: t.id,
        evidence: CASE WHEN t.id IN $tools THEN COLLECT {
          MATCH (p)-[:HAS_EVIDENCE]->(e:Evidence)-[:MENTIONS]->(t)
          RETURN e {.text, .section, .line, .source, .context}
          ORDER BY e.line
          LIMIT 2
        } ELSE [] END
      }
    }
  } END AS profile
