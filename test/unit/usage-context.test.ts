import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';

/**
 * Ambiguous names (Go, R, Swift, Rust, Chef, Salt …) are judged by their sentence: the words around them, the
 * tool's own cue words, other tools beside them, and the words of their other senses. Positive and negative
 * sentences from several fields.
 */
const matcher = new ToolMatcher(loadTaxonomy());
const ids = (sentence: string) => matcher.matchSentence(sentence).map((m) => m.toolId);

describe('ambiguous names, judged by their sentence', () => {
  it.each([
    ['Introduced Go for two services where start-up time mattered.', 'go'],
    ['Fitted mixed models in R with two CRAN packages.', 'r'],
    ['Configured every host with Chef.', 'chef'],
    ['Wrote the watch app in Swift with SwiftUI.', 'swift'],
    ['Rewrote the parser in Rust for speed.', 'rust'],
    ['Salt for ad-hoc remote execution across the fleet.', 'saltstack'],
    ['Go for the webhook fan-out (10k/s).', 'go'],
    ['Firmware written in C by a consultant who had left.', 'c'],
    ['Wrote the on-call runbooks and a small Go tool that drains nodes safely.', 'go'],
    ['Replaced the Perl backend with a Rust port.', 'rust'],
    [
      'Moved application secrets from config files into Vault with short-lived credentials.',
      'hashicorp-vault',
    ],
    ['Ran the ES 6 cluster behind search.', 'elasticsearch'],
    ['Card tokenisation through Stripe.', 'stripe'],
    ['RNA-seq quantification with STAR and Salmon.', 'salmon'],
    ['RNA-seq quantification with STAR and Salmon.', 'star-aligner'],
    ['Programmed ABB arms in RAPID, first offline in RobotStudio.', 'abb-rapid'],
    ['Rolled out Macie to find patient data in the wrong S3 buckets.', 'amazon-macie'],
    ['Models served from Triton with ONNX exports.', 'triton-inference-server'],
    ['Containerised the pipeline with Singularity on the Slurm cluster.', 'apptainer'],
    ['two-tower model in TF 2', 'tensorflow'],
    ['Unit managers see them as PBI dashboards refreshed nightly.', 'power-bi'],
    ['Hardening: rolled out Wiz across 140 accounts.', 'wiz'],
    ['Run-and-improve on ECC 6.0 EhP7 through two year-ends.', 'sap-erp'],
    ['Replaced the month-end Access database with BW queries and a Power BI pack.', 'sap-bw'],
    // Two ambiguous names, each reading as used on its own words, are each other's tool nearby.
    ['Replaced Percy with Chromatic for visual regression.', 'percy'],
    ['Replaced Percy with Chromatic for visual regression.', 'chromatic'],
    ['Designers worked in Sketch; I turned their specs into a React UI kit.', 'sketch'],
    ['Method validation with statistical analysis in JMP.', 'jmp'],
    ['We looked at Zephyr back then but it was too young for our timing needs.', 'zephyr'],
  ])('finds the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).toContain(tool);
  });

  it.each([
    ['Processed around 9,000 SWIFT payments a day.', 'swift'],
    ['Half the studio played Rust after hours, the survival game.', 'rust'],
    ['We did a lot of R&D on battery life.', 'r'],
    ['The Go-live was on a Sunday.', 'go'],
    ['Won the internal Kafka Hackathon in 2023.', 'apache-kafka'],
    ['Our squad was called Team Terraform.', 'terraform'],
    ['Julia, who ran the lab, reviewed every protocol.', 'julia'],
    ['A swift response from the vendor saved the launch.', 'swift'],
    ['The head chef designed the menu.', 'chef'],
    ['Go tools down at five, the foreman said.', 'go'],
    ['Make tools that people love, the founder told us.', 'gnu-make'],
    ['We pushed through Spring to finish the migration.', 'spring-framework'],
    ['Vault doors were checked nightly by the branch staff.', 'hashicorp-vault'],
    ['Rewrote the front end with ES6 modules.', 'elasticsearch'],
    ['Won the STAR Award for customer focus in 2019.', 'star-aligner'],
    ['The salmon farm sensors reported to our gateway.', 'salmon'],
    ['We need RAPID response times from the vendor.', 'abb-rapid'],
    ['Mentored Macie, our first graduate security hire, through her first audit.', 'amazon-macie'],
    ['The Reaper boss fight needed a new mix.', 'reaper'],
    ['Each PBI in the sprint backlog had acceptance criteria.', 'power-bi'],
    ['The server used ECC memory throughout.', 'sap-erp'],
    ['Worked with Hugo and Apollo at the agency.', 'apollo-graphql'],
    ['Onboarded Crystal, a new graduate, in her first month.', 'crystal'],
    ['Julia and Stan went to the Spring fair.', 'julia'],
    ['Julia and Stan went to the Spring fair.', 'stan'],
    ['Kept the Terraform modules small; TF plans ran in CI.', 'tensorflow'],
    // A tool's name as a person's surname or a named person with a role.
    ['I reported to Dave Jenkins, the head of network operations.', 'jenkins'],
    ['Marta Jenkins, who hired me, ran the platform group.', 'jenkins'],
    ['A/B framework built with Ray (PM) and the merch team.', 'ray'],
    ["Macros written by Julia Brennan, our lab's research technician.", 'julia'],
  ])('leaves the other sense alone: %s', (sentence, tool) => {
    expect(ids(sentence)).not.toContain(tool);
  });
});

