import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';
import { describeFieldFile } from '../helpers/field-file.js';

/**
 * The fields of 37-practice-fields.yaml (court reporting, transport modelling, hydrology, wind energy, theatre
 * lighting and show control, forensic accounting, garment manufacturing, mobile health, medical-device security,
 * quantum computing and HPC, restaurant IT, identity management) name their tools after words, names, planets,
 * animals and acronyms: Total Eclipse, Bridge, Digital CAT, Plover, E-Transcript, FTR, For The Record, Odyssey,
 * eCourt, Concordance, Summation, IPRO, Visum, SATURN, Emme, SUMO, Junctions, Sidra, LEGION, TUBA, SCATS, SCOOT,
 * FEWS, SMS, GMS, WMS, SWAT, AQUARIUS, Bladed, Eos, grandMA, Capture, WYSIWYG, disguise, Watchout, Pandoras Box,
 * Navigator, DMX, OSC, LTC, MTC, Palantir, CLEAR, Tally, Health Connect, ISE, TMS, Braket, Quil, HIP, TORQUE, Moab,
 * Lustre, When I Work, Homebase, Clover, OIM, Active Roles, Ringtail, IIQ, Remedy. Each is judged by its sentence;
 * for every one a sentence where the tool is meant and one from its other sense.
 */
const taxonomy = loadTaxonomy();
const matcher = new ToolMatcher(taxonomy);
const ids = (sentence: string) => matcher.matchSentence(sentence).map((m) => m.toolId);

/** Tools of other files that 37-practice-fields.yaml repeats to give them more spellings or rules. */
const UPDATED = [
  'aims-airline',
  'nuix',
  'acl-analytics',
  'claroty',
  'sailpoint',
  'bmc-remedy',
  'hec-hms',
  'qsharp',
  'oracle-micros-simphony',
];

