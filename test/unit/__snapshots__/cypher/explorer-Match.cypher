// explorer-Match
// query Match($text: String!, $person: ID) {
//     match(text: $text, person: $person) {
//       person { id name }
//       requirements {
//         tool { id name aliases category }
//         priority because status explanation sentence line section written group
//         jobCount lastUsed firstUsed years
//         usages { job { ...MatchJobFields } stance evidence { ...EvidenceFields } }
//         claims { ...EvidenceFields }
//         mentions { job { ...MatchJobFields } stance evidence { ...EvidenceFields } }
//         adjacent { tool { id name category } reason jobs { ...MatchJobFields } }
//       }
//       unrecognised { term line suggestions }
//       summary { must { ...CoverageFields } nice { ...CoverageFields } text }
//       markdown
//     }
//   }
// 
//   fragment MatchJobFields on MatchJob { id label title company startDate endDate }
// 
//   fragment CoverageFields on Coverage { total evidenced claimedOnly adjacent mentioned missing }
// 
//   fragment EvidenceFields on Evidence { text section line source context }
// variables: {"text":"## Requirements\n- Kafka and Spark in production\n- Terraform\n- Kubernetes\n## Nice to have\n- Apache Pulsar\n"}

// params: {"person":null,"tools":["tool:apache-kafka","tool:apache-spark","tool:terraform","tool:kubernetes","tool:apache-pulsar"],"perJob":8}
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
