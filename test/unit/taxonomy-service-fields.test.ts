import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';
import { describeFieldFile } from '../helpers/field-file.js';

/**
 * The fields of 36-service-fields.yaml (cognitive neuroscience, managed IT services, mining, travel technology, SEO,
 * recruiting, radiology IT, salon and e-commerce support, satellite operations, astronomy, Dynamics 365 and the Power
 * Platform, facilities management) name their tools after words, names, places and acronyms: MNE, FieldTrip,
 * Brainstorm, BESA, Curry, MaxFilter, LSL, Profusion, YASA, FSL, ANTs, BIDS, SONA, Prolific, LabTech, Syncro, IT Glue,
 * Autopilot, Huntress, Webroot, Surfer, Amadeus, Sabre, Galileo, NDC, ONE Order, Duffel, Navan, Rank Math, Moz,
 * Majestic, Bullhorn, Gem, Eightfold, Phenom, Vincere, CRIS, Soliton, Compass, Synapse, Change Healthcare, Insignia,
 * Visage, Timely, Gorgias, Recharge, Rebuy, Loop Returns, COSMOS, STK, GMAT, cFS, F Prime, SPICE, DS9, CASA, TOPCAT,
 * Aladin, CIAO, Montage, FITS, IDL, SSDT, Dataverse, CDS, ADO, GSC, Condor, FMX, TOTAL Mobile, Jobber, Trend. Each is
 * judged by its sentence; for every one a sentence where the tool is meant and one from its other sense.
 */
const taxonomy = loadTaxonomy();
const matcher = new ToolMatcher(taxonomy);
const ids = (sentence: string) => matcher.matchSentence(sentence).map((m) => m.toolId);

/** Tools of other files that 36-service-fields.yaml repeats to give them more spellings. */
const UPDATED = [
  'power-platform',
  'microsoft-dynamics-365',
  'azure-devops',
  'power-apps',
  'shopify',
  'workday',
  'google-search-console',
  'microsoft-intune',
  'htcondor',
  'ge-centricity',
];

