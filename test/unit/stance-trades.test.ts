import { describe, expect, it } from 'vitest';
import { stancesOf } from '../../seed/extract/stance.js';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';
import { builtinMatcher, stanceReader } from '../helpers/stance.js';

/** Stances in the wording of other trades' documents: demos, colleagues' seats, roll-outs in progress. */
describe('stances read from the wording of trades documents', () => {
  const matcher = new ToolMatcher(loadTaxonomy());
  const stanceIn = (sentence: string) => {
    const spans = matcher.matchSentence(sentence);
    return Object.fromEntries(
      spans.map((s, i) => [
        s.toolId,
        stancesOf(
          sentence,
          spans,
          spans.map((m) => matcher.categoryOf(m.toolId)),
        )[i],
      ]),
    );
  };
  it.each([
    ['Sat on the panel that watched the STARLIMS and LabVantage demos.', 'starlims', 'evaluated'],
    ['We sat through two Workday demos and stayed on SAP.', 'workday', 'evaluated'],
    ['Programs came from the programmer’s Mastercam seat.', 'mastercam', 'others'],
    ['Customer models arrive as neutral files; we never open CATIA here.', 'catia', 'others'],
    ['Moved quoting off a shared Excel workbook into Epicor ERP.', 'microsoft-excel', 'migrated-from'],
    [
      'We are rolling out Autodesk Construction Cloud for drawing issue in early 2025.',
      'autodesk-construction-cloud',
      'planned',
    ],
    ['Next spring finance moves from Xero to Sage Intacct.', 'sage-erp', 'planned'],
    [
      'Our CFO asked whether we should move the dashboards to Tableau; we stayed with Power BI.',
      'tableau',
      'evaluated',
    ],
    ['Specialist cases went to a referral hospital in Pensacola that ran AVImark.', 'avimark', 'others'],
    [
      'Loan players train at their parent club, whose sports-science staff run STATSports Apex.',
      'statsports-apex',
      'others',
    ],
    ['We receive the files - we never touch their IPDirector.', 'evs-ipdirector', 'others'],
    [
      'The editors cut on Media Composer; I kept the Interplay database healthy.',
      'avid-media-composer',
      'others',
    ],
    ['Half our prospects were newsrooms already on Arc XP.', 'arc-xp', 'others'],
    [
      'Two carriers ran ClaimCenter, which I only ever saw through their adjuster portals.',
      'guidewire',
      'others',
    ],
    [
      'The transfusion service runs SafeTrace Tx, administered by its own systems lead.',
      'safetrace-tx',
      'others',
    ],
    [
      'The engineer models in Tekla Structures; I review the IFC in Navisworks and have never opened Tekla.',
      'tekla-structures',
      'others',
    ],
    ['STARLIMS was turned down on price; LabVantage went live in May 2024.', 'starlims', 'evaluated'],
    ['We looked hard at IDEXX Cornerstone and turned it down.', 'idexx-cornerstone', 'evaluated'],
    ['Sat in on the Duck Creek Claims demos as the claims expert.', 'duck-creek', 'evaluated'],
    [
      'By spring all six hospitals were live and the last RxWorks server had been unplugged.',
      'rxworks',
      'migrated-from',
    ],
    [
      'I moved the bookkeeping out of six separate QuickBooks files and into one Xero organisation.',
      'quickbooks',
      'migrated-from',
    ],
    ['Finance’s Xero got a monthly journal from me (I never logged in to Xero).', 'xero', 'others'],
    [
      'Cell Ranger alignment was run upstream by the institute’s core pipelines team.',
      'cell-ranger',
      'others',
    ],
    [
      'The OEM delivers its requirements from its own Codebeamer instance as ReqIF exports.',
      'codebeamer',
      'others',
    ],
    [
      'Commission calculations stayed with the Revenue Operations team in Salesforce.',
      'salesforce',
      'others',
    ],
    ['The owners’ bookkeeper kept the books in QuickBooks; I sent her the invoices.', 'quickbooks', 'others'],
    ['The owners’ other restaurant in Manhattan ran on Toast.', 'toast-pos', 'others'],
    ['Group Finance, who consolidate them in CCH Tagetik, get the files on day 3.', 'cch-tagetik', 'others'],
    ['Before Canvas we posted work on Edmodo.', 'edmodo', 'migrated-from'],
    ['Before Kafka, we used RabbitMQ for everything.', 'rabbitmq', 'migrated-from'],
    ['We chose Snowflake over Redshift after a bake-off.', 'amazon-redshift', 'evaluated'],
    [
      'The edit suites were downstairs, where the editors cut everything on Avid Media Composer.',
      'avid-media-composer',
      'others',
    ],
    [
      'Most of our customers still build their schedules in Trello and re-type them into us.',
      'trello',
      'others',
    ],
    ['On most voyages the charterer had its own contract with StormGeo.', 'stormgeo', 'others'],
    [
      "In 2020 we trialled Kongsberg's Vessel Insight on four ships.",
      'kongsberg-vessel-insight',
      'evaluated',
    ],
    [
      'The chartering desk lived in MarineTraffic; I only ever saw it over their shoulders.',
      'marinetraffic',
      'others',
    ],
    [
      'Nearly all of them run Navis N4 as their terminal operating system; we never touch N4 ourselves.',
      'navis-n4',
      'others',
    ],
    ['I haven’t opened Power BI since I left the line.', 'power-bi', 'evaluated'],
    ["RTUs on Trane Tracer SC: Trane's svc contract, their engineers only", 'trane-tracer-sc', 'others'],
    ["SkySpark: 60-day trial '22, not bought", 'skyspark', 'evaluated'],
    [
      'Behavioural data comes from the product analytics team, who own Mixpanel; I write the questions.',
      'mixpanel',
      'others',
    ],
    [
      'Ran the CLM selection (Ironclad vs. Agiloft vs. Icertis) and implemented Ironclad in 2020.',
      'agiloft',
      'evaluated',
    ],
    [
      "Each invoice went into the client's own platform (TyMetrix 360, Legal Tracker or Brightflag).",
      'brightflag',
      'others',
    ],
    [
      'Our neighbours in Harlow County ran Motorola PremierOne and we ran Intergraph.',
      'motorola-premierone',
      'others',
    ],
    [
      'We sat through demonstrations of Motorola PremierOne and Tyler New World and scored them.',
      'tyler-new-world',
      'evaluated',
    ],
    [
      "Corbin was halfway through replacing CentralSquare's Inform CAD with Tyler New World.",
      'centralsquare',
      'migrated-from',
    ],
    ['We compared SonoBat against Kaleidoscope Pro on two seasons of data.', 'sonobat', 'evaluated'],
    [
      'The senior modellers ran the 2D floodplain work in TUFLOW; I prepared their inflows.',
      'tuflow',
      'others',
    ],
    [
      "In 2017 the practice priced CERC's ADMS 5 as an alternative, but stayed with AERMOD.",
      'cerc-adms',
      'evaluated',
    ],
    [
      'Later this year the firm moves model reviews into Autodesk Construction Cloud.',
      'autodesk-construction-cloud',
      'planned',
    ],
    [
      'Did valuations in Candy; the accounts team paid our subcontractors out of Sage 200.',
      'sage-erp',
      'others',
    ],
    [
      'The line producer kept it in Movie Magic Budgeting; I sent her my schedule changes.',
      'movie-magic-budgeting',
      'others',
    ],
    [
      "At St. Cuthbert's I took the catalogue out of PastPerfect and into Axiell Collections.",
      'pastperfect',
      'migrated-from',
    ],
    [
      'Migrated 14,000 records out of PastPerfect and switched it off in June 2020.',
      'pastperfect',
      'migrated-from',
    ],
    [
      'Records go to Durham County Record Office, whose team manages them in Preservica.',
      'preservica',
      'others',
    ],
    [
      'Ran a six-week side-by-side of Browzwear VStitcher and CLO on the same 20 styles.',
      'browzwear-vstitcher',
      'evaluated',
    ],
    [
      'Our main knitwear supplier, Meridian Knit in Gazipur, builds its markers in Gerber AccuMark.',
      'gerber-accumark',
      'others',
    ],
    ['2022 HRIS selection: Paycom 30-day sandbox trial, dropped; Workday chosen', 'paycom', 'evaluated'],
    [
      'FY26 budget includes a Visier people-analytics pilot; I’m scoping the Workday feed',
      'visier',
      'planned',
    ],
    [
      'Verint WFM and Calabrio made the shortlist, and we ran a proof of concept with each.',
      'verint-wfm',
      'evaluated',
    ],
    [
      'Our client split its volume between us and another outsourcer in Manila that ran on Five9.',
      'five9',
      'others',
    ],
    [
      'The digital team next door built a pilot on Twilio Flex; that one is theirs and I have never logged in to it.',
      'twilio',
      'others',
    ],
    [
      'The health visitors recorded in SystmOne, which we couldn’t see; sharing meant phone calls.',
      'tpp-systmone',
      'others',
    ],
    [
      'The local authorities send referrals out of their own systems — two run Mosaic, one Liquidlogic.',
      'liquidlogic-lcs',
      'others',
    ],
    [
      'Moved the rotas to ChurchSuite in 2017; the Breeze account was closed that autumn.',
      'breeze-chms',
      'migrated-from',
    ],
    ['The last Jenkins server was switched off in 2019.', 'jenkins', 'migrated-from'],
    [
      'The fund administrator keeps the property ledgers in its own Yardi Voyager instance.',
      'yardi',
      'others',
    ],
    // A contract renewed after a comparison is the choice.
    ['Sat on the review that compared Looker with Tableau; the bank renewed Tableau.', 'looker', 'evaluated'],
    [
      'Ran the vendor selection, Anaplan against Pigment; Pigment demoed well, but we chose Anaplan.',
      'pigment',
      'evaluated',
    ],
  ])('%s', (sentence, tool, stance) => {
    expect(stanceIn(sentence)[tool]).toBe(stance);
  });
  it.each([
    ['We rolled out Okta to every office.', 'okta'],
    ['We are running Kafka on three clusters.', 'apache-kafka'],
    ['I demoed Tableau to the board every quarter.', 'tableau'],
    ['I moved the group’s bookkeeping into Xero.', 'xero'],
    ['STARLIMS was turned down; LabVantage went live in May 2024.', 'labvantage'],
    ['We built a service that runs Kafka consumers for the hospital.', 'apache-kafka'],
    ['Our clinic, which runs ezyVet, opened a second site.', 'ezyvet'],
    ['I administered Jira for 200 users.', 'jira'],
    ['Messages from Kafka were rejected by the schema check until I fixed it.', 'apache-kafka'],
    ['The client’s Jira is separate; we use Jira.', 'jira'],
    ['I kept the books in QuickBooks.', 'quickbooks'],
    [
      'Ran the vendor selection, Anaplan against Pigment; Pigment demoed well, but we chose Anaplan.',
      'anaplan',
    ],
    ['We chose Snowflake over Redshift after a bake-off.', 'snowflake'],
    ['Sat on the review that compared Looker with Tableau; the bank renewed Tableau.', 'tableau'],
    ['The editors cut on Avid, and every night I set up Frame.io links for the producers.', 'frame-io'],
    ['Most of the work was in Python.', 'python'],
    ['We run Navis N4 as our terminal operating system.', 'navis-n4'],
    ['Runs on AWS Batch, every step in its own Docker image.', 'docker'],
    ['Jenkins was closed to new jobs at 5pm on release days.', 'jenkins'],
    ['2022 HRIS selection: Paycom 30-day sandbox trial, dropped; Workday chosen', 'workday'],
    ['Scheduled 400 agents in Verint WFM every week.', 'verint-wfm'],
    [
      'Graded and checked patterns in Gerber AccuMark before they went out to the factories.',
      'gerber-accumark',
    ],
    [
      "At St. Cuthbert's I took the catalogue out of PastPerfect and into Axiell Collections.",
      'axiell-collections',
    ],
    [
      'Took secrets out of Ansible Vault files and into HashiCorp Vault; Ansible itself stayed for VMs.',
      'ansible',
    ],
    ['Our linguists work directly in their Smartling workspace.', 'smartling'],
    ['Priced small-works bills in Candy for the estimating team.', 'ccs-candy'],
    ["In 2017 the practice priced CERC's ADMS 5 as an alternative, but stayed with AERMOD.", 'aermod'],
    [
      'Ran the CLM selection (Ironclad vs. Agiloft vs. Icertis) and implemented Ironclad in 2020.',
      'ironclad',
    ],
    ["Logged and regressed defects directly in each publisher's own DevTrack or Jira instance.", 'jira'],
    ["Checked calculations in the firm's own spreadsheet system (Excel with VBA).", 'microsoft-excel'],
    ['I have opened Power BI every morning since 2019.', 'power-bi'],
    ['We chose Kafka for events and Postgres for state after comparing options.', 'postgresql'],
    ['Before Canvas we posted work on Edmodo.', 'canvas-lms'],
  ])('used: %s', (sentence, tool) => {
    expect(stanceIn(sentence)[tool]).toBe('used');
  });
});

