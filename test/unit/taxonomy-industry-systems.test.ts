import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILTIN_TAXONOMY } from '../../seed/paths.js';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';

/**
 * The fields of 34-industry-systems.yaml (political campaigns, revenue operations, esports and live streaming, rail
 * and systems engineering, clinical psychology research, pharmaceutical automation, hospital pharmacy, aviation
 * maintenance, construction, agriculture, brewing, warehouse labelling) name their tools after words, names, places
 * and acronyms: VAN, MiniVAN, Mobilize, Hustle, Spoke, Impactive, Clari, Mode, Hex, Chorus, Clay, Singular, Restream,
 * Companion, OpenTrack, Capella, RiO, Attend Anywhere, ODM, FDB, Kit Check, PCS 7, FT View, SAP PM, CAMP, Field View,
 * COINS, Unifier, SMS Advanced, Leaf API, Ekos. Each is judged by its sentence; for every one a sentence where the
 * tool is meant and one from its other sense.
 */
const taxonomy = loadTaxonomy();
const matcher = new ToolMatcher(taxonomy);
const ids = (sentence: string) => matcher.matchSentence(sentence).map((m) => m.toolId);

describe('industry systems: ambiguous names, judged by their sentence', () => {
  it.each([
    // political campaigns
    ['Cut turf and pulled walk lists in VAN for the canvass.', 'ngp-van'],
    ['Entered voter IDs from the phonebanks into VAN every night.', 'ngp-van'],
    ['Trained canvassers to knock doors with MiniVAN.', 'ngp-van'],
    ['Scheduled canvass shifts and tracked RSVPs in Mobilize.', 'mobilize'],
    ['Promoted the phonebank events on Mobilize and raised money on ActBlue.', 'mobilize'],
    ['Texted voters with Hustle and ThruText during GOTV.', 'hustle'],
    ['Ran peer-to-peer texting on Spoke and ThruText for the campaign.', 'spoke-texting'],
    ['Recruited relational organizers through Impactive.', 'impactive'],
    ['Ran the turnout models in Civis.', 'civis-platform'],
    // revenue operations
    ['Ran the weekly forecast calls in Clari.', 'clari'],
    ['Built SQL dashboards in Mode on top of Snowflake.', 'mode-analytics'],
    ['Built the churn analysis in Hex on Snowflake.', 'hex-notebooks'],
    ['Coached reps on recorded calls in Chorus and logged the deals in Salesforce.', 'chorus-ai'],
    ['Enriched outbound leads in Clay and pushed them to HubSpot.', 'clay-enrichment'],
    // esports & live streaming
    ['Built the esports scorebugs in Singular and switched the show in vMix.', 'singular-live'],
    ['Multistreamed the finals to Twitch and YouTube with Restream.', 'restream'],
    ['Programmed Stream Deck buttons in Companion to fire vMix macros.', 'bitfocus-companion'],
    // rail & systems engineering
    ['Simulated the timetable in OpenTrack and exported the network to railML.', 'opentrack'],
    ['Modelled the logical architecture in Capella and exported the diagrams to SysML.', 'eclipse-capella'],
    // clinical psychology research
    ['Recorded care plans in RiO for the community mental health team.', 'rio-ehr'],
    ['Delivered CBT sessions to patients over Attend Anywhere.', 'attend-anywhere'],
    ['Mapped the eCRF exports to ODM for the SDTM conversion.', 'cdisc-odm'],
    // pharmaceutical automation & hospital pharmacy
    ['Configured the batch phases in PCS 7.', 'siemens-pcs-7'],
    ['Built the HMI screens in FT View SE.', 'factorytalk-view'],
    ['Mapped the formulary to FDB drug codes for the pharmacy.', 'first-databank'],
    ['Restocked the anesthesia trays using Kit Check RFID scanning.', 'bluesight'],
    // aviation maintenance
    ['Raised work orders and maintenance notifications in SAP PM.', 'sap-pm'],
    ['Tracked inspections in CAMP and raised work orders in Ramco Aviation.', 'camp-systems'],
    // construction
    ['Ran site inspections and snagging in Field View and Procore.', 'viewpoint-field-view'],
    ['Posted the subcontractor valuations in COINS.', 'coins-erp'],
    ['Managed capital project budgets in Unifier and P6.', 'primavera-unifier'],
    // agriculture
    ['Processed the yield maps in SMS Advanced.', 'ag-leader-sms'],
    ['Pulled the machine data from John Deere through the Leaf API.', 'leaf-agriculture'],
    // brewing
    ['Tracked kegs and batches in Ekos for the brewery.', 'ekos'],
  ])('finds the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).toContain(tool);
  });

  it.each([
    // political campaigns
    ['Drove the VAN to the warehouse every morning.', 'ngp-van'],
    ['Sent the EDI 850s to suppliers through the VAN.', 'ngp-van'],
    ['Loaded the van with campaign signs.', 'ngp-van'],
    ['Bought a minivan for the family.', 'ngp-van'],
    ['Worked to Mobilize voters across three counties.', 'mobilize'],
    ['Helped Mobilize the community before the election.', 'mobilize'],
    ['Mobilized 300 volunteers for the campaign.', 'mobilize'],
    ['Mobilize the team quickly when incidents hit.', 'mobilize'],
    ['Started a side Hustle selling prints on Shopify.', 'hustle'],
    ['Known for hustle and grit on the sales floor.', 'hustle'],
    ['Spoke at PyCon about Django.', 'spoke-texting'],
    ['Designed the hub and Spoke network in Azure.', 'spoke-texting'],
    ['Delivered impactive presentations to the board.', 'impactive'],
    // revenue operations
    ['Clari, our office manager, ordered the supplies.', 'clari'],
    ['Ran the FMEA (Failure Mode and Effects Analysis) in Minitab.', 'mode-analytics'],
    ['Added a Dark Mode to the React app.', 'mode-analytics'],
    ['Switched the app into offline mode.', 'mode-analytics'],
    ['Moved the IT team to Mode 2 delivery with Jira.', 'mode-analytics'],
    ['Read the Hex dump in Wireshark.', 'hex-notebooks'],
    ['Tightened the Hex bolts per the SolidWorks drawing.', 'hex-notebooks'],
    ['Converted the colours to hex codes in Figma.', 'hex-notebooks'],
    ['Sang in the Chorus of the school musical.', 'chorus-ai'],
    ['Added a Chorus pedal to the guitar rig in Logic Pro.', 'chorus-ai'],
    ['Modelled the settlement of the London Clay in PLAXIS.', 'clay-enrichment'],
    ['Threw pots in Clay and fired them in the kiln, then sold them on Shopify.', 'clay-enrichment'],
    // esports & live streaming
    ['Tracked the app installs in Singular and AppsFlyer.', 'singular-live'],
    ['Computed the Singular Value Decomposition in NumPy.', 'singular-live'],
    ['Restream the keynote to the overflow room.', 'restream'],
    ['We had to restream the match after the outage.', 'restream'],
    ['Worked as a care Companion for elderly residents.', 'bitfocus-companion'],
    ['Drew the process maps in Companion by Minitab.', 'bitfocus-companion'],
    // rail & systems engineering
    ['Set up opentrack head tracking for the flight simulator.', 'opentrack'],
    ['Trains ran on the open track beyond the station.', 'opentrack'],
    ['Earned an MBA from Capella University while working in Excel.', 'eclipse-capella'],
    ['Sang with the Capella choir and kept the rota in Excel.', 'eclipse-capella'],
    // clinical psychology research
    ['Relocated to Rio de Janeiro in 2019.', 'rio-ehr'],
    ['Spent a semester in Rio with the exchange programme.', 'rio-ehr'],
    ['Students can attend anywhere in the world.', 'attend-anywhere'],
    ['Managed the ODM suppliers for the laptop line.', 'cdisc-odm'],
    ['Wrote the decision rules in ODM for the claims engine.', 'cdisc-odm'],
    // pharmaceutical automation & hospital pharmacy
    ['Set up new PCs 7 days ahead of go-live.', 'siemens-pcs-7'],
    ['Booked a suite with a 20 ft view of the bay.', 'factorytalk-view'],
    ['Ran the FDB clusters for the metadata store.', 'first-databank'],
    ['Ran a Kit Check before the platoon deployed.', 'bluesight'],
    // aviation maintenance
    ['Worked as an SAP PM on the S/4HANA rollout.', 'sap-pm'],
    [
      'Revised the CAMP (Continuous Airworthiness Maintenance Program) for the operator in Excel.',
      'camp-systems',
    ],
    ['Ran the summer CAMP for kids using Scratch and Python.', 'camp-systems'],
    ['Broke CAMP at dawn with the scouts.', 'camp-systems'],
    // construction
    ['Measured the microscope Field View in ImageJ.', 'viewpoint-field-view'],
    ['Traded crypto COINS on the exchange.', 'coins-erp'],
    ['Collected old coins and stamps.', 'coins-erp'],
    ['He was seen as a Unifier of the nation.', 'primavera-unifier'],
    // agriculture
    ['Sent SMS advanced notices to customers with Twilio.', 'ag-leader-sms'],
    ['Sent SMS reminders to patients.', 'ag-leader-sms'],
    ['Walked every leaf node of the tree in Python.', 'leaf-agriculture'],
    // brewing
    ['Ran the voter survey with Ekos Research for the election.', 'ekos'],
  ])('does not take the other sense for the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).not.toContain(tool);
  });
});