describe('service fields: ambiguous names, judged by their sentence', () => {
  it.each([
    // cognitive neuroscience
    ['Epoched the EEG and ran ICA in MNE before source localisation.', 'mne-python'],
    ['Preprocessed the MEG recordings in FieldTrip and ran cluster permutation tests.', 'fieldtrip-toolbox'],
    ['Ran beamformer source analysis in Fieldtrip on the MEG data.', 'fieldtrip-toolbox'],
    ['Modelled the cortical sources of the MEG data in Brainstorm.', 'brainstorm-toolbox'],
    ['Fitted dipoles to the interictal spikes in BESA.', 'besa'],
    ['Recorded the EEG in Curry 8 and fitted the sources in CURRY.', 'curry-neuroimaging'],
    ['Fitted the dipoles in Curry and cleaned the data in EEGLAB.', 'curry-neuroimaging'],
    ['Applied tSSS with MaxFilter to the raw MEG files.', 'maxfilter'],
    ['Synchronised the EEG and eye-tracker streams with LSL.', 'lab-streaming-layer'],
    ['Scored the overnight PSG studies in ProFusion.', 'compumedics-profusion'],
    ['Staged the sleep EEG automatically with YASA in Python.', 'yasa-sleep'],
    ['Ran the diffusion registration in FSL and the surfaces in FreeSurfer.', 'fsl'],
    ['Registered the MRI scans to the template with ANTs.', 'ants-registration'],
    ['Converted the EEG datasets to BIDS and validated them.', 'bids-standard'],
    ['Recruited undergraduates for course credit through SONA.', 'sona-systems'],
    ['Booked the participants for the study in Sona and ran them in PsychoPy.', 'sona-systems'],
    ['Recruited 400 participants on Prolific for the online experiment.', 'prolific'],
    // managed IT services
    ['Patched client workstations with scripts in LabTech.', 'connectwise-automate'],
    ['Onboarded new clients into Syncro and set up the RMM agents.', 'syncro-msp'],
    ['Documented client networks and passwords in IT Glue.', 'it-glue'],
    ['Enrolled 300 laptops with Autopilot and Intune.', 'microsoft-intune'],
    ['Deployed Huntress to every endpoint for managed EDR.', 'huntress'],
    ['Rolled out Webroot to the client endpoints as antivirus.', 'webroot'],
    // mining
    ['Gridded the assay results and contoured them in Surfer.', 'golden-software-surfer'],
    // travel technology
    ['Booked flights and reissued tickets in Amadeus for corporate clients.', 'amadeus-gds'],
    ['Queued the PNRs and issued tickets in Sabre.', 'sabre-gds'],
    ['Built PNRs in Galileo and Worldspan for the agency.', 'travelport'],
    ["Integrated the airline's NDC offers and orders API with the booking engine.", 'iata-ndc'],
    ['Migrated the order management to IATA ONE Order.', 'iata-one-order'],
    ['Booked the flights through Duffel for the travel app.', 'duffel'],
    ['Managed corporate travel bookings and expenses in Navan.', 'navan-travel'],
    // SEO
    ['Installed Rank Math and Yoast on the WordPress sites.', 'rank-math'],
    ['Tracked domain authority and backlinks in Moz.', 'moz-pro'],
    ['Audited the backlink profile in Majestic and Ahrefs.', 'majestic-seo'],
    ['Tracked impressions and indexing in GSC.', 'google-search-console'],
    // recruiting
    ['Placed 40 contractors a quarter, tracking candidates in Bullhorn.', 'bullhorn'],
    ['Ran sourcing sequences and candidate outreach in Gem.', 'gem-recruiting'],
    ['Matched candidates to roles with Eightfold and Workday.', 'eightfold-ai'],
    ['Built the careers site and talent CRM in Phenom.', 'phenom-people'],
    ['Logged placements and candidates in Vincere.', 'vincere'],
    ['Ran the hiring pipeline in Greenhouse and Lever.', 'greenhouse'],
    // radiology IT
    ['Booked the MRI and CT appointments in CRIS.', 'magentus-cris'],
    ['Vetted the radiology referrals in Soliton.', 'soliton-ris'],
    ['Routed the DICOM studies to the PACS through Compass.', 'laurel-bridge-compass'],
    ['Configured the worklists for the radiologists in Synapse.', 'fujifilm-synapse'],
    ['Submitted the claims to Change Healthcare for the payers.', 'change-healthcare'],
    ['Migrated the radiology archive from Insignia to Sectra PACS.', 'insignia-insight'],
    ['Read studies for the radiologists on the Visage viewer.', 'visage-imaging'],
    // salons and e-commerce
    ["Booked salon appointments and stylists' rotas in Timely.", 'timely-salon'],
    ['Handled Shopify support tickets and macros in Gorgias.', 'gorgias'],
    ['Managed the subscription renewals in Recharge for the Shopify store.', 'recharge-subscriptions'],
    ['Built the upsell offers in the cart with Rebuy.', 'rebuy-engine'],
    ['Processed exchanges with Loop Returns.', 'loop-returns'],
    // satellite operations
    ['Commanded the satellite and watched telemetry in COSMOS.', 'openc3-cosmos'],
    ['Modelled the ground station access and coverage in STK.', 'ansys-stk'],
    ['Designed the lunar transfer trajectory in GMAT.', 'nasa-gmat'],
    ['Developed the flight software apps on cFS.', 'nasa-cfs'],
    ['Built the cubesat flight software in F Prime.', 'f-prime'],
    ['Computed the spacecraft pointing geometry with SPICE.', 'naif-spice'],
    // astronomy
    ['Inspected the FITS images and regions in DS9.', 'saoimage-ds9'],
    ['Displayed the images with ds9 and measured apertures.', 'saoimage-ds9'],
    ['Calibrated and imaged the ALMA data in CASA.', 'casa-radio'],
    ['Cross-matched the catalogues in TOPCAT.', 'topcat'],
    ['Overlaid the survey images in Aladin and cross-matched them in TOPCAT.', 'aladin'],
    ['Extracted the Chandra spectra in CIAO and fitted them in XSPEC.', 'ciao-chandra'],
    ['Built the sky mosaics of the survey images with Montage.', 'montage-mosaic'],
    ['Read the FITS images of the telescope with Astropy.', 'fits-format'],
    ['Reduced the solar spectra in IDL.', 'idl-language'],
    ['Submitted the batch jobs to the Condor pool.', 'htcondor'],
    // Dynamics 365 and the Power Platform
    ['Deployed the dacpac database projects with SSDT.', 'sql-server-data-tools'],
    ['Built the plugins and tables in Dataverse for the Dynamics CRM.', 'power-platform'],
    ['Queried the CDS entities with FetchXML in Dynamics.', 'power-platform'],
    ['Ran the CI pipelines and boards in ADO.', 'azure-devops'],
    // facilities management
    ['Logged facility maintenance requests in FMX.', 'fmx-facilities'],
    ["Scheduled the technicians' field jobs in TOTAL Mobile.", 'totalmobile'],
    ['Quoted and invoiced the lawn care jobs in Jobber.', 'jobber'],
    ['Programmed the IQ4 controllers in Trend SET.', 'trend-controls'],
    // data engineering, still found
    ['Ran the consumers reading from Kafka.', 'apache-kafka'],
    ['Wrote the consumers reading Kafka topics for the billing events.', 'apache-kafka'],
    ['Added the package with SPM in Xcode.', 'swift-package-manager'],
  ])('finds the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).toContain(tool);
  });

  it.each([
    // cognitive neuroscience
    ['Advised MNE clients on transfer pricing in Excel.', 'mne-python'],
    ['Organised a field trip to the science museum for the pupils.', 'fieldtrip-toolbox'],
    ['Led the Fieldtrip to the zoo for the class.', 'fieldtrip-toolbox'],
    ['Went on Fieldtrip with the kids.', 'fieldtrip-toolbox'],
    ['Our first brainstorm produced the product roadmap.', 'brainstorm-toolbox'],
    ['Ran a Brainstorm session with the team in Miro.', 'brainstorm-toolbox'],
    ['Cooked a chicken Curry for the team social.', 'curry-neuroimaging'],
    ['Reported to Sarah Curry, who ran the finance team in Excel.', 'curry-neuroimaging'],
    ['Had lunch with Curry and the team.', 'curry-neuroimaging'],
    ['Led the Curry acquisition for the group.', 'curry-neuroimaging'],
    ['Used a MaxFilter kernel from PIL to clean the pixels.', 'maxfilter'],
    ['Wrote LSL scripts for avatars in Second Life.', 'lab-streaming-layer'],
    ['A profusion of ideas came out of the workshop.', 'compumedics-profusion'],
    ['The garden had a Profusion of colours.', 'compumedics-profusion'],
    ['Won the FSL season with the club.', 'fsl'],
    ['Studied how ANTs forage in the lab.', 'ants-registration'],
    ['Collected BIDS from contractors for the construction tender.', 'bids-standard'],
    ['Built the SSIS packages and cubes in BIDS.', 'bids-standard'],
    ['Sona, my manager, approved the rota in Workday.', 'sona-systems'],
    ['Worked closely with Sona on the study design.', 'sona-systems'],
    ['She was a Prolific author of papers in LaTeX.', 'prolific'],
    ['She was a Prolific contributor to online forums.', 'prolific'],
    ['Analysed the fMRI data in SPM.', 'swift-package-manager'],
    ['Analysed the fMRI data in SPM and FSL.', 'swift-package-manager'],
    // managed IT services
    ['Interns at LabTech Solutions ran the specimens in the laboratory.', 'connectwise-automate'],
    ['Led the Syncro swimming team to the finals.', 'syncro-msp'],
    ['Glued the parts; let it glue overnight.', 'it-glue'],
    ['The plane flew on Autopilot over the Atlantic.', 'microsoft-intune'],
    ['Configured GKE Autopilot clusters with Terraform.', 'microsoft-intune'],
    ['Trained the models with SageMaker Autopilot.', 'microsoft-intune'],
    ['Read The Huntress by Kate Quinn on holiday.', 'huntress'],
    ['Copied the files to the Webroot folder on IIS.', 'webroot'],
    // mining
    ['Taught surfing; a Surfer since childhood.', 'golden-software-surfer'],
    ['Wrote the content briefs in Surfer for the SEO team.', 'golden-software-surfer'],
    // travel technology
    ['Listened to Amadeus by Mozart on the flight.', 'amadeus-gds'],
    ['Worked at Amadeus IT Group as a Java developer.', 'amadeus-gds'],
    ['Won a Sabre bout at the national fencing championships.', 'sabre-gds'],
    ['Studied Galileo and the telescope in physics class.', 'travelport'],
    ['Configured the Galileo GNSS receivers for positioning.', 'travelport'],
    ['Mapped the NDC codes for the pharmacy claims.', 'iata-ndc'],
    ['Tracked the country NDC pledges under the Paris agreement.', 'iata-ndc'],
    ['The first one order was delayed.', 'iata-one-order'],
    ['Packed the Duffel bag for the trip.', 'duffel'],
    ['Grew up in Navan, County Meath.', 'navan-travel'],
    ['Relocated to Navan in 2019.', 'navan-travel'],
    // SEO
    ['Helped the students rank math problems by difficulty.', 'rank-math'],
    ['Reported to Moz, who ran the band.', 'moz-pro'],
    ['Enjoyed the Majestic views of the mountains.', 'majestic-seo'],
    ['Passed the GSC exams with gold grades.', 'google-search-console'],
    // recruiting
    ['Shouted through a Bullhorn at the rally.', 'bullhorn'],
    ['Built a Ruby Gem with Bundler.', 'gem-recruiting'],
    ['Found a hidden Gem of a restaurant.', 'gem-recruiting'],
    ['Found a Gem of a candidate for the role.', 'gem-recruiting'],
    ['Followed the Eightfold path in Buddhist practice.', 'eightfold-ai'],
    ['A basketball Phenom joined the team.', 'phenom-people'],
    ['Veni, vidi, Vincere: the Latin motto.', 'vincere'],
    ['Worked at Harlow Greenhouse Co. and logged the stock in Excel.', 'greenhouse'],
    ['Harlow Greenhouse Co., Greenhouse Supervisor, tracked yields in Excel.', 'greenhouse'],
    // radiology IT
    ['Cris, my colleague, reported on the pure research publications.', 'magentus-cris'],
    ['Published papers via the CRIS research repository Pure.', 'magentus-cris'],
    ['Modelled Soliton waves in optical fibre with MATLAB.', 'soliton-ris'],
    ['Set the Compass north on the hiking trip.', 'laurel-bridge-compass'],
    ['Connected to the cluster in MongoDB Compass.', 'laurel-bridge-compass'],
    ['Listed the homes with Compass and tracked the leads in Salesforce.', 'laurel-bridge-compass'],
    ['Studied synaptic plasticity at the Synapse in neurons.', 'fujifilm-synapse'],
    ['Built the Azure Synapse pipelines with Spark.', 'fujifilm-synapse'],
    ['Shared the datasets on Synapse for the DREAM challenge.', 'fujifilm-synapse'],
    ['We want to Change Healthcare for the better.', 'change-healthcare'],
    ['Worked at Change Healthcare on claims processing.', 'change-healthcare'],
    ['Sewed the regimental Insignia onto the uniform.', 'insignia-insight'],
    ['Drove a Vauxhall Insignia as a company car.', 'insignia-insight'],
    ['Replaced the lobby TVs with Insignia sets from Best Buy.', 'insignia-insight'],
    ['Her Visage was in the portrait.', 'visage-imaging'],
    // salons and e-commerce
    ['Timely delivery of the reports to the board.', 'timely-salon'],
    ['Ensured Timely responses to customer emails.', 'timely-salon'],
    ['Read Gorgias by Plato in the philosophy seminar.', 'gorgias'],
    ['Recharge the batteries after a long week.', 'recharge-subscriptions'],
    ['Topped up the prepaid Recharge card for the phone.', 'recharge-subscriptions'],
    ['Played a Rebuy poker tournament.', 'rebuy-engine'],
    ['The loop returns early when the list is empty.', 'loop-returns'],
    // satellite operations
    ['Gazing at the cosmos inspired me to study physics.', 'openc3-cosmos'],
    ['Read COSMOS magazine every month.', 'openc3-cosmos'],
    ['Built apps on the Cosmos SDK with CosmWasm.', 'openc3-cosmos'],
    ['Stored the user profiles in Cosmos DB.', 'openc3-cosmos'],
    ['Replaced the STK tape library with LTO-8 drives.', 'ansys-stk'],
    ['Scored 720 on the GMAT and applied to MBA programmes.', 'nasa-gmat'],
    ['Computed f prime and the F Prime of the function in calculus.', 'f-prime'],
    ['Simulated the amplifier in SPICE with LTspice models.', 'naif-spice'],
    // astronomy
    ['Watched DS9 episodes of Star Trek.', 'saoimage-ds9'],
    ['Stayed in a casa de huéspedes while volunteering.', 'casa-radio'],
    ['Obtained my CASA drone licence for the aviation work.', 'casa-radio'],
    ['Volunteered as a CASA for foster children.', 'casa-radio'],
    ['Met with Aladin about the budget.', 'aladin'],
    ['Ciao, said the Italian host at the restaurant.', 'ciao-chandra'],
    ['Said CIAO to the Italian team and left.', 'ciao-chandra'],
    ['Edited a Montage of the match highlights in Premiere.', 'montage-mosaic'],
    ['Created a Montage of images for the background.', 'montage-mosaic'],
    ['One size FITS all for the clothing range.', 'fits-format'],
    ['Defined the CORBA interfaces in IDL.', 'idl-language'],
    ['Generated the gRPC stubs from the IDL files.', 'idl-language'],
    ['Spotted a condor in the Andes.', 'htcondor'],
    ['Flew Condor to Frankfurt for the conference.', 'htcondor'],
    ['Traded iron Condor spreads on the options desk.', 'htcondor'],
    // Dynamics 365 and the Power Platform
    ['Hooked the SSDT in the Windows kernel rootkit.', 'sql-server-data-tools'],
    ['Published the datasets to Dataverse with a DOI for the journal.', 'power-platform'],
    ['Priced CDS spreads for the credit desk.', 'power-platform'],
    ['Priced CDS contracts in tables for the desk.', 'power-platform'],
    ['Queried the Access database with ADO recordsets in VBA.', 'azure-devops'],
    ['Built the data layer with ADO.NET in C#.', 'azure-devops'],
    // facilities management
    ['Built the UI with FMX in Delphi.', 'fmx-facilities'],
    ['Rode FMX motocross at weekends.', 'fmx-facilities'],
    ['The total mobile spend rose.', 'totalmobile'],
    ['Worked as a Jobber at the stock exchange.', 'jobber'],
    ['Follow the Trend set by the market.', 'trend-controls'],
  ])('does not take the other sense for the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).not.toContain(tool);
  });
});