describe('practice fields: ambiguous names, judged by their sentence', () => {
  it.each([
    // court reporting and e-discovery
    ['Wrote realtime depositions and edited the transcripts in Total Eclipse.', 'eclipse-cat'],
    ['Sent the realtime feed to the attorneys through Bridge.', 'eclipse-cat'],
    ['Translated my steno notes and edited the transcripts in Digital CAT.', 'digitalcat'],
    ['Built my steno dictionary and practised chords in Plover.', 'plover-steno'],
    ['Delivered the deposition transcripts as an E-Transcript with exhibits.', 'reallegal-e-transcript'],
    ['Recorded the court hearings in FTR and logged the annotations.', 'ftr-gold'],
    ['Monitored the courtroom recordings in For The Record and produced transcripts.', 'ftr-gold'],
    ['Configured the criminal case dockets in Odyssey for the clerk of court.', 'tyler-odyssey'],
    ['Entered the probate filings in eCourt for the court clerks.', 'journal-technologies-ecourt'],
    ['Loaded the DAT files and reviewed the productions in Concordance.', 'concordance-ediscovery'],
    ['Coded the documents for privilege review in Summation.', 'summation-ediscovery'],
    ['Imaged the productions and Bates-stamped them in IPRO.', 'ipro'],
    // transport modelling
    ['Calibrated the strategic demand model in Visum.', 'ptv-visum'],
    ['Ran the highway assignment and built the trip matrices in SATURN.', 'saturn-traffic'],
    ['Built the regional transit assignment model in Emme with Python macros.', 'emme'],
    ['Ran the traffic simulation of the intersections in SUMO with TraCI.', 'eclipse-sumo'],
    ['Assessed the roundabout capacity with ARCADY in Junctions 10.', 'trl-junctions'],
    ['Modelled the roundabout capacity and queues in Junctions.', 'trl-junctions'],
    ['Modelled the signalised intersections in SIDRA.', 'sidra-intersection'],
    ['Checked the roundabout capacity and queues in Sidra for the junction upgrade.', 'sidra-intersection'],
    ['Simulated pedestrian flows on the station platforms in Legion.', 'bentley-legion'],
    ['Appraised the scheme benefits in TUBA from the SATURN outputs.', 'tuba-dft'],
    ['Tuned the adaptive signal timings in SCATS at the intersections.', 'scats'],
    ['Optimised the signal timings for the corridor in SCOOT.', 'scoot'],
    // hydrology
    ['Ran the operational flood forecasting workflows in FEWS.', 'delft-fews'],
    ['Built the 2D mesh in SMS and ran SRH-2D for the bridge scour study.', 'aquaveo-sms'],
    ['Modelled the aquifer drawdown in GMS with MODFLOW.', 'aquaveo-gms'],
    ['Delineated the watershed basins in WMS.', 'aquaveo-wms'],
    ['Calibrated the catchment runoff and sediment model in SWAT.', 'swat-model'],
    ['Processed the hydrometric gauge data and rating curves in AQUARIUS.', 'aquarius-time-series'],
    // wind energy
    ['Ran the turbine loads and fatigue simulations in Bladed.', 'bladed'],
    // theatre lighting and show control
    ['Programmed the lighting cues and palettes on the Eos.', 'etc-eos'],
    ['Programmed the cues for the tour on a grandMA.', 'grandma-console'],
    ['Previsualised the lighting rig and fixtures in Capture.', 'capture-visualiser'],
    ['Drew the lighting plot and rig in WYSIWYG.', 'wysiwyg-cast'],
    ['Ran the projection mapping on disguise media servers.', 'disguise-media-server'],
    ['Programmed the timeline and projection mapping on disguise.', 'disguise-media-server'],
    ['Built the projection show and edge blending in Watchout.', 'watchout'],
    ['Ran the projection mapping playback on Pandoras Box.', 'pandoras-box'],
    ['Programmed the winches and scenic automation cues in Navigator.', 'tait-navigator'],
    ['Addressed the fixtures and patched the universes over DMX.', 'dmx512'],
    ['Triggered the lighting cues from QLab over OSC.', 'open-sound-control'],
    ['Chased the lighting cues to LTC from the playback rig.', 'smpte-timecode'],
    ['Synchronised the show to MTC from QLab.', 'smpte-timecode'],
    // forensic accounting
    ['Built the investigation pipelines in Palantir.', 'palantir'],
    ['Ran skip tracing and background searches in CLEAR and Accurint.', 'thomson-reuters-clear'],
    // garment manufacturing
    ['Posted the vouchers and GST returns in Tally.', 'tallyprime'],
    // mobile health
    ['Read the steps and sleep records from Health Connect on Android.', 'health-connect'],
    // medical-device security and clinical engineering
    ['Wrote the 802.1x posture and profiling policies in ISE.', 'cisco-ise'],
    ['Logged the infusion pump inspections and recalls in TMS.', 'accruent-tms'],
    // quantum and HPC
    ['Submitted the quantum circuits to the QPU through Braket.', 'amazon-braket'],
    ['Wrote the quantum programs in Quil and compiled them with quilc.', 'quil'],
    ['Ported the CUDA kernels to HIP for the AMD GPUs.', 'amd-hip'],
    ['Submitted the batch jobs to the cluster with qsub under TORQUE.', 'torque-resource-manager'],
    ['Scheduled the cluster jobs with Moab and Torque.', 'moab-hpc'],
    ['Tuned the striping on the scratch Lustre filesystem.', 'lustre'],
    // restaurants
    ['Built the staff shift schedules in When I Work.', 'when-i-work'],
    ['Tracked the hourly timesheets and shifts in Homebase.', 'homebase-scheduling'],
    ['Took card payments on the Clover terminals at the restaurant.', 'clover-pos'],
    // identity
    ['Wrote the provisioning connectors and reconciliation jobs in OIM.', 'oracle-identity-manager'],
    [
      'Delegated the AD provisioning of accounts to the helpdesk in Active Roles.',
      'one-identity-active-roles',
    ],
    ['Reviewed the privileged documents for litigation in Ringtail.', 'nuix'],
    ['Wrote the provisioning rules and certifications in IIQ.', 'sailpoint'],
    ['Logged and escalated the incidents and change tickets in Remedy.', 'bmc-remedy'],
  ])('finds the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).toContain(tool);
  });

  it.each([
    // court reporting and e-discovery
    ['Photographed the total solar eclipse in 2017.', 'eclipse-cat'],
    ['Watched the Total Eclipse of the sun from the beach.', 'eclipse-cat'],
    ['Sang Total Eclipse of the Heart at karaoke.', 'eclipse-cat'],
    ['Inspected the steel girders of the Bridge over the river.', 'eclipse-cat'],
    ['Culled the photos in Adobe Bridge and Lightroom.', 'eclipse-cat'],
    ['Played duplicate Bridge at the club on Tuesdays.', 'eclipse-cat'],
    ['Wrote Java plugins in Eclipse.', 'eclipse-cat'],
    ['Read the Digital CAT scans of the patients in radiology.', 'digitalcat'],
    ['Surveyed the ringed Plover nests on the beach.', 'plover-steno'],
    ['Spotted a plover on the shore.', 'plover-steno'],
    ['Requested an official E-Transcript from the university for admissions.', 'reallegal-e-transcript'],
    ['For the record, I led the migration.', 'ftr-gold'],
    ['Kept notes For The Record of the meeting.', 'ftr-gold'],
    ['Read The Odyssey by Homer in the literature class.', 'tyler-odyssey'],
    ['Drove a Honda Odyssey minivan for the school run.', 'tyler-odyssey'],
    ['Built a Concordance of the words in the corpus with AntConc.', 'concordance-ediscovery'],
    ['Applied the Einstein Summation notation to the tensors.', 'summation-ediscovery'],
    // transport modelling
    ['Applied for a Schengen Visum at the embassy.', 'ptv-visum'],
    ['Watched the rings of SATURN through the telescope.', 'saturn-traffic'],
    ['Built a scale model of the SATURN V rocket.', 'saturn-traffic'],
    ['Worked with Emme, my colleague, on the launch.', 'emme'],
    ['Watched SUMO wrestling in Tokyo.', 'eclipse-sumo'],
    ['Ran the logs through Sumo Logic.', 'eclipse-sumo'],
    ['Soldered the PN Junctions of the diodes.', 'trl-junctions'],
    ['Reported to Sidra, who ran the clinic.', 'sidra-intersection'],
    ['Volunteered with the American Legion.', 'bentley-legion'],
    ['Played the TUBA in the brass band.', 'tuba-dft'],
    ['Counted SCATS along the badger trail survey.', 'scats'],
    ['I SCOOT over on the scooter to make room.', 'scoot'],
    // hydrology
    ['Sent the appointment reminders per SMS.', 'aquaveo-sms'],
    ['Set up the SMS alerts with Twilio.', 'aquaveo-sms'],
    ['Built the Klaviyo email and SMS flows.', 'aquaveo-sms'],
    ['Notified the customers via SMS and email.', 'aquaveo-sms'],
    ['Integrated the SMS gateway in the mobile app.', 'aquaveo-sms'],
    ['Certified the Android phones for GMS with Google.', 'aquaveo-gms'],
    ['Configured the pick waves in the WMS for the warehouse.', 'aquaveo-wms'],
    ['Served the map tiles as WMS layers from GeoServer.', 'aquaveo-wms'],
    ['Joined the police SWAT team as a tactical officer.', 'swat-model'],
    ['Ran a SWAT analysis of strengths and weaknesses.', 'swat-model'],
    ['Read my AQUARIUS horoscope in the paper.', 'aquarius-time-series'],
    // wind energy
    ['Sharpened the Bladed knives in the kitchen.', 'bladed'],
    // theatre lighting and show control
    ['Shot the wedding on a Canon Eos camera.', 'etc-eos'],
    ['Visited my grandma every Sunday.', 'grandma-console'],
    ['Helped to capture the requirements in Jira.', 'capture-visualiser'],
    ['Edited the photos in Capture One.', 'capture-visualiser'],
    ['Built the Lead Capture forms in HubSpot.', 'capture-visualiser'],
    ['Won a Capture the Flag contest.', 'capture-visualiser'],
    ['Built a WYSIWYG editor for the CMS with TinyMCE.', 'wysiwyg-cast'],
    ['Tried to disguise the outage as a planned maintenance.', 'disguise-media-server'],
    ['The layoffs were a blessing in disguise.', 'disguise-media-server'],
    ['He was a master of disguise in the school play.', 'disguise-media-server'],
    ['Ran the neighbourhood Watchout list.', 'watchout'],
    ['Opened a Pandora’s box of legacy code.', 'pandoras-box'],
    ['Used Anaconda Navigator to launch Jupyter.', 'tait-navigator'],
    ['Rallied as the Navigator for the co-driver team.', 'tait-navigator'],
    ['Listened to DMX and Ruff Ryders albums.', 'dmx512'],
    ['Filed the prospectus with the OSC in Ontario.', 'open-sound-control'],
    ['Reported to the Head of OSC compliance.', 'open-sound-control'],
    ['Managed the LTC insurance claims for the nursing homes.', 'smpte-timecode'],
    ['Bought some LTC and bitcoin.', 'smpte-timecode'],
    ['Worked with the MTC on the Bay Area transportation plan.', 'smpte-timecode'],
    // forensic accounting
    ['Read The Lord of the Rings and the Palantir of Saruman.', 'palantir'],
    ['Worked at Palantir Technologies as an engineer.', 'palantir'],
    ['Made the goals CLEAR to the team.', 'thomson-reuters-clear'],
    ['Enrolled in CLEAR at the airport to skip the security lanes.', 'thomson-reuters-clear'],
    // garment manufacturing
    ['Kept a Tally of the votes at the count.', 'tallyprime'],
    ['Tally the marks at the end.', 'tallyprime'],
    ['Kept a Tally of the invoices in Excel.', 'tallyprime'],
    // mobile health
    ['Volunteered with the County Health Connect outreach programme.', 'health-connect'],
    // medical-device security and clinical engineering
    ['Synthesised the FPGA design in Xilinx ISE.', 'cisco-ise'],
    ['Moved the freight loads from the WMS to the TMS.', 'accruent-tms'],
    ['Delivered TMS treatments for depression at the clinic.', 'accruent-tms'],
    ['Ran the translations through Phrase TMS.', 'accruent-tms'],
    ['Integrated the routes between WMS, TMS and carrier EDI.', 'accruent-tms'],
    // quantum and HPC
    ['Wrote the states in Dirac Braket notation.', 'amazon-braket'],
    ['Reported to Quil, who ran the team.', 'quil'],
    ['Rehabilitated the patients after HIP replacement surgery.', 'amd-hip'],
    ['Tightened the bolts to the TORQUE spec with a wrench.', 'torque-resource-manager'],
    ['Went hiking in Moab and Arches National Park.', 'moab-hpc'],
    ['Restored the Lustre of the pottery glaze.', 'lustre'],
    // restaurants
    ['When I Work with clients, I listen first.', 'when-i-work'],
    ['When I work with clients, I listen first.', 'when-i-work'],
    ['Bought the paint at Homebase in the garden centre.', 'homebase-scheduling'],
    ['Worked in Homebase as a sales assistant.', 'homebase-scheduling'],
    ['Found a four-leaf Clover in the field.', 'clover-pos'],
    ['Measured the Java code coverage with Atlassian Clover.', 'clover-pos'],
    // identity
    ['Reported to the Office of OIM in the department.', 'oracle-identity-manager'],
    ['Took on Active Roles in the community board.', 'one-identity-active-roles'],
    ['Rescued a Ringtail possum at the wildlife centre.', 'nuix'],
    ['Sought an equitable Remedy for the breach of contract.', 'bmc-remedy'],
  ])('does not take the other sense for the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).not.toContain(tool);
  });
});

