import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';

/**
 * The trades fields of 28-trades-fields.yaml (architecture and construction, broadcast, veterinary practice, sports
 * analysis, CNC and MES, clinical laboratory, insurance, newsrooms) are full of names that are ordinary words, animals,
 * places and people: Rhino, Grasshopper, Dante, Plex, Duck Creek, Arc. Each is judged by its sentence; for every one a
 * sentence where the tool is meant and a sentence from its other sense.
 */
const matcher = new ToolMatcher(loadTaxonomy());
const ids = (sentence: string) => matcher.matchSentence(sentence).map((m) => m.toolId);

describe('trades fields: ambiguous names, judged by their sentence', () => {
  it.each([
    ['Parametric façades in Rhino and Grasshopper.', 'rhino-3d'],
    ['Parametric façades in Rhino and Grasshopper.', 'grasshopper'],
    ['Modelled the roof surfaces in Rhino, then detailed them in Revit.', 'rhino-3d'],
    ['Wrote Grasshopper definitions for the panelisation of the atrium.', 'grasshopper'],
    ['Daylight and glare studies with Ladybug and Honeybee.', 'ladybug-tools'],
    ['Streamed the Revit models to the design team through Speckle.', 'speckle'],
    ['Kept the baseline schedule in Primavera and issued monthly updates.', 'oracle-primavera-p6'],
    ['Built the programme in P6 and linked it to the Navisworks model for 4D review.', 'oracle-primavera-p6'],
    ['Ran 4D construction sequencing in SYNCHRO from the P6 programme.', 'synchro-4d'],
    ['Clash issues went back to the architects as BCF files from Navisworks.', 'bcf'],
    ['Set up the NMOS registry so the 2110 senders could be discovered.', 'amwa-nmos'],
    ['Routed 64 channels over Dante to the desk.', 'audinate-dante'],
    ['Brought the remote cameras in over NDI to the vMix machine.', 'ndi'],
    ['Commissioned Versio playout for twelve channels.', 'imagine-versio'],
    ['Operated iTX playout for the regional channels.', 'grass-valley-itx'],
    ['Ingested and logged rushes in Dalet for the newsroom.', 'dalet-galaxy'],
    ['Configured router salvos and panels in MAGNUM for the new gallery.', 'evertz-magnum'],
    ['Scheduled the channel playlists in AirBox.', 'playbox-airbox'],
    ['Streamed the weekly service to YouTube with OBS.', 'obs-studio'],
    ['Cut replays on EVS and logged clips in IPDirector for the highlights show.', 'evs-lsm'],
    ['Built the election graphics templates in Chyron and XPression.', 'chyron-prime'],
    ['Migrated the OTT channels to cloud encoding on Harmonic.', 'harmonic-vos'],
    ['Automated transcoding of the mezzanine files with Vantage workflows.', 'telestream-vantage'],
    ['Producers wrote the rundowns in ENPS.', 'enps'],
    ['Contribution feeds came in over SRT from the venues.', 'srt-protocol'],
    ['Reviewed the GPS load data from Catapult after every training session.', 'catapult-openfield'],
    ['Fitted players with vests and exported sprint metrics from Catapult.', 'catapult-openfield'],
    ['Pitch design sessions with Trackman and Rapsodo data in the bullpen.', 'trackman'],
    ['Posted the mill-turn toolpaths from ESPRIT to the Swiss lathes.', 'esprit-cam'],
    ['Rolled out Plex MES across three plants.', 'plex-smart-manufacturing'],
    ['Tracked work orders and inventory in Plex for the machining plant.', 'plex-smart-manufacturing'],
    ['Moved the shop to paperless routings in ProShop.', 'proshop-erp'],
    ['Built operator work instruction apps in Tulip for the shop floor.', 'tulip-interfaces'],
    ['Built result interfaces from the analyzers into Orchard Harvest.', 'orchard-harvest'],
    [
      'Wrote autoverification rules in Instrument Manager for the chemistry analyzers.',
      'data-innovations-instrument-manager',
    ],
    ['Designed specimen labels in BarTender for the Zebra printers.', 'bartender'],
    ['Wrote Gosu rules and PCF changes for PolicyCenter.', 'gosu'],
    ['Configured rating and forms in Duck Creek for two carriers.', 'duck-creek'],
    ['Integrated the underwriting portal with Sapiens for life and annuities.', 'sapiens-coresuite'],
    ['Trained the CSRs on renewals in Applied Epic.', 'applied-epic'],
    ['Converted the brokerage from Sagitta to AMS360.', 'vertafore-sagitta'],
    ['Led the CMS migration from WordPress to Arc for the newsroom.', 'arc-xp'],
    ['Built editorial dashboards on Parsely audience data.', 'parse-ly'],
    ['Reviewed the QC data in Unity Real Time every morning.', 'bio-rad-unity-real-time'],
    ['Checked in patients and invoiced them in Covetrus Pulse.', 'covetrus-pulse'],
    ['Cleaned the point cloud in ReCap before modelling.', 'autodesk-recap'],
    ['Built xG models on Opta event data.', 'opta'],
  ])('finds the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).toContain(tool);
  });

  it.each([
    ['We saw a rhino at the zoo and I logged it in Excel.', 'rhino-3d'],
    ['A Rhino calf was born at the zoo that spring.', 'rhino-3d'],
    ['A Rhino charged our jeep on safari; I logged the sighting in Excel.', 'rhino-3d'],
    ['Embedded the Rhino JavaScript engine in the Java service.', 'rhino-3d'],
    ['A Grasshopper landed on the garden table during the demo.', 'grasshopper'],
    ['Ladybug and Honeybee populations in the garden were counted by the children.', 'ladybug-tools'],
    ['Reduced Speckle noise in the ultrasound images with a median filter.', 'speckle'],
    ['We celebrated at Primavera Sound in Barcelona.', 'oracle-primavera-p6'],
    ['Promoted to P6 engineer at Alibaba and moved to Hangzhou using Java.', 'oracle-primavera-p6'],
    ['Coached SYNCHRO swimming on weekends.', 'synchro-4d'],
    ['Converted the VCF files to BCF with bcftools for the variant pipeline.', 'bcf'],
    ['Designed NMOS logic gates for the test chip in Cadence Virtuoso.', 'amwa-nmos'],
    ["Dante's Inferno was on my reading list.", 'audinate-dante'],
    ['Worked with Dante, who ran the finance team, on the budget in Excel.', 'audinate-dante'],
    ['Performed NDI inspections on composite aircraft panels.', 'ndi'],
    ['Our domains were hosted at Versio before the move.', 'imagine-versio'],
    ['Built a Mini iTX gaming PC for the office.', 'grass-valley-itx'],
    ['Dalet is the fourth letter of the Hebrew alphabet.', 'dalet-galaxy'],
    ['Bought everyone a MAGNUM ice cream after go-live.', 'evertz-magnum'],
    ['Measured air quality with an AirBox sensor in each classroom.', 'playbox-airbox'],
    ['Rotated through the OBS and gynaecology ward as a student.', 'obs-studio'],
    ['Installed EVS chargers for the company fleet alongside the SAP rollout.', 'evs-lsm'],
    ['Wrote the Chyron for the breaking headline.', 'chyron-prime'],
    ['Computed the Harmonic mean of precision and recall in Python.', 'harmonic-vos'],
    ['From that Vantage point we could see the whole plant.', 'telestream-vantage'],
    ['Raised our ENPS score through the engagement survey.', 'enps'],
    ['Exported SRT subtitle files for every episode.', 'srt-protocol'],
    ['The grant from Digital Catapult funded our prototype.', 'catapult-openfield'],
    ['The promotion Catapulted my career.', 'catapult-openfield'],
    ['Worked as a Trackman on the railway maintenance crew.', 'trackman'],
    ['Fostered team ESPRIT de corps with Slack channels.', 'esprit-cam'],
    ['Plex movie server at home.', 'plex-smart-manufacturing'],
    ['Ran a Plex media server on my home NAS.', 'plex-smart-manufacturing'],
    ['Managed the golf ProShop merchandise and tee times.', 'proshop-erp'],
    ['We visited the Tulip festival in Holland.', 'tulip-interfaces'],
    ['Volunteered at the Orchard Harvest festival picking apples.', 'orchard-harvest'],
    ['Promoted to Instrument Manager in the orchestra.', 'data-innovations-instrument-manager'],
    ['Worked as a BarTender at a cocktail bar while studying.', 'bartender'],
    ['He was a Gosu StarCraft player in his teens.', 'gosu'],
    ['We bought a house in the Duck Creek subdivision.', 'duck-creek'],
    ['Read Sapiens by Harari on the train.', 'sapiens-coresuite'],
    ['Studied Homo Sapiens evolution at university.', 'sapiens-coresuite'],
    ['Applied Epic Beaker upgrades for the hospital lab.', 'applied-epic'],
    ['Found Sagitta, the Arrow constellation, with a small telescope.', 'vertafore-sagitta'],
    ['the Arc of the story carried the whole season.', 'arc-xp'],
    ['The story Arc of the series was strong.', 'arc-xp'],
    ['Chopped Parsely and garlic for the sauce.', 'parse-ly'],
    ['Built the scenes in Unity for the VR demo.', 'bio-rad-unity-real-time'],
    ['Pulse and respiration were normal.', 'covetrus-pulse'],
    ['Gave a quick recap of the sprint in the retro.', 'autodesk-recap'],
    ['A second spectrum was acquired after annealing.', 'second-spectrum'],
    ['Flew under the vet radar for years.', 'vet-radar'],
  ])('does not take the other sense for the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).not.toContain(tool);
  });

  it('keeps the longer name of a tool whose short name another tool owns', () => {
    // "Unity" is the game engine, "Epic" the EHR, "Cornerstone" the learning system.
    expect(ids('Reviewed the QC data in Unity Real Time every morning.')).toEqual([
      'bio-rad-unity-real-time',
    ]);
    expect(ids('Built the scenes in Unity for the VR demo.')).toEqual(['unity']);
    expect(ids('Trained the CSRs on renewals in Applied Epic.')).toEqual(['applied-epic']);
    expect(ids('Applied Epic Beaker upgrades for the hospital lab.')).toEqual(['epic']);
    expect(ids('Moved the clinic from IDEXX Cornerstone to ezyVet.')).toEqual([
      'idexx-cornerstone',
      'ezyvet',
    ]);
  });
});