describe('service fields: unambiguous names in ordinary résumé sentences', () => {
  it.each([
    // cognitive neuroscience
    ['Cleaned the EEG in EEGLAB and epoched it in MNE-Python.', ['eeglab', 'mne-python']],
    ['Ran the first-level models in SPM12, then FSL FEAT and AFNI.', ['spm-neuroimaging', 'fsl', 'afni']],
    [
      'Preprocessed the scans with fMRIPrep and built the pipelines in Nipype and Nilearn.',
      ['fmriprep', 'nipype', 'nilearn'],
    ],
    [
      'Segmented the surfaces with FreeSurfer and registered them with Advanced Normalization Tools.',
      ['freesurfer', 'ants-registration'],
    ],
    [
      'Recorded in BrainVision Recorder and cleaned the data in BrainVision Analyzer 2.',
      ['brainvision-recorder', 'brainvision-analyzer'],
    ],
    ['Streamed the markers over Lab Streaming Layer.', ['lab-streaming-layer']],
    [
      'Recorded the fNIRS with NIRx Aurora and the EEG with Compumedics Curry.',
      ['nirx-aurora', 'curry-neuroimaging'],
    ],
    [
      'Scored the studies in Compumedics Profusion and checked them with YASA.',
      ['compumedics-profusion', 'yasa-sleep'],
    ],
    ['Versioned the Brain Imaging Data Structure datasets with DataLad.', ['bids-standard', 'datalad']],
    [
      'Built the tasks in OpenSesame, Psychtoolbox and Neurobehavioral Systems Presentation.',
      ['opensesame', 'psychtoolbox', 'neurobs-presentation'],
    ],
    ['Wrote the experiment in jsPsych.', ['jspsych']],
    [
      'Recruited on Prolific Academic and Amazon Mechanical Turk, and booked lab slots in Sona Systems.',
      ['prolific', 'amazon-mechanical-turk', 'sona-systems'],
    ],
    ['Tracked the eye movements with an EyeLink 1000 Plus.', ['eyelink']],
    ['Cleaned the MEG with Elekta MaxFilter.', ['maxfilter']],
    ['Ran source models in BESA Research and the Brainstorm toolbox.', ['besa', 'brainstorm-toolbox']],
    // managed IT services
    [
      'Ran tickets in ConnectWise Manage and scripts in ConnectWise Automate.',
      ['connectwise-psa', 'connectwise-automate'],
    ],
    [
      'Supported users over ScreenConnect, TeamViewer and AnyDesk.',
      ['connectwise-screenconnect', 'teamviewer', 'anydesk'],
    ],
    [
      'Moved the MSP from Autotask PSA and Datto RMM to HaloPSA and NinjaOne.',
      ['autotask-psa', 'datto-rmm', 'halopsa', 'ninjaone'],
    ],
    [
      'Monitored the estate in Kaseya VSA, N-able N-central and N-sight.',
      ['kaseya-vsa', 'n-able-n-central', 'n-able-n-sight'],
    ],
    ['Onboarded clients in SyncroMSP and Atera.', ['syncro-msp', 'atera']],
    ['Documented the clients in ITGlue and then Hudu.', ['it-glue', 'hudu']],
    [
      'Scanned the network with Lansweeper and pushed installers with PDQ Deploy.',
      ['lansweeper', 'pdq-deploy'],
    ],
    [
      'Cleaned infections with Malwarebytes and imaged disks with Macrium Reflect and Acronis True Image.',
      ['malwarebytes', 'macrium-reflect', 'acronis'],
    ],
    ['Enrolled the laptops with Windows Autopilot.', ['microsoft-intune']],
    ['Ran tickets in NinjaRMM and CW Manage.', ['ninjaone', 'connectwise-psa']],
    // mining
    [
      'Loaded the drillholes into Micromine Geobank and plotted the geochemistry in ioGAS.',
      ['micromine-geobank', 'iogas'],
    ],
    [
      'Processed the scans in Maptek PointStudio and the magnetics in Oasis montaj.',
      ['maptek-pointstudio', 'seequent-oasis-montaj'],
    ],
    ['Logged the core in MX Deposit and the shifts in Pitram.', ['seequent-mx-deposit', 'micromine-pitram']],
    [
      'Designed the blasts in Orica SHOTPlus and tracked the trucks in Wenco.',
      ['orica-shotplus', 'wenco-fms'],
    ],
    ['Contoured the water table in Golden Software Surfer.', ['golden-software-surfer']],
    // travel technology
    ['Issued tickets in Amadeus Selling Platform Connect and Sabre Red 360.', ['amadeus-gds', 'sabre-gds']],
    ['Moved the agency from Travelport Smartpoint to Travelport+.', ['travelport', 'travelport']],
    [
      'Filed the fares with ATPCO and built the NDC layer with Farelogix.',
      ['atpco', 'iata-ndc', 'farelogix'],
    ],
    ['Booked the trips in TripActions, Egencia and cytric.', ['navan-travel', 'egencia', 'cytric']],
    ['Sold the fares through the Duffel API.', ['duffel']],
    // SEO
    ['Crawled the sites with Screaming Frog SEO Spider and Sitebulb.', ['screaming-frog', 'sitebulb']],
    [
      'Wrote the briefs in Surfer SEO, Clearscope and MarketMuse.',
      ['surfer-seo', 'clearscope', 'marketmuse'],
    ],
    ['Tracked rankings in Moz Pro and backlinks in Majestic SEO.', ['moz-pro', 'majestic-seo']],
    ['Logged the crawl budget in Botify and Lumar.', ['botify', 'lumar']],
    [
      'Researched keywords in Google Keyword Planner and Google Trends.',
      ['google-keyword-planner', 'google-trends'],
    ],
    ['Checked Core Web Vitals in PageSpeed Insights.', ['pagespeed-insights']],
    ['Set the meta descriptions in Yoast SEO and BrightEdge.', ['yoast-seo', 'brightedge']],
    // recruiting
    ['Sourced candidates in LinkedIn Recruiter and Gem.com.', ['linkedin-recruiter', 'gem-recruiting']],
    ['Ran the agency desk on Bullhorn ATS and then JobAdder.', ['bullhorn', 'jobadder']],
    ['Summarised interviews with Metaview and wrote the job ads in Textio.', ['metaview', 'textio']],
    ['Ran assessments on HackerRank and Codility.', ['hackerrank', 'codility']],
    ['Evaluated Beamery, Avature and Eightfold AI.', ['beamery', 'avature', 'eightfold-ai']],
    ['Screened applicants in JazzHR and SeekOut.', ['jazzhr', 'seekout']],
    // radiology IT
    [
      'Migrated the PACS from Agfa IMPAX to Agfa Enterprise Imaging.',
      ['agfa-impax', 'agfa-enterprise-imaging'],
    ],
    [
      'Read studies on Carestream Vue PACS and Philips Vue PACS.',
      ['carestream-vue-pacs', 'carestream-vue-pacs'],
    ],
    ['Booked the scans in Wellbeing CRIS and Soliton RIS.', ['magentus-cris', 'soliton-ris']],
    ['Routed the studies with Laurel Bridge Compass.', ['laurel-bridge-compass']],
    ['Triaged the head CTs with Aidoc.', ['aidoc']],
    ['Read the studies on Fujifilm Synapse and Visage 7.', ['fujifilm-synapse', 'visage-imaging']],
    ['Built the 3D reconstructions in TeraRecon and Vitrea.', ['terarecon', 'vitrea']],
    ['Post-processed the cardiac MR in syngo.via.', ['siemens-syngo']],
    ['Read on IntelePACS and InteleViewer.', ['intelerad', 'intelerad']],
    ['Managed the archive in InSight PACS.', ['insignia-insight']],
    // salons and e-commerce
    ['Moved the salon from Shedul to Phorest.', ['fresha', 'phorest']],
    ['Took bookings in Fresha, Booksy, Vagaro and Zenoti.', ['fresha', 'booksy', 'vagaro', 'zenoti']],
    [
      'Handled the tickets in Gorgias and the subscriptions in ReCharge.',
      ['gorgias', 'recharge-subscriptions'],
    ],
    ['Ran loyalty in Smile.io and reviews in Okendo and Judge.me.', ['smile-io', 'okendo', 'judge-me']],
    ['Tracked the parcels in AfterShip.', ['aftership']],
    // satellite operations
    ['Ran the ground software on OpenC3 COSMOS and Yamcs.', ['openc3-cosmos', 'yamcs']],
    ['Analysed coverage in Ansys STK and trajectories in NASA GMAT.', ['ansys-stk', 'nasa-gmat']],
    ['Propagated the orbits with Orekit and FreeFlyer.', ['orekit', 'freeflyer']],
    ['Received the passes with SatNOGS and decoded the CCSDS packets.', ['satnogs', 'ccsds']],
    ['Defined the telemetry in XTCE and displayed it in Open MCT.', ['xtce', 'open-mct']],
    ['Wrote the apps on the core Flight System.', ['nasa-cfs']],
    ['Downlinked the data through AWS Ground Station.', ['aws-ground-station']],
    ['Loaded the SPICE kernels for the Mars mission.', ['naif-spice']],
    // astronomy
    [
      'Reduced the images in IRAF and Astropy, then queried catalogues with Astroquery.',
      ['iraf', 'astropy', 'astroquery'],
    ],
    ['Displayed the FITS files in SAOImage DS9.', ['fits-format', 'saoimage-ds9']],
    ['Cross-matched in TOPCAT and Aladin Sky Atlas.', ['topcat', 'aladin']],
    [
      'Extracted the sources with SExtractor and solved the fields with Astrometry.net.',
      ['sextractor', 'astrometry-net'],
    ],
    ['Fitted the spectra in HEASoft and mapped the sky with HEALPix.', ['heasoft', 'healpix']],
    ['Measured the light curves in AstroImageJ.', ['astroimagej']],
    ['Calibrated the VLA data in NRAO CASA.', ['casa-radio']],
    ['Wrote the pipelines in Interactive Data Language.', ['idl-language']],
    // Dynamics 365 and the Power Platform
    [
      'Synced the data with KingswaySoft and debugged the plugins in XrmToolBox.',
      ['kingswaysoft', 'xrmtoolbox'],
    ],
    ['Built the portal in Power Pages and the bot in Copilot Studio.', ['power-pages', 'copilot-studio']],
    ['Sent the marketing emails from ClickDimensions.', ['clickdimensions']],
    ['Designed the reports in SQL Server Data Tools.', ['sql-server-data-tools']],
    ['Deposited the data in the Harvard Dataverse.', ['dataverse-project']],
    // facilities management
    ['Logged the work orders in Concept Evolution and Planon.', ['concept-evolution', 'planon']],
    [
      'Moved the CAFM from Micad and MRI Evolution to CAFM Explorer.',
      ['micad', 'mri-evolution', 'cafm-explorer'],
    ],
    ['Scheduled the engineers in Totalmobile and Elogbooks.', ['totalmobile', 'elogbooks']],
    [
      'Ran the maintenance in Limble CMMS, MaintainX and HxGN EAM.',
      ['limble-cmms', 'maintainx', 'infor-eam'],
    ],
    ['Programmed the controllers in Trend IQ4 and IQVision.', ['trend-controls', 'trend-controls']],
    ['Commissioned the site in EcoStruxure Building Operation.', ['ecostruxure-building-operation']],
    [
      'Ran the ward in Agility FM and the jobs in Facilities Management eXpress.',
      ['agility-fm', 'fmx-facilities'],
    ],
  ])('%s', (sentence, tools) => {
    expect(ids(sentence)).toEqual(tools);
  });
});