describe('rival and sister organisations', () => {
  const stanceOf = stanceReader();
  it('own what they run', () => {
    expect(stanceOf('The rival high school across town, Westfield, ran Moodle.', 'moodle')).toBe('others');
    expect(stanceOf('Our sister company in Leeds runs Salesforce for its sales.', 'salesforce')).toBe(
      'others',
    );
  });
  it('leave the narrator’s own employer alone', () => {
    expect(stanceOf('The school ran Google Classroom for every class.', 'google-classroom')).toBe('used');
  });
});

describe('possessives, neighbours and owners named in other words', () => {
  const stanceOf = stanceReader(builtinMatcher(), false);
  it.each([
    ['The contractor’s own Aconex held the drawings.', 'oracle-aconex'],
    ['The OEM’s own Codebeamer instance held the requirements.', 'codebeamer'],
    ['Finance’s Xero held the invoices.', 'xero'],
    ['The publisher’s Arc XP instance was run by the parent company.', 'arc-xp'],
    ['The parent company’s product team runs Arc XP for every title.', 'arc-xp'],
    ['Our sister plant in Porto runs Plex; I read their reports.', 'plex-smart-manufacturing'],
    ['The restaurant across the road ran on Lightspeed.', 'lightspeed-pos'],
    ['The hospital across town ran Epic.', 'epic'],
    ['A rival paper ran WordPress.', 'wordpress'],
  ])('someone else’s: %s', (sentence, tool) => {
    expect(stanceOf(sentence, tool)).toBe('others');
  });
  it.each([
    ['Our own Jira instance held the backlog.', 'jira'],
    ['I built our own Kafka connectors.', 'apache-kafka'],
    ['Our restaurant ran on Toast from day one.', 'toast-pos'],
  ])('ours: %s', (sentence, tool) => {
    expect(stanceOf(sentence, tool)).toBe('used');
  });
  it('reads a move to another tool after "until" as leaving the first', () => {
    expect(stanceOf('Drew in Vectorworks until the practice moved to Archicad.', 'vectorworks')).toBe(
      'migrated-from',
    );
    expect(stanceOf('Worked in Excel until the audit finished.', 'microsoft-excel')).toBe('used');
  });
});

