import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';

/**
 * The fields of 32-public-services.yaml (financial crime, legal operations, shipping, emergency dispatch, film
 * production, research, apparel, building automation, environmental consulting, museums, leisure, quantity surveying)
 * name their tools after people, places, animals and ordinary words: Bridger, Harvey, Carpe Diem, Gorilla, Sawtooth,
 * Niagara, N4, AIS, ADMS, vegan, Fulcrum, Adlib, EMu, Gladstone, Legend, Deputy, Candy, Cubit, CATO, Causeway.
 * Each is judged by its sentence; for every one a sentence where the tool is meant and one from its other sense.
 */
const matcher = new ToolMatcher(loadTaxonomy());
const ids = (sentence: string) => matcher.matchSentence(sentence).map((m) => m.toolId);

describe('public services: ambiguous names, judged by their sentence', () => {
  it.each([
    // financial crime
    ['Screened payees in Bridger and cleared matches.', 'lexisnexis-bridger'],
    ['Ran sanctions screening in Bridger Insight XG.', 'lexisnexis-bridger'],
    // legal operations
    ['Submitted LEDES invoices to the insurers.', 'ledes'],
    ['Invoices were exported as LEDES files.', 'ledes'],
    ['Reviewed outside-counsel invoices in Legal Tracker.', 'thomson-reuters-legal-tracker'],
    ['Recorded billable time in Carpe Diem.', 'carpe-diem'],
    ['Drafted first-pass contract reviews in Harvey.', 'harvey-ai'],
    ['Piloted Harvey for due diligence memos with the associates.', 'harvey-ai'],
    ['Rolled out Harvey AI to 300 lawyers.', 'harvey-ai'],
    // maritime
    ['Ran voyage estimates in IMOS.', 'veson-imos'],
    ['Weather routing with SPOS onboard.', 'dtn-spos'],
    ['Tracked tanker positions from AIS data in Python.', 'ais-maritime'],
    ["Checked the vessel's AIS track before the port call.", 'ais-maritime'],
    ['Planned berth windows and yard moves in Navis N4.', 'navis-n4'],
    // public safety
    ['Took video 911 calls through Carbyne.', 'carbyne'],
    // research
    [
      'Built the online reaction-time task in Gorilla and recruited on Prolific.',
      'gorilla-experiment-builder',
    ],
    ['Ran the experiment in PsychoPy and later Gorilla.', 'gorilla-experiment-builder'],
    ['Designed the CBC conjoint in Sawtooth.', 'sawtooth-lighthouse-studio'],
    ['Ran the pricing study in Conjointly.', 'conjointly'],
    ['Built the survey tables in Q Research Software.', 'q-research-software'],
    // building automation
    ['Programmed the JACE stations in Niagara 4.', 'niagara-framework'],
    ['Built BMS graphics in Tridium Niagara.', 'niagara-framework'],
    ['Integrated the chillers into Niagara over BACnet.', 'niagara-framework'],
    ['Commissioned N4 stations on 40 JACEs for the BMS.', 'niagara-framework'],
    ['Upgraded the N4 server for the BMS.', 'niagara-framework'],
    ['Tagged the points with Project Haystack.', 'project-haystack'],
    ['Applied Haystack tags to 12,000 points.', 'project-haystack'],
    // environmental consulting
    ['Bats were identified in Kaleidoscope Pro.', 'kaleidoscope-pro'],
    ['Auto-identified the bat calls in Kaleidoscope.', 'kaleidoscope-pro'],
    ['Ran the odour dispersion model in ADMS.', 'cerc-adms'],
    ['Modelled stack emissions and NO2 in ADMS-Urban.', 'cerc-adms'],
    ['Ordination in vegan (R) on the quadrat data.', 'vegan-r'],
    ['Ran NMDS with the vegan package.', 'vegan-r'],
    ['Wrote the R scripts with vegan and ggplot2 for the ordination.', 'vegan-r'],
    ['Built the field inspection forms in Fulcrum.', 'fulcrum'],
    // museums
    ['Migrated the museum catalogue from Adlib to Axiell Collections.', 'axiell-collections'],
    ['Catalogued 5,000 specimens in EMu.', 'axiell-emu'],
    // leisure
    ["Moved the leisure centres' memberships from Legend to Gladstone.", 'legend-club-management'],
    ["Moved the leisure centres' memberships from Legend to Gladstone.", 'gladstone360'],
    ['Handled memberships and direct debits in Legend at the leisure centre.', 'legend-club-management'],
    ['Rotas for 40 staff were built in Deputy.', 'deputy'],
    ['As Deputy Manager I built the rotas in Deputy.', 'deputy'],
    ['Moved from Sage 50 and Xero to Deputy for payroll hours.', 'deputy'],
    // quantity surveying
    ['Built the tender programme and cashflow in Candy.', 'ccs-candy'],
    ['Measured the takeoffs in Cubit from the PDF plans.', 'buildsoft-cubit'],
    ['Valued subcontractor applications in CATO.', 'causeway-cato'],
    ['Built the BoQ in CATO and the takeoff in CostX.', 'causeway-cato'],
    ['Priced the BoQ in Causeway.', 'causeway-cato'],
  ])('finds the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).toContain(tool);
  });

  it.each([
    // financial crime
    ['Jeff Bridger, my manager, approved the Excel model.', 'lexisnexis-bridger'],
    ['I reported to Tom Bridger on the Excel budget.', 'lexisnexis-bridger'],
    ['Skied at Bridger Bowl every winter.', 'lexisnexis-bridger'],
    // legal operations
    ['Wrote sharp ledes for the news desk.', 'ledes'],
    ['Kept a legal tracker spreadsheet for the team.', 'thomson-reuters-legal-tracker'],
    ['Built a Legal Tracker spreadsheet in Excel.', 'thomson-reuters-legal-tracker'],
    ['Carpe Diem: seize the day, I wrote in my journal.', 'carpe-diem'],
    ['Carpe diem, as my mentor said.', 'carpe-diem'],
    ['Worked with Harvey on the Westlaw research.', 'harvey-ai'],
    ['I reported to Harvey, the managing partner.', 'harvey-ai'],
    ['Harvey, our partner, signed off the memo.', 'harvey-ai'],
    ['Volunteered in Houston after Hurricane Harvey.', 'harvey-ai'],
    ['Scored the options with Harvey balls in PowerPoint.', 'harvey-ai'],
    ['Shopped at Harvey Nichols for the launch.', 'harvey-ai'],
    ['First legal hire; report to the General Counsel, Harvey Lim, on contract matters.', 'harvey-ai'],
    // maritime
    ['Downloaded the IMOS mooring data for the Australian shelf.', 'veson-imos'],
    ['Reviewed the SPOs in Excel.', 'dtn-spos'],
    ['Restored the church spire in 2019.', 'spire-maritime'],
    ['Worked as a nurse at Spire Healthcare.', 'spire-maritime'],
    ['Scored injuries with AIS in the trauma registry.', 'ais-maritime'],
    ['Built the AIS and PIS APIs for PSD2 open banking.', 'ais-maritime'],
    ['Taught maths at AIS for two years.', 'ais-maritime'],
    ['Monitored marine traffic in the strait.', 'marinetraffic'],
    ['Reported to the Marine Traffic Control officer.', 'marinetraffic'],
    ['Navis is Latin for ship.', 'navis-n4'],
    // public safety
    ['Met the client at the café on Central Square.', 'centralsquare'],
    ['Synthesised carbyne chains in the lab.', 'carbyne'],
    ['Carbyne chains were modelled in Gaussian.', 'carbyne'],
    ['The new world of work needs Excel.', 'tyler-new-world'],
    // research
    ['Saw a silverback Gorilla at the zoo.', 'gorilla-experiment-builder'],
    ['A gorilla walked past the camera.', 'gorilla-experiment-builder'],
    ['Fixed the shelf with Gorilla Glue.', 'gorilla-experiment-builder'],
    ['Routed requests with Gorilla Mux in Go.', 'gorilla-experiment-builder'],
    ['Answered every Q and A in Excel.', 'q-research-software'],
    ['Joined Q Research Solutions as an analyst.', 'q-research-software'],
    ['Generated a sawtooth wave in MATLAB.', 'sawtooth-lighthouse-studio'],
    ['Played a Sawtooth wave on the synth.', 'sawtooth-lighthouse-studio'],
    ['Hiked the Sawtooth mountains in Idaho.', 'sawtooth-lighthouse-studio'],
    ['We worked conjointly with Finance on Excel.', 'conjointly'],
    // building automation
    ['Took the team to Niagara Falls.', 'niagara-framework'],
    ['Studied at Niagara College.', 'niagara-framework'],
    ['Built the sparks in Niagara for the Unreal cinematic.', 'niagara-framework'],
    ['Moved to a flat in N4 near Finsbury Park.', 'niagara-framework'],
    ['Drove the N4 to Dublin every week.', 'niagara-framework'],
    ['Planned berth windows and yard moves in Navis N4.', 'niagara-framework'],
    ['Built the RAG pipeline in Haystack with Elasticsearch.', 'project-haystack'],
    ['Looking for a needle in a haystack.', 'project-haystack'],
    // environmental consulting
    ['A kaleidoscope of ideas.', 'kaleidoscope-pro'],
    ['Brought a Kaleidoscope of colours to the Excel dashboards.', 'kaleidoscope-pro'],
    ['Ran the ADMS for the distribution grid operator.', 'cerc-adms'],
    ['Rolled out ADMS and outage management for the electric utility.', 'cerc-adms'],
    ['Vegan baking club organiser.', 'vegan-r'],
    ['Cooked in vegan restaurants across London.', 'vegan-r'],
    ['Switched to vegan food in 2019.', 'vegan-r'],
    ['Organised vegan options for the team events.', 'vegan-r'],
    ['She was the fulcrum of the team.', 'fulcrum'],
    ['The Fulcrum of the lever sat in the middle.', 'fulcrum'],
    ['Joined Fulcrum Therapeutics as an analyst.', 'fulcrum'],
    // museums
    ['Saw an emu at the farm.', 'axiell-emu'],
    ['Worked on the EMU trains at Siemens.', 'axiell-emu'],
    ['I adlib on the piano.', 'axiell-collections'],
    ['Sang an Adlib vocal in the jazz band.', 'axiell-collections'],
    ['Wrote the past perfect tense drills.', 'pastperfect'],
    // leisure
    ['Our office was on Gladstone Road.', 'gladstone360'],
    ['Wrote an essay on Gladstone and Disraeli.', 'gladstone360'],
    ['Gladstone was Prime Minister four times.', 'gladstone360'],
    ['Added a legend to every Tableau chart.', 'legend-club-management'],
    ['Added a Legend to every chart in Excel.', 'legend-club-management'],
    ['He is a Legend in the industry.', 'legend-club-management'],
    ['Played League of Legends after work.', 'legend-club-management'],
    ['Built data models in FINOS Legend Studio.', 'legend-club-management'],
    ['Promoted to Deputy Manager in 2019.', 'deputy'],
    ['Worked as Deputy Head of Finance.', 'deputy'],
    ['Dispatched units while the Deputy Chief watched.', 'deputy'],
    ['Reported to the Deputy, who led the Excel rollout.', 'deputy'],
    // quantity surveying
    ['I handed the rates to Candy, who checked them.', 'ccs-candy'],
    ['Candy, our senior QS, checked the rates.', 'ccs-candy'],
    ['Ran the Candy Crush tournament.', 'ccs-candy'],
    ['Managed state with Cubit in the Flutter app.', 'buildsoft-cubit'],
    ['Meshed the geometry in Cubit for the FEA model.', 'buildsoft-cubit'],
    ["Noah's ark was 300 cubits long.", 'buildsoft-cubit'],
    ['Donated to the CATO Institute.', 'causeway-cato'],
    ['Led the Causeway Quarter scheme in Belfast.', 'causeway-cato'],
    ["Walked the Giant's Causeway with the team.", 'causeway-cato'],
    ['Lived in Causeway Bay for two years.', 'causeway-cato'],
  ])('does not take the other sense for the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).not.toContain(tool);
  });
});