describe('industry systems: unambiguous names in ordinary résumé sentences', () => {
  it.each([
    // political campaigns
    ['Processed recurring donations through ActBlue.', ['actblue']],
    ['Texted 40,000 voters in ThruText and called them in CallHub.', ['thrutext', 'callhub']],
    ['Cut turf in NGP VAN and synced the IDs to VoteBuilder.', ['ngp-van', 'ngp-van']],
    ['Built support scores in Civis Platform.', ['civis-platform']],
    // revenue operations
    ['Built the quote templates and price rules in Salesforce CPQ.', ['salesforce-cpq']],
    ['Routed inbound leads with LeanData and forecast in BoostUp.', ['leandata', 'boostup']],
    ['Reviewed discovery calls in Chorus.ai.', ['chorus-ai']],
    ['Published the board metrics in Mode Analytics.', ['mode-analytics']],
    // esports & live streaming
    ['Ran the stream overlays in Streamlabs OBS.', ['streamlabs']],
    ['Built the bracket graphics in NodeCG and H2R Graphics.', ['nodecg', 'h2r-graphics']],
    ['Transcoded the VODs with FFmpeg and ffprobe.', ['ffmpeg', 'ffmpeg']],
    ['Moved the contribution feeds to AWS Elemental MediaConnect.', ['aws-elemental-mediaconnect']],
    ['Streamed the tournament from XSplit and OvenMediaEngine.', ['xsplit', 'ovenmediaengine']],
    ['Controlled the switcher with Bitfocus Companion.', ['bitfocus-companion']],
    ['Designed the lower thirds in Singular.live.', ['singular-live']],
    // rail & systems engineering
    ['Ran the capacity studies in RailSys.', ['railsys']],
    ['Exchanged the track layouts as railML.', ['railml']],
    ['Modelled the requirements in SysML with Eclipse Capella.', ['sysml', 'eclipse-capella']],
    ['Designed the track alignment in Bentley OpenRail Designer.', ['bentley-openrail-designer']],
    // clinical psychology research
    ['Fitted latent growth models in Mplus and ran t-tests in jamovi.', ['mplus', 'jamovi']],
    ['Exported the study as CDISC ODM.', ['cdisc-odm']],
    // pharmaceutical automation
    ['Configured the control modules in DeltaV.', ['emerson-deltav']],
    ['Built the batch records in Syncade and Werum PAS-X.', ['emerson-syncade', 'werum-pas-x']],
    ['Executed the validation protocols in Kneat and ValGenesis.', ['kneat-gx', 'valgenesis']],
    ['Trended the process data in Seeq.', ['seeq']],
    ['Built the HMI in FactoryTalk View SE.', ['factorytalk-view']],
    ['Archived the tags in Wonderware Historian.', ['wonderware-historian']],
    ['Commissioned the SIMATIC PCS 7 upgrade.', ['siemens-pcs-7']],
    // hospital pharmacy
    ['Maintained the drug files from First Databank and MedKnowledge.', ['first-databank', 'first-databank']],
    ['Reviewed the surveillance alerts in Sentri7 and TheraDoc.', ['sentri7', 'theradoc']],
    ['Compounded the IV doses in DoseEdge.', ['doseedge']],
    ['Dispensed prescriptions in QS/1 and tracked the kits in Bluesight.', ['qs1', 'bluesight']],
    // aviation maintenance
    ['Wrote the task cards to ATA iSpec 2200.', ['ata-ispec-2200']],
    ['Moved the maintenance plans to SAP Plant Maintenance.', ['sap-pm']],
    ['Tracked the fleet in CAMP Systems.', ['camp-systems']],
    // construction
    [
      'Shared the drawings in 4Projects and Viewpoint Field View.',
      ['viewpoint-for-projects', 'viewpoint-field-view'],
    ],
    ['Set up the cost sheets in Primavera Unifier.', ['primavera-unifier']],
    ['Ran the job costing in COINS ERP.', ['coins-erp']],
    // agriculture
    ['Processed the yield data in Ag Leader SMS and exported it as ISOXML.', ['ag-leader-sms', 'isoxml']],
    [
      'Mapped the fields in Google Earth Pro and flew them with DroneDeploy.',
      ['google-earth-pro', 'dronedeploy'],
    ],
    ['Wrote the spray recommendations in Agrian.', ['agrian']],
    ['Integrated the machine data through Leaf Agriculture.', ['leaf-agriculture']],
    // brewing
    ['Designed the recipes in BeerSmith and Brewfather.', ['beersmith', 'brewfather']],
    ['Ran the brewery on Breww, then Orchestrated Beer.', ['breww', 'orchestrated-beer']],
    ['Ran the sensory panels in DraughtLab.', ['draughtlab']],
    ['Programmed the brewhouse recipes in Braumat.', ['simatic-braumat']],
    ['Logged the deviations in Q-Pulse.', ['q-pulse']],
    // warehouse
    ['Wrote the ZPL label templates for the Zebra printers.', ['zpl']],
    ['Moved the distribution centre from Tecsys to Deposco.', ['tecsys-wms', 'deposco']],
  ])('%s', (sentence, tools) => {
    expect(ids(sentence)).toEqual(tools);
  });
});

