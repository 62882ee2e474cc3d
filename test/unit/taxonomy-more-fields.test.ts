import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';

/**
 * The fields of 30-more-fields.yaml (pharmacovigilance and regulatory affairs, retail merchandising, logistics,
 * hospital systems, music notation, PR and events, property and facilities, legal practice) are full of names that are
 * ordinary words, people and myths: Argus, Finale, Sibelius, Capsule, Clio, Buffer, Meltwater, Waves, MRI. Each is
 * judged by its sentence; for every one a sentence where the tool is meant and a sentence from its other sense.
 */
const matcher = new ToolMatcher(loadTaxonomy());
const ids = (sentence: string) => matcher.matchSentence(sentence).map((m) => m.toolId);

describe('more fields: ambiguous names, judged by their sentence', () => {
  it.each([
    ['Processed ICSRs in Argus and coded the events in MedDRA.', 'oracle-argus-safety'],
    ['Processed ICSRs in Argus and coded the events in MedDRA.', 'meddra'],
    ['Migrated case processing from Argus to Veeva Vault Safety.', 'oracle-argus-safety'],
    ['Migrated case processing from Argus to Veeva Vault Safety.', 'veeva-vault'],
    ['Ran the quarterly signal detection in Empirica.', 'oracle-empirica'],
    ['Sent the ICSRs to EudraVigilance as E2B files.', 'ich-e2b'],
    ['Published the eCTD sequences in docuBridge.', 'lorenz-docubridge'],
    ['Published the eCTD sequences in docuBridge.', 'ectd'],
    ['Coded concomitant medications with WHODrug.', 'whodrug'],
    ['Moved the field reps from Veeva CRM to OCE.', 'iqvia-oce'],
    ['Set up allocation rules in RMS for the new stores.', 'oracle-retail'],
    ['Benchmarked competitor pricing in EDITED every week.', 'edited'],
    ['Rolled out Aptos POS to all stores; merchandising ran in Aptos.', 'aptos'],
    ['Managed the merchandising hierarchy in Island Pacific.', 'island-pacific'],
    ['Rang up sales on Retail Pro tills in the flagship.', 'retail-pro'],
    ['Pulled syndicated scan data from Nielsen for the category review.', 'nielseniq'],
    ['Pulled syndicated scan data from IRI for the category review.', 'circana'],
    ['Built the planograms in Spaceman for every category.', 'nielseniq-spaceman'],
    ['Ran the allocation in JDA for the spring season.', 'blue-yonder'],
    ['We ran a proof of concept with Kinaxis and o9.', 'o9-solutions'],
    ['Tendered loads to carriers in OTM.', 'oracle-otm'],
    ['Planned the delivery routes in Descartes.', 'descartes'],
    ['Filed customs entries in CW1 for the freight team.', 'cargowise'],
    ['Tracked the fleet telematics in Samsara.', 'samsara'],
    ['Maintained the Pyxis formulary and the override reports.', 'bd-pyxis'],
    ['Moved from Pyxis to Omnicell on every unit.', 'bd-pyxis'],
    ['Moved from Pyxis to Omnicell on every unit.', 'omnicell'],
    ['Built the Omnicell interface for the new wing.', 'omnicell'],
    ['Mapped the bedside monitor vitals through Capsule into Epic flowsheets.', 'philips-capsule'],
    ['Built the nurse schedules in API Healthcare.', 'api-healthcare'],
    ['Checked the dosing in UpToDate before rounds.', 'uptodate'],
    ['Engraved the parts in Sibelius.', 'sibelius'],
    ['Moved the department from Finale to Sibelius.', 'finale'],
    ['Moved the department from Finale to Sibelius.', 'sibelius'],
    ['Transcribed the solos in Guitar Pro.', 'guitar-pro'],
    ['Played the club sets on Traktor with two decks.', 'traktor'],
    ['Mastered the album with Waves plugins.', 'waves-audio'],
    ['Mixed the vocals with Waves and FabFilter.', 'waves-audio'],
    ['Distributed the earnings press release via Business Wire.', 'business-wire'],
    ['Tracked media coverage in Meltwater.', 'meltwater'],
    ['Scheduled the LinkedIn posts in Buffer.', 'buffer-social'],
    ['Reconciled the tenant leases in Yardi and MRI.', 'mri-software'],
    ['Pulled lease comps from CoStar for the submarket.', 'costar'],
    ['Logged preventive work orders in UpKeep.', 'upkeep'],
    ['Tracked matters and billing in Clio.', 'clio'],
    ['Researched the case law in Lexis and Westlaw.', 'lexisnexis'],
    ['Drafted from the Practical Law precedents.', 'practical-law'],
    ['Routed the contracts through Ironclad for approvals.', 'ironclad'],
    ['Secrets live in HashiCorp Vault.', 'hashicorp-vault'],
  ])('finds the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).toContain(tool);
  });

  it.each([
    ['Argus, the hundred-eyed giant, watched over Io.', 'oracle-argus-safety'],
    ['Built the DCF for the office acquisition in Argus.', 'oracle-argus-safety'],
    ['Priced the diesel cargoes off Argus and Platts assessments in Excel.', 'oracle-argus-safety'],
    ['Migrated case processing from Argus to Veeva Vault Safety.', 'hashicorp-vault'],
    ['Published a paper with Empirica, the housing think tank.', 'oracle-empirica'],
    ['Launched the agents in E2B sandboxes.', 'ich-e2b'],
    ['Reported to the OCE at Ontario Power in Excel.', 'iqvia-oce'],
    ['Computed the RMS error of the voltage signal in MATLAB.', 'oracle-retail'],
    ['Moved the hotel to the RMS from IDeaS in Excel.', 'oracle-retail'],
    ['EDITED BY THE MARKETING TEAM', 'edited'],
    ['Set the slides in Aptos, the new Office font, in PowerPoint.', 'aptos'],
    ['Bought groceries at the Island Pacific Supermarket.', 'island-pacific'],
    ['As a seasoned Retail Pro, she knew Excel well.', 'retail-pro'],
    ['I reported to Nielsen, my manager, on the Excel work.', 'nielseniq'],
    ["Applied Jakob Nielsen's usability heuristics to the Figma flows.", 'nielseniq'],
    ['Minted IRI identifiers for the RDF ontology in Python.', 'circana'],
    ['Sang Spaceman at the karaoke night after the release.', 'nielseniq-spaceman'],
    ['Signed the JDA with the partner and filed it in SharePoint.', 'blue-yonder'],
    ['Sold OTM calls on the options desk, tracked in Excel.', 'oracle-otm'],
    ['Read Descartes and his Meditations in philosophy class.', 'descartes'],
    ['Samsara is the cycle of rebirth in Buddhism.', 'samsara'],
    ['Pointed the telescope at Pyxis, a faint southern constellation.', 'bd-pyxis'],
    ["Pharmacy's Omnicell cabinets and the Alaris pumps stay with biomed.", 'omnicell'],
    ['Buried a time Capsule in the garden, then updated Excel.', 'philips-capsule'],
    ['Moved the contacts to Capsule CRM.', 'philips-capsule'],
    ['Exposed the FHIR API Healthcare endpoints to partners.', 'api-healthcare'],
    ['Kept the Confluence pages UpToDate every sprint.', 'uptodate'],
    ["We played Sibelius's Finlandia at the spring concert.", 'sibelius'],
    ['The finale of the concert ran long, then I logged it in Excel.', 'finale'],
    ['The Grand Finale of the season ran long, then I logged it in Excel.', 'finale'],
    ['A session guitar pro who knew Excel.', 'guitar-pro'],
    ['Drove the Traktor across the farm fields.', 'traktor'],
    ['Surfed the Waves at the beach after shipping the Excel report.', 'waves-audio'],
    ['Heat waves drove admissions, tracked in Excel.', 'waves-audio'],
    ['Paid the supplier by Business Wire transfer from the bank.', 'business-wire'],
    ['Modelled Meltwater runoff from the glacier in Python.', 'meltwater'],
    ['Raised the Buffer stock for the safety zone in SAP.', 'buffer-social'],
    ['Increased the ring Buffer size in the Rust service.', 'buffer-social'],
    ['Transferred the patients to MRI, then charted in Epic.', 'mri-software'],
    ['Booked the brain MRI scans in Epic.', 'mri-software'],
    ['My CoStar in the film was great.', 'costar'],
    ['Paid for the UpKeep of the garden from the Excel budget.', 'upkeep'],
    ['Drove a Renault Clio to the office.', 'clio'],
    ['Won a Clio Award for the campaign.', 'clio'],
    ['Lexis and grammar in linguistics class.', 'lexisnexis'],
    ['Gained Practical Law experience on the degree course.', 'practical-law'],
    ['Gave an Ironclad guarantee on the Excel delivery.', 'ironclad'],
  ])('does not take the other sense for the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).not.toContain(tool);
  });

  it('keeps the longer names of tools whose short names other tools own', () => {
    // "Veeva Vault Safety" is Veeva Vault, not HashiCorp Vault; "ARGUS Enterprise" is the valuation tool; "CS DISCO"
    // the e-discovery platform, not disco.ac; "Capsule CRM" the CRM; "Gerber AccuMark" the pattern CAD.
    expect(ids('Moved the safety database to Veeva Vault Safety.')).toEqual(['veeva-vault']);
    expect(ids('Built the cash flows in ARGUS Enterprise.')).toEqual(['argus-enterprise']);
    expect(ids('Reviewed the production set in CS DISCO.')).toEqual(['cs-disco']);
    expect(ids('Moved the contacts to Capsule CRM.')).toEqual(['capsule-crm']);
    expect(ids('Graded the patterns in Gerber AccuMark.')).toEqual(['gerber-accumark']);
    expect(ids('Stored the pharmacy data in Oracle Retail Xstore.')).toEqual(['oracle-xstore']);
  });

  // Veeva Vault's application names ("Vault Safety", "Vault RIM") are spellings of veeva-vault (16-healthcare.yaml);
  // the longer name wins over HashiCorp Vault's bare "Vault".
  it('reads "Vault Safety" as Veeva Vault beside Argus, not HashiCorp Vault', () => {
    const found = ids('Migrated case processing from Argus to Vault Safety.');
    expect(found).toContain('oracle-argus-safety');
    expect(found).toContain('veeva-vault');
    expect(found).not.toContain('hashicorp-vault');
  });
});