describe('weighing, and plans that move away from a tool the taxonomy does not know', () => {
  const matcher = new ToolMatcher(loadTaxonomy());
  const stances = (sentence: string) => {
    const spans = matcher.matchSentence(sentence);
    const judged = stancesOf(
      sentence,
      spans,
      spans.map((m) => matcher.categoryOf(m.toolId)),
    );
    return spans.map((s, i) => `${s.toolId}:${judged[i]}`);
  };
  it('weighed tools were evaluated; the one chosen was used, wherever the sentence names it', () => {
    expect(stances('I ran the selection, weighing it against Anaplan and Adaptive Planning.')).toEqual([
      'anaplan:evaluated',
      'adaptive-planning:evaluated',
    ]);
    expect(stances('We weighed Tableau against Power BI and chose Power BI.')).toEqual([
      'tableau:evaluated',
      'power-bi:used',
      'power-bi:used',
    ]);
  });
  it('a planned move keeps the tool moved from and plans the one moved to', () => {
    expect(stances('Next year we are moving consolidation from HFM to OneStream.')).toEqual([
      'oracle-hyperion:used',
      'onestream:planned',
    ]);
    expect(stances('Next year we are moving consolidation from our old cubes to OneStream.')).toEqual([
      'onestream:planned',
    ]);
  });
  it('"before X the team used Y" mid-sentence leaves Y', () => {
    expect(
      stances('Treasury is on Kyriba now; before Kyriba the team used a homegrown Access database.'),
    ).toContain('microsoft-access:migrated-from');
  });
});

