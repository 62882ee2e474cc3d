import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';

/**
 * The work fields of 29-work-fields.yaml (HR, water modelling, product design, bioinformatics, automotive test, FP&A,
 * restaurants, education) are full of names that are ordinary words, places and people: Lever, Lattice, Toast, Square,
 * Abstract, Principle, Galaxy, Seesaw. Each is judged by its sentence; for every one a sentence where the tool is meant
 * and a sentence from its other sense.
 */
const matcher = new ToolMatcher(loadTaxonomy());
const ids = (sentence: string) => matcher.matchSentence(sentence).map((m) => m.toolId);

describe('work fields: ambiguous names, judged by their sentence', () => {
  it.each([
    ['Moved the ATS from Lever to Greenhouse.', 'lever'],
    ['We shortlisted Greenhouse, Lever and iCIMS for hiring.', 'lever'],
    ['Reviews ran in Lattice every quarter.', 'lattice-hr'],
    ['Payroll ran in Rippling.', 'rippling'],
    ['Moved HR records from BambooHR to Bob.', 'hibob'],
    ['Scheduled payroll in Gusto for the contractors.', 'gusto'],
    ['Moved the recruiting pipeline to Ashby.', 'ashby'],
    ['Paid contractors through Deel.', 'deel'],
    ['Benefits and payroll lived in Namely.', 'namely'],
    ['Candidates were tracked in Workable.', 'workable'],
    ['Verified the ICM model against the flow survey for the sewer catchment.', 'infoworks-icm'],
    ['Built the sewer model in InfoWorks before the CSO study.', 'infoworks-icm'],
    ['Ran the river model in ISIS and later Flood Modeller.', 'flood-modeller'],
    ['Built the coastal model in MIKE for the harbour.', 'dhi-mike'],
    ['Calibrated the estuary in MIKE 21 and the network in MIKE+.', 'mike-21'],
    ['Calibrated the estuary in MIKE 21 and the network in MIKE+.', 'mike-plus'],
    ['Kept the Sketch libraries versioned in Abstract.', 'abstract-design'],
    ['Prototyped the onboarding interactions in Principle.', 'principle-app'],
    ['Prototyped the feed transitions in Origami before building them in SwiftUI.', 'origami-studio'],
    ['Shipped Lottie animations in the iOS app.', 'lottie'],
    ['Built the hero scene in Spline and embedded it on the landing page.', 'spline-design'],
    ['Clickable prototypes in Marvel for usability tests.', 'marvel-app'],
    ['Mapped the user flows in Overflow for the presentation.', 'overflow-app'],
    ['Designed the animations in Rive for the Flutter app.', 'rive-app'],
    ['Wireframes in Whimsical before Figma.', 'whimsical'],
    ['Ran the RNA-seq workflows on Galaxy for the biologists.', 'galaxy-project'],
    ['Submitted the jobs to LSF on the HPC cluster.', 'ibm-spectrum-lsf'],
    ['Marked duplicates with Picard before GATK.', 'picard-tools'],
    ['Assembled genomes with SPAdes.', 'spades'],
    ['Wrote CAPL scripts for rest-bus simulation.', 'vector-canoe'],
    ['Measured the ECU signals in CANape with the A2L from the supplier.', 'vector-canape'],
    ['Measured the ECU signals in CANape with the A2L from the supplier.', 'asam-a2l'],
    ['Traceability lived in Jama for the requirements.', 'jama-connect'],
    ['Built the roads in OpenDRIVE and scenarios in OpenSCENARIO.', 'asam-opendrive'],
    ['Moved the budget models from Adaptive to Anaplan.', 'adaptive-planning'],
    ['Moved headcount planning to Pigment.', 'pigment'],
    ['Built the consolidation in BPC on HANA.', 'sap-bpc'],
    ['Budgeting templates lived in Vena and Excel.', 'vena'],
    ['Moved the budget models from Excel to Cube.', 'cube-planning'],
    ['Moved the tills from Lightspeed to Toast.', 'lightspeed-pos'],
    ['Moved the tills from Lightspeed to Toast.', 'toast-pos'],
    ['Took card payments on Square readers at the café.', 'square-pos'],
    ['Staff rotas lived in 7shifts.', '7shifts'],
    ['We ran Kahoot! quizzes every Friday.', 'kahoot'],
    ['Students played Kahoot in every lesson.', 'kahoot'],
    ['Guests booked tables on Resy and OpenTable.', 'resy'],
    ['Forecast prep with Nory across the restaurant sites.', 'nory'],
    ['Sales dashboards from Tenzo for the restaurants.', 'tenzo'],
    ['Migrated rotas from Fourth to 7shifts.', 'fourth'],
    ['Ticketed dinners sold through Tock.', 'tock'],
    ['Online ordering went through Olo into Toast.', 'olo'],
    ['Inventory counts in Craftable for the bars.', 'craftable'],
    ['Took orders on MICROS tills at the stadium.', 'oracle-micros-simphony'],
    ['Swapped the Aloha terminals for Toast.', 'ncr-aloha'],
    ['Portfolios lived in Seesaw for the parents.', 'seesaw'],
    ['Courses moved from Blackboard to Canvas.', 'blackboard-learn'],
  ])('finds the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).toContain(tool);
  });

  it.each([
    ['Pulled the lever on the coffee machine and logged it in Excel.', 'lever'],
    ['Pulled the Lever on the coffee machine and logged it in Excel.', 'lever'],
    ['Filed the invoices in a Lever arch file next to the Excel printouts.', 'lever'],
    ['Grew a clean cubic lattice in the hobby lab.', 'lattice-hr'],
    ['Grew a clean cubic Lattice in the hobby lab.', 'lattice-hr'],
    ['Rippling muscles from the gym.', 'rippling'],
    ['I paired with Bob on the Airflow DAGs.', 'hibob'],
    ['I sent the Excel file to Bob.', 'hibob'],
    ['Sang with Gusto at the party.', 'gusto'],
    ['Namely, we built it in Excel.', 'namely'],
    ['We found a Workable solution in Excel.', 'workable'],
    ['Set up the sales ICM plans in Xactly.', 'infoworks-icm'],
    ['ISIS fighters were on the news while I worked in Excel.', 'flood-modeller'],
    ['Mike 21 years old joined us.', 'mike-21'],
    ['Submitted an Abstract to the conference and tracked reviews in Excel.', 'abstract-design'],
    ['We follow the Pareto Principle when triaging bugs in Jira.', 'principle-app'],
    ['Worked as Principle Engineer at Google on Kubernetes.', 'principle-app'],
    ['Folded Origami cranes with the kids.', 'origami-studio'],
    ['Lottie and I built the dashboards in Tableau.', 'lottie'],
    ['Fitted a cubic Spline to the curve in R.', 'spline-design'],
    ['We watched a Marvel movie after the sprint.', 'marvel-app'],
    ['Hit a Stack Overflow error in the recursive parser.', 'overflow-app'],
    ['Bought a Samsung Galaxy S23 for testing the Android app.', 'galaxy-project'],
    ['Built LSF walls for the extension.', 'ibm-spectrum-lsf'],
    ['Captain Picard was my favourite.', 'picard-tools'],
    ['Played spades after lunch.', 'spades'],
    ['Served canapes at the launch.', 'vector-canape'],
    ['Installed A2L refrigerant chillers in the plant.', 'asam-a2l'],
    ['Used Adaptive Cards in Teams bots with C#.', 'adaptive-planning'],
    ['Mixed the Pigment into the paint.', 'pigment'],
    ['Built an OLAP Cube in SSAS.', 'cube-planning'],
    ['Toast with butter, then I opened Excel.', 'toast-pos'],
    ['Queen Square is near the office.', 'square-pos'],
    ['Engine 4 out of the Central Square station ran more calls than anyone.', 'square-pos'],
    ['On the Fourth of July we shipped the Excel fix.', 'fourth'],
    ['Crafted a Craftable sword in Minecraft.', 'craftable'],
    ['Aloha from Hawaii, said the email in Outlook.', 'ncr-aloha'],
    ['Kids played on the Seesaw in the playground.', 'seesaw'],
    ['Wrote the sum on the Blackboard with chalk.', 'blackboard-learn'],
    ['Every workday at 08:30 I checked Excel.', 'workday'],
  ])('does not take the other sense for the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).not.toContain(tool);
  });

  it('matches names that start with a digit or end with "!"', () => {
    expect(ids('Staff rotas lived in 7shifts.')).toEqual(['7shifts']);
    expect(ids('Staff check-ins ran on 15Five.')).toEqual(['15five']);
    expect(ids('We ran Kahoot! quizzes every Friday.')).toEqual(['kahoot']);
    // "7 shifts a week" is a count, not the tool.
    expect(ids('Worked 7 shifts a week in Excel.')).toEqual(['microsoft-excel']);
  });

  it('keeps the longer name of a tool whose short name another tool owns', () => {
    // "Origami Risk" is the insurance system, "AUTOSAR Adaptive" the platform, "Dalet Galaxy" the newsroom system.
    expect(ids('Moved the claims to Origami Risk.')).toEqual(['origami-risk']);
    expect(ids('Built services on AUTOSAR Adaptive.')).toEqual(['autosar']);
    expect(ids('Ingested the rushes into Dalet Galaxy.')).toEqual(['dalet-galaxy']);
  });
});

describe('a name followed by a place word is the place', () => {
  const m = new ToolMatcher(loadTaxonomy());
  const found = (s: string) => m.matchSentence(s).map((x) => x.toolId);
  it.each([
    ['Opened the new branch on Lever Street.', 'lever'],
    ['Greeted guests at the door of Olo Bar in Soho.', 'olo'],
    ['Served Toast and jam at the breakfast bar in the Square.', 'square-pos'],
  ])('%s', (sentence, tool) => {
    expect(found(sentence)).not.toContain(tool);
  });
});