describe('service fields: names that share words with other tools', () => {
  it('lets the longer names win, and keeps the tools that own the short names', () => {
    expect(ids('Built the UI in Vue and read the studies in Vue PACS.')).toEqual([
      'vuejs',
      'carestream-vue-pacs',
    ]);
    expect(ids('Stored the documents in Azure Cosmos DB.')).toEqual(['azure-cosmos-db']);
    expect(ids('Sped up the C++ builds with Ninja.')).toEqual(['cpp', 'ninja-build']);
    expect(ids('Queried the orders in Amazon Aurora.')).toEqual(['amazon-aurora']);
    expect(ids('Ran the pipelines in Azure Synapse.')).toEqual(['azure-sql-data-warehouse']);
    expect(ids('Managed the leases in MRI and Yardi.')).toEqual(['mri-software', 'yardi']);
    expect(ids('Scanned the endpoints with Trend Micro.')).toEqual(['trend-micro']);
    expect(ids('Built the ETL jobs in AWS Glue.')).toEqual(['aws-glue']);
    expect(ids('Managed the hotel reservations in Sabre SynXis.')).toEqual(['sabre-synxis']);
    expect(ids('Rostered the crews in Sabre AirCentre.')).toEqual(['sabre-aircentre']);
    expect(ids('Ran check-in on Amadeus Altéa.')).toEqual(['amadeus-altea']);
    expect(ids('Forecast the group bookings in Amadeus Delphi.')).toEqual(['amadeus-delphi']);
    expect(ids('Queried the collections in MongoDB Compass.')).toEqual(['mongodb-compass']);
    expect(ids('Served the schema with Apollo and booked the fares through Apollo GDS.')).toEqual([
      'apollo-graphql',
      'travelport',
    ]);
    expect(ids('Ran the experiment in Gorilla Experiment Builder.')).toEqual(['gorilla-experiment-builder']);
  });

  it('finds the tools of these fields that were already in the taxonomy under their own ids', () => {
    expect(ids('Logged the drillholes in acQuire GIM Suite.')).toEqual(['acquire-gim']);
    expect(ids('Modelled the orebody in Leapfrog Geo and designed the pit in Vulcan.')).toEqual([
      'seequent-leapfrog',
      'maptek-vulcan',
    ]);
    expect(ids('Scanned the endpoints with Sophos and SentinelOne.')).toEqual(['sophos', 'sentinelone']);
    expect(ids('Ran the finance in Sage 50 and the Macs in Jamf Pro.')).toEqual(['sage-erp', 'jamf']);
    expect(ids('Backed up the VMs with Veeam.')).toEqual(['veeam']);
    expect(ids('Provisioned the users in Microsoft Entra ID.')).toEqual(['azure-active-directory']);
    expect(ids('Built the stimuli in PsychoPy and E-Prime.')).toEqual(['psychopy', 'e-prime']);
    expect(ids('Integrated the RIS with Rhapsody over HL7 v2.')).toEqual(['rhapsody', 'hl7-v2']);
    expect(ids('Reported in PowerScribe on Sectra PACS.')).toEqual(['powerscribe', 'sectra-pacs']);
  });

  it('gives tools of other files the spellings these fields write', () => {
    expect(ids('Built the automations in Shopify Flow.')).toEqual(['shopify']);
    expect(ids('Configured the requisitions in Workday Recruiting.')).toEqual(['workday']);
    expect(ids('Customised the Dynamics 365 Sales pipeline.')).toEqual(['microsoft-dynamics-365']);
    expect(ids('Built a PCF control with the Power Apps Component Framework.')).toEqual(['power-apps']);
    expect(ids('Tuned the FetchXML queries.')).toEqual(['power-platform']);
    expect(ids('Split the workflows with DAGMan.')).toEqual(['htcondor']);
    expect(ids('Ran the bookings in Centricity RIS.')).toEqual(['ge-centricity']);
  });
});