describe('a name after a given name is the tool unless the sentence says it is a person', () => {
  it.each([
    // A bullet's opening verb is not a given name.
    ['Learned Python, the language I now use daily.', 'python'],
    ['Introduced Terraform, the first infrastructure-as-code tool at the company.', 'terraform'],
    ['Wrote Perl, then Python.', 'perl'],
    ['We used Apache Kafka, the backbone of the platform.', 'apache-kafka'],
    ['CI ran on Jenkins, the old box under my desk.', 'jenkins'],
    ['Built the pipeline in Jenkins (CI) and Ray (Python).', 'ray'],
  ])('%s', (sentence, tool) => {
    expect(ids(sentence)).toContain(tool);
  });
});

describe('an ordinary word of another field needs its own usage words: another tool in the sentence is not enough', () => {
  it.each([
    ['We fitted DOORS and windows and tracked the job in Excel.', 'ibm-doors'],
    ['We won a VCS grant and bought Python licences.', 'synopsys-vcs'],
    ['Administered Oxygen to patients and charted in Epic.', 'oxygen-xml-editor'],
    ['Marketing coordinator at Gerber, where I built HubSpot workflows.', 'gerber-format'],
    ['We opened with a Koha ceremony and then I demoed Tableau.', 'koha'],
    ['Our float nurse covered nights and charted in Epic.', 'float'],
  ])('not the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).not.toContain(tool);
  });

  it.each([
    ['Requirements lived in DOORS and were traced to Simulink models.', 'ibm-doors'],
    ['Ran regressions in VCS and debugged in Verdi.', 'synopsys-vcs'],
    ['Built the donation page in Classy and synced it to Salesforce.', 'classy'],
    ['Authored DITA topics in Oxygen and published with the DITA-OT.', 'oxygen-xml-editor'],
    ['Moved the catalogue from Koha to Alma over one summer.', 'koha'],
  ])('the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).toContain(tool);
  });
});

describe('names that are ordinary words in lower case, or another product’s', () => {
  it('reads only a capitalised Tableau, and a Vault among regulatory words as Veeva’s', () => {
    expect(ids('Compared each store’s window tableau against the planned hero lines.')).not.toContain(
      'tableau',
    );
    expect(ids('Dashboards in Tableau and Power BI.')).toContain('tableau');
    expect(
      ids('Product data lives in our existing Vault regulatory system, beside the safety cases.'),
    ).not.toContain('hashicorp-vault');
    expect(ids('Moved application secrets into Vault with short-lived credentials.')).toContain(
      'hashicorp-vault',
    );
  });
});