describe('outside staff, neighbours who stayed put, plans as nouns', () => {
  const stanceOf = stanceReader(builtinMatcher(), false);
  it.each([
    [
      'Concerts were recorded by the school’s AV technician in Pro Tools; he sent me the mixes.',
      'pro-tools',
      'others',
    ],
    [
      'The physician groups across town never moved to Epic with us; they stayed on athenaOne.',
      'athenahealth',
      'others',
    ],
    [
      'Our largest supplier, Wick & Ember Ltd, confirmed orders and sent ASNs through its own SPS Commerce portal.',
      'sps-commerce',
      'others',
    ],
    [
      'Our CRO, Meridian Clinical Research, entered every case in its own Oracle Argus Safety database.',
      'oracle-argus-safety',
      'others',
    ],
    [
      'ArisGlobal LifeSphere Safety was demonstrated and scored, but not selected.',
      'arisglobal-lifesphere',
      'evaluated',
    ],
    [
      'PowerChart was kept read-only for lookups until the summer of 2017, and then it was gone.',
      'cerner',
      'migrated-from',
    ],
    ['The plan for next season is to replace it with Mender.', 'mender', 'planned'],
    ['Track the plan for every variation in Smartsheet.', 'smartsheet', 'used'],
    ['We stayed on Postgres.', 'postgresql', 'used'],
  ])('%s', (sentence, tool, stance) => {
    expect(stanceOf(sentence, tool)).toBe(stance);
  });
});

describe('a tool left and come back to', () => {
  const matcher = new ToolMatcher(loadTaxonomy());
  it('is used throughout ("then in Epic again"), while a move to another tool still leaves the first', () => {
    const judge = (sentence: string) => {
      const spans = matcher.matchSentence(sentence);
      return stancesOf(sentence, spans).join(',');
    };
    expect(judge('I charted in Epic until my maternity leave, then in Epic again.')).toBe('used,used');
    expect(judge('Copy cataloguing in Voyager until the 2014 system change, then in Alma.')).toBe(
      'migrated-from,used',
    );
  });
});