describe('practice fields: unambiguous names in ordinary résumé sentences', () => {
  it.each([
    // court reporting and e-discovery
    [
      'Wrote realtime in Case CATalyst and streamed it to the attorneys over CaseViewNet.',
      ['stenograph-case-catalyst', 'stenograph-caseviewnet'],
    ],
    [
      'Moved from ProCAT to Eclipse CAT and added AccuCap for captioning.',
      ['procat', 'eclipse-cat', 'eclipse-cat'],
    ],
    ['Trained on StenoCAT software and DigitalCAT.', ['stenocat', 'digitalcat']],
    ['Delivered the transcripts with RealLegal E-Transcript Manager.', ['reallegal-e-transcript']],
    ['Recorded the hearings in FTR Gold and JAVS.', ['ftr-gold', 'javs']],
    ['Annotated the realtime in LiveNote and TextMap.', ['livenote', 'textmap']],
    ['Filed the cases through Tyler Odyssey and Odyssey File & Serve.', ['tyler-odyssey', 'tyler-odyssey']],
    ['Configured the case types in Journal Technologies eCourt.', ['journal-technologies-ecourt']],
    [
      'Reviewed in LexisNexis Concordance, AccessData Summation and IPRO Eclipse.',
      ['concordance-ediscovery', 'summation-ediscovery', 'ipro'],
    ],
    // transport modelling
    [
      'Built the models in PTV Visum and PTV Vissim, then PTV Vistro.',
      ['ptv-visum', 'ptv-vissim', 'ptv-vistro'],
    ],
    ['Simulated the corridor in Aimsun Next and Paramics Discovery.', ['aimsun-next', 'paramics']],
    ['Ran the demand model in Cube Voyager and TransCAD.', ['cube-voyager', 'transcad']],
    ['Simulated the agents in MATSim and the vehicles in Eclipse SUMO.', ['matsim', 'eclipse-sumo']],
    ['Designed the signals in LinSig and TRANSYT 16.', ['linsig', 'transyt']],
    ['Checked the roundabouts in ARCADY and PICADY.', ['trl-junctions', 'trl-junctions']],
    ['Timed the signals in Synchro Studio and SimTraffic.', ['synchro-studio', 'synchro-studio']],
    [
      'Ran the level-of-service checks in HCS7 and SIDRA Intersection.',
      ['highway-capacity-software', 'sidra-intersection'],
    ],
    ['Modelled the station in Bentley LEGION.', ['bentley-legion']],
    ['Published the timetables as GTFS-RT feeds.', ['gtfs']],
    // hydrology
    ['Ran the 2D models in Hydro_AS-2D and Delft3D FM.', ['hydro-as-2d', 'delft3d']],
    ['Built the river models in SOBEK and the forecasts in Delft-FEWS.', ['sobek', 'delft-fews']],
    ['Modelled the dune erosion in XBeach.', ['xbeach']],
    [
      'Meshed the floodplain in the Surface-water Modeling System and the basin in the Watershed Modeling System.',
      ['aquaveo-sms', 'aquaveo-wms'],
    ],
    ['Built the groundwater model in Aquaveo GMS and Visual MODFLOW.', ['aquaveo-gms', 'visual-modflow']],
    ['Calibrated ArcSWAT and SWAT+ models.', ['swat-model', 'swat-model']],
    ['Ran WaSiM-ETH and LARSIM for the basins.', ['wasim', 'larsim']],
    ['Modelled the unsaturated zone in HYDRUS-1D and transport in MT3DMS.', ['hydrus', 'mt3dms']],
    ['Stored the series in HEC-DSS and ran HEC-GeoHMS.', ['hec-dss', 'hec-hms']],
    ['Ran SRH-2D, ADCIRC and FLO-2D.', ['srh-2d', 'adcirc', 'flo-2d']],
    ['Sized the ponds in HydroCAD and the sewers in StormCAD.', ['hydrocad', 'stormcad']],
    ['Managed the telemetry in KISTERS WISKI and Hydstra.', ['kisters-wiski', 'hydstra']],
    ['Published the data from AQUARIUS Time-Series.', ['aquarius-time-series']],
    // wind energy
    ['Monitored the fleet in Greenbyte and Bazefield.', ['greenbyte', 'bazefield']],
    ['Pulled the turbine data from VestasOnline Business and WebWPS.', ['vestasonline', 'webwps']],
    ['Ran the energy yield in WindFarmer and WAsP.', ['windfarmer', 'wasp-wind']],
    ['Reported the availability in Power Factors Drive.', ['power-factors-drive']],
    ['Ran the aeroelastic loads in OpenFAST and DNV Bladed.', ['openfast', 'bladed']],
    // theatre lighting and show control
    ['Programmed on ETC Eos Ti and ETC Nomad.', ['etc-eos', 'etc-eos']],
    ['Busked the show on grandMA3 onPC and ChamSys MagicQ.', ['grandma-console', 'chamsys-magicq']],
    ['Ran the rig from a Hog 4 and an Avolites Titan.', ['hog-4', 'avolites-titan']],
    [
      'Kept the paperwork in Lightwright and the plot in Vectorworks Spotlight.',
      ['lightwright', 'vectorworks'],
    ],
    [
      'Previsualised the show in Capture Sweden and Vectorworks Vision.',
      ['capture-visualiser', 'vectorworks-vision'],
    ],
    ['Ran the sound cues in QLab 5 and the DSP on Q-SYS.', ['qlab', 'q-sys']],
    ['Built the content in TouchDesigner and played it from Resolume Arena.', ['touchdesigner', 'resolume']],
    ['Mapped the facade in MadMapper and Millumin.', ['madmapper', 'millumin']],
    ['Ran the show control in Medialon Manager and Dataton WATCHOUT.', ['medialon', 'watchout']],
    ['Networked the consoles over sACN and Art-Net to the DMX512 nodes.', ['sacn', 'art-net', 'dmx512']],
    [
      'Chased SMPTE timecode and fired MIDI Show Control from Open Sound Control.',
      ['smpte-timecode', 'midi-show-control', 'open-sound-control'],
    ],
    ['Ran the automation on TAIT Navigator.', ['tait-navigator']],
    ['Programmed the media servers in disguise designer.', ['disguise-media-server']],
    // forensic accounting
    [
      "Charted the networks in i2 Analyst’s Notebook and Analyst's Notebook 9.",
      ['i2-analysts-notebook', 'i2-analysts-notebook'],
    ],
    [
      'Traced the wallets in Chainalysis Reactor and imaged the phones in Magnet AXIOM.',
      ['chainalysis', 'magnet-axiom'],
    ],
    ['Ran the searches in TLOxp and Thomson Reuters CLEAR.', ['tloxp', 'thomson-reuters-clear']],
    ['Built the ontology in Palantir Foundry.', ['palantir']],
    ['Analysed the ledgers in Diligent HighBond and CaseWare IDEA.', ['acl-analytics', 'caseware-idea']],
    // garment manufacturing
    ['Planned the lines in FastReactPlan and costed the styles in GSDCost.', ['fastreactplan', 'gsdcost']],
    ['Programmed the knits in Stoll M1plus and SDS-ONE APEX.', ['stoll-m1plus', 'shima-seiki-apex']],
    ['Kept the books in Tally.ERP 9, then TallyPrime.', ['tallyprime', 'tallyprime']],
    ['Ran the wholesale orders in BlueCherry ERP.', ['bluecherry']],
    // mobile health
    ['Synced the workouts from Google Fit and Android Health Connect.', ['google-fit', 'health-connect']],
    ['Sold the subscriptions through RevenueCat and StoreKit.', ['revenuecat', 'storekit']],
    ['Built the watch app with WatchKit for watchOS and Wear OS.', ['watchkit', 'watchos', 'wear-os']],
    ['Wrote the watch face in Monkey C with the Connect IQ SDK.', ['monkey-c', 'garmin-connect-iq']],
    [
      'Pulled the wearable data from the Terra API, the Strava API and the Fitbit Web API.',
      ['terra-api', 'strava-api', 'fitbit-web-api'],
    ],
    // medical-device security and clinical engineering
    ['Inventoried the medical devices in Medigate and Claroty xDome.', ['medigate', 'claroty']],
    ['Profiled the devices in Ordr, Asimily and Cynerio.', ['ordr', 'asimily', 'cynerio']],
    [
      'Monitored the OT network in Microsoft Defender for IoT and Forescout CounterACT.',
      ['microsoft-defender-for-iot', 'forescout'],
    ],
    ['Enforced NAC with Cisco Identity Services Engine.', ['cisco-ise']],
    ['Ran the work orders in Nuvolo and Accruent TMS.', ['nuvolo', 'accruent-tms']],
    ['Migrated from Phoenix AIMS and tested the pumps with Fluke Ansur.', ['phoenix-aims', 'fluke-ansur']],
    [
      'Published the SBOMs as CycloneDX and SPDX into OWASP Dependency-Track.',
      ['cyclonedx', 'spdx', 'dependency-track'],
    ],
    // quantum and HPC
    ['Wrote the circuits in Qiskit, Cirq and PennyLane.', ['qiskit', 'cirq', 'pennylane']],
    ['Simulated the states with NVIDIA cuQuantum and CUDA-Q.', ['cuquantum', 'cuda-q']],
    ['Ran the tensor networks in ITensor and Yao.jl.', ['itensor', 'yao-jl']],
    ['Drove the instruments with QCoDeS and modelled the qubits in QuTiP.', ['qcodes', 'qutip']],
    ['Compiled the circuits with pytket to OpenQASM 3.', ['tket', 'openqasm']],
    [
      'Annealed the problems on D-Wave Ocean and ran jobs on Amazon Braket.',
      ['dwave-ocean', 'amazon-braket'],
    ],
    ['Ran the jobs on Azure Quantum and IBM Quantum Experience.', ['azure-quantum', 'ibm-quantum']],
    ['Wrote the programs in pyQuil.', ['pyquil']],
    ['Ported the code with HIPIFY to AMD ROCm.', ['amd-hip', 'rocm']],
    ['Offloaded the loops with OpenACC, SYCL and Kokkos.', ['openacc', 'sycl', 'kokkos']],
    ['Profiled the solver in Intel VTune and built it with Intel oneAPI.', ['intel-vtune', 'intel-oneapi']],
    ['Built the software stack with Spack and EasyBuild behind Lmod.', ['spack', 'easybuild', 'lmod']],
    ['Scripted the JMeter samplers in BeanShell.', ['jmeter', 'beanshell']],
    ['Gave the users Open OnDemand and the Moab Workload Manager.', ['open-ondemand', 'moab-hpc']],
    [
      'Ran the storage on Lustre filesystem, IBM Spectrum Scale and BeeGFS.',
      ['lustre', 'ibm-storage-scale', 'beegfs'],
    ],
    // restaurants
    [
      'Scheduled the crews in WhenIWork and counted the invoices in MarginEdge.',
      ['when-i-work', 'marginedge'],
    ],
    ['Scanned the invoices with xtraCHEF by Toast.', ['xtrachef']],
    [
      'Ran the resort POS on Agilysys InfoGenesis and the spa on Book4Time.',
      ['agilysys-infogenesis', 'book4time'],
    ],
    ['Rolled out SpotOn POS, Clover Flex and Upserve.', ['spoton-pos', 'clover-pos', 'upserve']],
    ['Moved the stores from PAR Brink POS to SkyTab.', ['par-brink', 'shift4']],
    [
      'Kept the RES 3700 tills until the Simphony move.',
      ['oracle-micros-simphony', 'oracle-micros-simphony'],
    ],
    // identity
    ['Provisioned the accounts over SCIM 2.0 from SailPoint IdentityIQ.', ['scim', 'sailpoint']],
    [
      'Moved from Oracle Identity Manager and Oracle Access Manager to IdentityNow.',
      ['oracle-identity-manager', 'oracle-access-manager', 'sailpoint'],
    ],
    [
      'Synced the directory with Microsoft Identity Manager and Quest Active Roles.',
      ['microsoft-identity-manager', 'one-identity-active-roles'],
    ],
    [
      'Ran the IGA on One Identity Manager, NetIQ Identity Manager and Saviynt.',
      ['one-identity-manager', 'netiq-identity-manager', 'saviynt'],
    ],
    [
      'Migrated the SSO from CA SiteMinder and IBM Security Identity Manager.',
      ['ca-siteminder', 'ibm-security-verify-governance'],
    ],
    ['Verified the users through Login.gov and ID.me.', ['login-gov', 'id-me']],
    [
      'Issued the certificates with Keyfactor and Venafi, and the tokens with RSA SecurID.',
      ['keyfactor', 'venafi', 'rsa-securid'],
    ],
    ['Installed ActivClient for the CAC readers.', ['activclient']],
    ['Logged the tickets in BMC Remedyforce.', ['bmc-remedy']],
    ['Reviewed the documents in Nuix Ringtail.', ['nuix']],
  ])('%s', (sentence, tools) => {
    expect(ids(sentence)).toEqual(tools);
  });
});

