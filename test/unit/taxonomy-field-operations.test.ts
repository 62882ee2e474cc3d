import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';

/**
 * The fields of 31-field-operations.yaml (airline operations, dental practices, geotechnical engineering and survey,
 * solar and power systems, agriculture and forestry, mining, construction) name their tools after ordinary words,
 * acronyms, places and people: AIMS, AMOS, Weave, Jane, Dips, FLAC, AGS, HOMER, Vulcan, Whittle, Leapfrog, STACK.
 * Each is judged by its sentence; for every one a sentence where the tool is meant and one from its other sense.
 */
const matcher = new ToolMatcher(loadTaxonomy());
const ids = (sentence: string) => matcher.matchSentence(sentence).map((m) => m.toolId);

describe('field operations: ambiguous names, judged by their sentence', () => {
  it.each([
    ['Rosters were built in AIMS every month.', 'aims-airline'],
    [
      'Built and published monthly rosters for 240 crew in AIMS; handled swaps and standby cover.',
      'aims-airline',
    ],
    ["Tail swaps and heavy-check slots come from Maintenance Control's AMOS.", 'amos-swiss-as'],
    ['Logged defects and work packages in TRAX.', 'trax-emro'],
    ['Moved the task cards into eMRO.', 'trax-emro'],
    ['Rostered pilots in iFlight.', 'ibs-iflight'],
    ['Migrated the reservations from New Skies to Altéa.', 'navitaire'],
    ['Migrated the reservations from New Skies to Altéa.', 'amadeus-altea'],
    ['Checked in passengers in Altea for the airline.', 'amadeus-altea'],
    ['Pulled the summer schedules from OAG for the network plan.', 'oag'],
    ['Exported the SSIM file for the season.', 'iata-ssim'],
    ['Loaded the IATA SSIM schedules for the winter season.', 'iata-ssim'],
    ['Designed 40 rooftop systems in Aurora Solar.', 'aurora-solar'],
    ['Recalls went out through Weave.', 'weave'],
    ['Set up Weave for two-way texting, phones and review requests.', 'weave'],
    ['Led the conversion from Eaglesoft to Open Dental.', 'open-dental'],
    ['Booked physio appointments in Jane for the clinic.', 'jane-app'],
    ['Moved the clinic from Cliniko to Jane.', 'jane-app'],
    ['Slopes in GeoStudio until 2018, then everything onto Slide2 + RS2.', 'rocscience-rs2'],
    ['Slopes in GeoStudio until 2018, then everything onto Slide2 + RS2.', 'rocscience-slide2'],
    ['Modelled the tunnel excavation in RS2.', 'rocscience-rs2'],
    ['Plotted the joint sets on stereonets in Dips.', 'rocscience-dips'],
    ['Modelled the tunnel excavation in FLAC.', 'itasca-flac'],
    ['Drilling contractor kept their logs in HoleBASE SI, sent us AGS.', 'ags-format'],
    ['Imported the borehole logs as AGS into gINT.', 'ags-format'],
    ['Set out the road alignment in 12d.', 'twelve-d-model'],
    ['Sized the strings in Sunny Design.', 'sma-sunny-design'],
    ['Watched the inverter yields of 40 sites in Sunny Portal.', 'sma-sunny-portal'],
    [
      'Spent my first months with SMA Sunny Portal, SolarEdge and Fronius Solar.web open in three tabs.',
      'solaredge-monitoring',
    ],
    ['Pulled daily yields from the SolarEdge APIs.', 'solaredge-monitoring'],
    ['Monitored 300 sites in PowerTrack.', 'alsoenergy-powertrack'],
    ['Sized the microgrid in HOMER with diesel and PV.', 'homer-pro'],
    ['I also wrote our Home Assistant integration for customers.', 'home-assistant'],
    ['Planted corn and tracked yields in FieldView.', 'climate-fieldview'],
    ['Recorded crop plans for 4,000 acres in Granular.', 'granular'],
    ['Processed the LiDAR plots in FUSION for canopy metrics.', 'usfs-fusion'],
    ['Ran the forest growth projections in FVS.', 'forest-vegetation-simulator'],
    ['Modelled the forest estate harvest schedule in Woodstock.', 'remsoft-woodstock'],
    ['Designed the pit in Vulcan and scheduled it in Deswik.', 'maptek-vulcan'],
    ['Estimated the block model in GEMS and Surpac.', 'geovia-gems'],
    ['Estimated the resource in Datamine with kriging.', 'datamine-studio'],
    ['Built the implicit geological model in Leapfrog.', 'seequent-leapfrog'],
    ['Leapfrog Works licences approved for 2025.', 'seequent-leapfrog'],
    ['Logged the drillhole data in acQuire.', 'acquire-gim'],
    ['Tracked haul cycles of the shovels in DISPATCH.', 'modular-mining-dispatch'],
    ['Ran pit optimisation in Whittle to get the nested shells.', 'geovia-whittle'],
    ['Built the programme in Asta for the tender.', 'asta-powerproject'],
    ['Estimated the job in B2W and HeavyBid.', 'b2w-software'],
    ['Did the takeoffs in STACK for the bid.', 'stack-takeoff'],
    ['Paid subcontractors through Textura.', 'oracle-textura'],
  ])('finds the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).toContain(tool);
  });

  it.each([
    ['Our aims for the quarter were modest, and I logged them in Excel.', 'aims-airline'],
    ['AIMS AND OBJECTIVES of the Excel project were set.', 'aims-airline'],
    ['Ran the CFA in AMOS and SPSS for the thesis.', 'amos-swiss-as'],
    ['Rode TRAX light rail to the office, then opened Excel.', 'trax-emro'],
    ['Reported the EMRO figures to the WHO in Excel.', 'trax-emro'],
    ['Built an FPV frame with iFlight motors.', 'ibs-iflight'],
    ['Launched the satellite for SES New Skies, then wrote it up in Excel.', 'navitaire'],
    ['Stayed in Altea on the Costa Blanca and used Excel.', 'amadeus-altea'],
    ['Filed the complaint with the OAG in the state of Texas.', 'oag'],
    ['Measured SSIM and PSNR on the denoised images in Python.', 'iata-ssim'],
    ['We finished a job under the aurora borealis.', 'aurora-solar'],
    ['The weave of the fabric was loose.', 'weave'],
    ['I weave insurance, scheduling and HR into one calm front office.', 'weave'],
    ['Replaced Flannel with Weave Net as the CNI in Kubernetes.', 'weave'],
    ['Helped open dental offices in Ohio.', 'open-dental'],
    ['I reported to Jane, the clinic manager, in Excel.', 'jane-app'],
    ['Worked with Jane Doe on the Excel budget.', 'jane-app'],
    ['Client workshops: slide decks in PowerPoint.', 'rocscience-slide2'],
    ['Most plots settle less than 25 mm, checked in Excel.', 'rocscience-settle3'],
    ['Configured the RS2 serial link on the Raspberry Pi in Python.', 'rocscience-rs2'],
    ['Chips and Dips were served after the Excel training.', 'rocscience-dips'],
    ['Converted the album to FLAC and MP3 with ffmpeg.', 'itasca-flac'],
    ['Flew from Heathrow with AGS and booked it in Excel.', 'ags-format'],
    ['The job took 12d and then I logged it in Excel.', 'twelve-d-model'],
    ['It was a Sunny Design day at the beach.', 'sma-sunny-design'],
    ['After a sunny May we had an influx of tickets.', 'sma-sunny-portal'],
    ['Installed SolarEdge optimisers on every roof.', 'solaredge-monitoring'],
    ['Consumed the Gnip PowerTrack stream of tweets.', 'alsoenergy-powertrack'],
    ["Read HOMER's Odyssey in Greek.", 'homer-pro'],
    ['Worked as a Care Home Assistant supporting residents.', 'home-assistant'],
    ['Post-processed the CFD flow fields in FieldView.', 'climate-fieldview'],
    ['Granular access control in Okta.', 'granular'],
    ['Delivered granular insights to the business.', 'granular'],
    ['Studied sensor FUSION with a Kalman filter in Python.', 'usfs-fusion'],
    ['Went to Woodstock festival in 1969.', 'remsoft-woodstock'],
    ['Spock is a Vulcan from Star Trek, I said in Excel.', 'maptek-vulcan'],
    ['Worked for Vulcan Materials as an analyst in Excel.', 'maptek-vulcan'],
    ['Published the GEMS to RubyGems with Bundler.', 'geovia-gems'],
    ['Datamine the game files for leaks.', 'datamine-studio'],
    ['We want to Leapfrog the competition with Excel.', 'seequent-leapfrog'],
    ['We acquire data with Python.', 'acquire-gim'],
    ['DISPATCH SUPERVISOR at Metro Trucking.', 'modular-mining-dispatch'],
    ['Whittle down the backlog in Jira.', 'geovia-whittle'],
    ['I reported to Sarah Whittle, the manager, in Excel.', 'geovia-whittle'],
    ['Asta la vista, I said, and closed Excel.', 'asta-powerproject'],
    ['Worked at B2W Digital on the ecommerce marketplace.', 'b2w-software'],
    ['FULL STACK DEVELOPER with React.', 'stack-takeoff'],
    ['Set the headings in Textura, a blackletter typeface.', 'oracle-textura'],
  ])('does not take the other sense for the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).not.toContain(tool);
  });

  it('keeps the longer names of tools whose short names other tools own', () => {
    // Bare "Aurora" is Amazon Aurora; "Lighthouse" is Google Lighthouse; "Sage 300" is Sage ERP.
    expect(ids('Designed the array in Aurora Solar.')).toEqual(['aurora-solar']);
    expect(ids('Ran a trial of Lighthouse 360 for recall reminders.')).toEqual(['lighthouse-360']);
    expect(ids('Closed the job costs in Sage 300 CRE.')).toEqual(['sage-300-cre']);
    expect(ids('Rostered the crews in their own Sabre AirCentre Crew Manager.')).toEqual(['sabre-aircentre']);
    expect(ids('Shortlisted Lufthansa Systems NetLine/Crew.')).toEqual(['lufthansa-systems-netline']);
    expect(ids('Ran the slopes in GeoStudio (SLOPE/W, SEEP/W).')).toEqual([
      'geostudio',
      'geostudio',
      'geostudio',
    ]);
  });
});