describe('service fields: words and phrases that are not tools', () => {
  it.each([
    'Interests: Sabre fencing, hiking.',
    'Franz Kafka and Borges in the evenings.',
    'Our startup leapfrogged the competition.',
    'We will acquire the data with the new loggers.',
    'Worked at Harlow Greenhouse Co. as a grower.',
    'Pricing was our biggest lever for growth.',
    'every workday began with a stand-up',
    'Gazing at the cosmos inspired me to study physics.',
    'Spotted a condor on the field course.',
    'Stayed in a casa de huéspedes while volunteering.',
    'Our first brainstorm produced the product roadmap.',
    'Gave a presentation to the board on Q3 results.',
    'Sang an octave above the melody in the choir.',
    'Organised a field trip to the science museum.',
    'Reviewed equipment bids from three suppliers.',
    'Sales showed an upward trend across the quarter.',
    'Reviewed the trend logs for the chillers.',
    'We needed the fix in production, so I called service now.',
    'Analysed the frog population in the wetlands.',
    'The EI team reviewed the claims.',
    'Wanted to manage, automate and control the process.',
    'Took time to reflect on the project.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });

  it('keeps the tools beside them', () => {
    expect(ids('Every workday I triaged the queue in Zendesk.')).toEqual(['zendesk']);
    expect(ids('Gave a Presentation to the board in PowerPoint.')).toEqual(['microsoft-powerpoint']);
    expect(ids('Harlow Greenhouse Co., Greenhouse Supervisor, tracked yields in Excel.')).toEqual([
      'microsoft-excel',
    ]);
  });
});

describeFieldFile('36-service-fields.yaml', taxonomy, UPDATED);