describe('practice fields: names that share words with other tools', () => {
  it('lets the longer names win, and keeps the tools that own the short names', () => {
    expect(ids('Wrote the Java services in Eclipse.')).toEqual(['java', 'eclipse-ide']);
    expect(ids('Wrote realtime in Eclipse CAT.')).toEqual(['eclipse-cat']);
    expect(ids('Reviewed the productions in IPRO Eclipse.')).toEqual(['ipro']);
    expect(ids('Simulated the traffic in Eclipse SUMO.')).toEqual(['eclipse-sumo']);
    expect(ids('Scheduled the containers on Nomad with Terraform.')).toEqual([
      'hashicorp-nomad',
      'terraform',
    ]);
    expect(ids('Scheduled the 4D programme in SYNCHRO with Primavera P6.')).toContain('synchro-4d');
    expect(ids('Built the FP&A models in Cube with NetSuite.')).toContain('cube-planning');
    expect(ids('Ran the crew rostering in AIMS International.')).toEqual(['aims-airline']);
    expect(ids('Built the FPGA in Xilinx ISE.')).toEqual(['xilinx-vivado']);
    expect(ids('Synced the events from Ag Leader SMS.')).toEqual(['ag-leader-sms']);
    expect(ids('Ran the picking in Blue Yonder WMS.')).toEqual(['blue-yonder']);
    expect(ids('Translated the strings in Phrase TMS.')).toEqual(['phrase-tms']);
    expect(ids('Queried the logs in Sumo Logic.')).toEqual(['sumo-logic']);
    expect(ids('Charted the sites in ContextCapture.')).toEqual(['bentley-contextcapture']);
    expect(ids('Drew the schematics in OrCAD Capture.')).toEqual(['cadence-orcad']);
  });

  it('finds the tools of these fields that were already in the taxonomy under their own ids', () => {
    expect(ids('Modelled the river in HEC-RAS and the catchment in HEC-HMS.')).toEqual([
      'hec-ras',
      'hec-hms',
    ]);
    expect(ids('Ran the flood models in TUFLOW and InfoWorks ICM.')).toEqual(['tuflow', 'infoworks-icm']);
    expect(ids('Reviewed the productions in RelativityOne and Nuix.')).toEqual(['relativity', 'nuix']);
    expect(ids('Tested the journals in CaseWare IDEA and ACL Analytics.')).toEqual([
      'caseware-idea',
      'acl-analytics',
    ]);
    expect(ids('Ran the tills on Toast POS and Square POS.')).toEqual(['toast-pos', 'square-pos']);
    expect(ids('Pulled the turbine tags from the PI System into windPRO.')).toEqual([
      'osisoft-pi',
      'windpro',
    ]);
    expect(ids('Submitted the jobs to Slurm and PBS Pro.')).toEqual(['slurm', 'pbs-pro']);
  });

  it('gives tools of other files the spellings these fields write', () => {
    expect(ids('Ran the analytics in Galvanize HighBond.')).toEqual(['acl-analytics']);
    expect(ids('Watched the networks in Claroty xDome.')).toEqual(['claroty']);
    expect(ids('Certified the access in SailPoint IdentityNow.')).toEqual(['sailpoint']);
    expect(ids('Wrote the katas in the Quantum Development Kit.')).toEqual(['qsharp']);
    expect(ids('Raised the requests in BMC Remedy AR System.')).toEqual(['bmc-remedy']);
  });
});

describe('practice fields: words and phrases that are not tools', () => {
  it.each([
    'Photographed the total solar eclipse.',
    'For the record, the numbers were wrong.',
    'We crossed the bridge at dawn.',
    'Sent the codes per SMS.',
    'Customers got SMS alerts on delivery.',
    'The layoffs were a blessing in disguise.',
    'Tried to disguise the delay.',
    'Helped capture the requirements.',
    'Visited my grandma on Sundays.',
    'Kept a tally of the votes.',
    'When I work with a team, I listen first.',
    'Rotated the tyres to the right torque.',
    'Read The Odyssey over the summer.',
    'Spotted a plover on the mudflats.',
    'Took it up a notch.',
    'Played the tuba in the band.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});

describeFieldFile('37-practice-fields.yaml', taxonomy, UPDATED);