describe('public services: unambiguous names in ordinary résumé sentences', () => {
  it.each([
    ['Resolved alerts in Quantexa and checked names against World-Check One.', ['quantexa', 'world-check']],
    ['Checked PEPs in Refinitiv World-Check.', ['world-check']],
    ['Submitted invoices to clients through eBillingHub.', ['ebillinghub']],
    ['Exported LEDES 1998B files for every matter.', ['ledes']],
    ['Sent the engagement letters through Adobe Sign.', ['adobe-acrobat-sign']],
    ['Approved law-firm invoices in TyMetrix 360 and later Brightflag.', ['tymetrix-360', 'brightflag']],
    ['Moved the contract repository from Agiloft to Icertis.', ['agiloft', 'icertis']],
    ['Managed laytime and demurrage claims in Veson IMOS.', ['veson-imos']],
    ['Reported bunker savings from ZeroNorth and StormGeo.', ['zeronorth', 'stormgeo']],
    ['Passed the type-specific ECDIS course on Navi-Sailor 4000.', ['navi-sailor-4000']],
    ['Pulled satellite positions from Spire Maritime.', ['spire-maritime']],
    ['Voyages were managed in Dataloy VMS.', ['dataloy-vms']],
    ['Streamed engine data through Kongsberg Vessel Insight.', ['kongsberg-vessel-insight']],
    ['Checked vessel ETAs on MarineTraffic.', ['marinetraffic']],
    ['Filed the pre-arrival notifications in Portbase.', ['portbase']],
    ['Dispatched units in New World CAD.', ['tyler-new-world']],
    ['Located callers with RapidSOS and triaged medical calls with ProQA.', ['rapidsos', 'proqa']],
    ['Dispatched calls in Intergraph I/CAD.', ['hexagon-oncall-dispatch']],
    [
      'Moved the centre from Intergraph CAD to HxGN OnCall Dispatch.',
      ['hexagon-oncall-dispatch', 'hexagon-oncall-dispatch'],
    ],
    ['Dispatched fire and EMS units in PremierOne CAD.', ['motorola-premierone']],
    ['Supported the CentralSquare Inform CAD upgrade.', ['centralsquare']],
    ['Kept the department policies in PowerDMS.', ['powerdms']],
    ['Broke down the script in StudioBinder.', ['studiobinder']],
    ['Built the shooting schedule in Movie Magic Scheduling.', ['movie-magic-scheduling']],
    ['Budgeted the feature in Movie Magic Budgeting.', ['movie-magic-budgeting']],
    ['Shared call sheets via Scenechronize and Yamdu.', ['scenechronize', 'yamdu']],
    ['Programmed the Stroop task in PsychoPy.', ['psychopy']],
    ['Ran the reaction-time studies in E-Prime 3.', ['e-prime']],
    ['Ran the study in Gorilla Experiment Builder.', ['gorilla-experiment-builder']],
    ['Graded patterns in Optitex and fitted the samples in VStitcher.', ['optitex', 'browzwear-vstitcher']],
    ['Scanned fabrics in Substance 3D Sampler.', ['substance-3d-sampler']],
    ['Managed alarms in Metasys across the campus.', ['johnson-controls-metasys']],
    ['Commissioned the AHUs in Desigo CC.', ['siemens-desigo-cc']],
    ['Wrote the VAV sequences in EC-gfxProgram.', ['distech-ec-gfxprogram']],
    ['Trended the chillers in Tracer SC.', ['trane-tracer-sc']],
    ['Ran fault detection rules in SkySpark.', ['skyspark']],
    ['Integrated Modbus and BACnet/IP devices.', ['modbus', 'bacnet']],
    ['Vetted the bat calls in SonoBat.', ['sonobat']],
    ['Downloaded the loggers in HOBOware.', ['hoboware']],
    ['Modelled the stack emissions in AERMOD.', ['aermod']],
    ['Published the collection in CollectiveAccess and Omeka S.', ['collectiveaccess', 'omeka']],
    ['Served the images over IIIF.', ['iiif']],
    ['Processed memberships in Gladstone360.', ['gladstone360']],
    ['Booked classes in Mindbody.', ['mindbody']],
    ['Moved the studio from Glofox to ClubRight.', ['glofox', 'clubright']],
    ['Coached clients remotely through Trainerize.', ['trainerize']],
    ['Priced the bills of quantities in CCS Candy.', ['ccs-candy']],
    ['Measured the takeoffs in Buildsoft Cubit.', ['buildsoft-cubit']],
  ])('%s', (sentence, tools) => {
    expect(ids(sentence)).toEqual(tools);
  });
});