describe('industry systems: names that share words with other tools', () => {
  it('lets the longer names win over the tools that own their first words', () => {
    expect(ids('Built the HMI in FactoryTalk View.')).toEqual(['factorytalk-view']);
    expect(ids('Programmed the PLCs in FactoryTalk.')).toEqual(['rockwell-studio-5000']);
    expect(ids('Archived the tags in Wonderware Historian.')).toEqual(['wonderware-historian']);
    expect(ids('Built the screens in Wonderware.')).toEqual(['aveva-intouch']);
    expect(ids('Set up the cost sheets in Primavera Unifier.')).toEqual(['primavera-unifier']);
    expect(ids('Scheduled the programme in Primavera P6.')).toEqual(['oracle-primavera-p6']);
    expect(ids('Ran the stream in Streamlabs OBS.')).toEqual(['streamlabs']);
    expect(ids('Exported the task data as ISOBUS TaskData.')).toEqual(['isoxml']);
    expect(ids('Connected the implements over ISOBUS.')).toEqual(['isobus']);
    expect(ids('Built the quote rules in Salesforce CPQ.')).toEqual(['salesforce-cpq']);
    expect(ids('Managed the pipeline in Salesforce.')).toEqual(['salesforce']);
    expect(ids('Reviewed the calls in ZoomInfo Chorus.')).toEqual(['chorus-ai']);
    expect(ids('Authored the rules in IBM ODM.')).toEqual(['ibm-odm']);
    expect(ids('Classified the land cover in Google Earth Engine.')).toEqual(['google-earth-engine']);
    expect(ids('Checked the site access roads in Google Earth.')).toEqual(['google-earth-pro']);
  });

  it('does not take bare CPQ, SMS or Leaf for a tool', () => {
    expect(ids('Led the CPQ implementation for the sales team.')).toEqual([]);
    expect(ids('Sent SMS alerts to the field team.')).toEqual([]);
    expect(ids('Raked every leaf in the yard.')).toEqual([]);
  });

  it('finds the tools of these fields that were already in the taxonomy under their own ids', () => {
    expect(ids('Switched the show in vMix and Wirecast.')).toEqual(['vmix', 'wirecast']);
    expect(ids('Built the experiment in Gorilla Experiment Builder.')).toEqual([
      'gorilla-experiment-builder',
    ]);
    expect(ids('Programmed the line in TIA Portal.')).toEqual(['plc-programming']);
    expect(ids('Planned the heavy checks in Skywise and Boeing Toolbox.')).toEqual([
      'airbus-skywise',
      'boeing-toolbox',
    ]);
    expect(ids('Scheduled the works in Asta Powerproject and estimated in CostX.')).toEqual([
      'asta-powerproject',
      'costx',
    ]);
    expect(ids('Planned the spray jobs in Climate FieldView and Pix4Dfields.')).toEqual([
      'climate-fieldview',
      'pix4d',
    ]);
    expect(ids('Ran the DC on Körber HighJump.')).toEqual(['korber-wms']);
  });
});

describe('the tools of 34-industry-systems.yaml', () => {
  const file = parse(readFileSync(join(BUILTIN_TAXONOMY, '34-industry-systems.yaml'), 'utf8')) as {
    tools: { id: string; category: string }[];
  };

  it('each has a category that exists', () => {
    expect(file.tools.length).toBeGreaterThan(0);
    for (const tool of file.tools) {
      expect(taxonomy.categories.has(tool.category), `${tool.id}: ${tool.category}`).toBe(true);
    }
  });

  it('each is loaded under its own id with that category', () => {
    for (const tool of file.tools) {
      expect(taxonomy.byId.get(tool.id)?.category, tool.id).toBe(tool.category);
    }
  });
});