describe('public services: names that share words with other tools', () => {
  it('keeps the longer names of tools whose short names other tools own', () => {
    // Bare "Lighthouse" is Google Lighthouse, bare "Haystack" deepset Haystack, bare "Refinitiv" Refinitiv Eikon,
    // bare "Acrobat" Adobe Acrobat, bare "Displayr" the Displayr app.
    expect(ids('Designed the MaxDiff in Lighthouse Studio.')).toEqual(['sawtooth-lighthouse-studio']);
    expect(ids('Ran the Lighthouse audits on the landing page.')).not.toContain('sawtooth-lighthouse-studio');
    expect(ids('Tagged the meters with Haystack tagging in SkySpark.')).toEqual([
      'project-haystack',
      'skyspark',
    ]);
    expect(ids('Built the RAG pipeline in Haystack with Elasticsearch.')).toContain('haystack');
    expect(ids('Checked PEPs in Refinitiv World-Check.')).toEqual(['world-check']);
    expect(ids('Sent the engagement letters through Adobe Acrobat Sign.')).toEqual(['adobe-acrobat-sign']);
    expect(ids('Built the tracker tables in Q (Displayr) and dashboards in Displayr.')).toEqual([
      'q-research-software',
      'displayr',
    ]);
    // "Navis N4" is the terminal system; bare "N4" beside building-automation words is Niagara 4.
    expect(ids('Planned berth windows and yard moves in Navis N4.')).toEqual(['navis-n4']);
    expect(ids('Migrated 30 sites from Niagara AX to N4.')).toEqual(['niagara-framework']);
  });

  it('finds the tools of these fields that were already in the taxonomy under their own ids', () => {
    expect(ids('Tuned the Actimize scenarios for the bank.')).toEqual(['nice-actimize']);
    expect(ids('Lawyers recorded their time in Carpe Diem before the move to Intapp Time.')).toEqual([
      'carpe-diem',
      'intapp',
    ]);
    expect(ids('Graded the pattern in Gerber AccuMark and Lectra Modaris.')).toEqual([
      'gerber-accumark',
      'lectra',
    ]);
    expect(ids('Collected survey points in QField and modelled the reach in HEC-RAS.')).toEqual([
      'qfield',
      'hec-ras',
    ]);
    expect(ids('Catalogued the loans in PastPerfect and preserved the files in Preservica.')).toEqual([
      'pastperfect',
      'preservica',
    ]);
    expect(ids('Marked up drawings in Bluebeam Revu and logged RFIs in Procore.')).toEqual([
      'bluebeam-revu',
      'procore',
    ]);
  });
});
