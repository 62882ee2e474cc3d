import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';

/**
 * The fields of 33-operations-systems.yaml (contact centres, freight, quality, payroll, clinical data, procurement,
 * additive manufacturing, power systems, social care, forms, radio, churches and charities, real estate) name their
 * tools after sizes, words, places and acronyms: 8x8, Arena, Windchill, GEP, Magics, Cura, nTop, PreForm, Mimics, SKM,
 * PowerTools, LCS, LAS, CareFirst, Mosaic, Lamplight, EMIS, Myriad, Zetta, ENCO, NexGen, Breeze, Planning Center,
 * Beacon, Charities Online, Little Green Light, RCA, VTS, Rent Manager, Re-Leased, Dialpad.
 * Each is judged by its sentence; for every one a sentence where the tool is meant and one from its other sense.
 */
const taxonomy = loadTaxonomy();
const matcher = new ToolMatcher(taxonomy);
const ids = (sentence: string) => matcher.matchSentence(sentence).map((m) => m.toolId);

describe('operations systems: ambiguous names, judged by their sentence', () => {
  it.each([
    // contact centre
    ['Moved the contact centre to 8x8 and cut call queues by a third.', '8x8'],
    ['Handled inbound calls on 8x8 for the support desk.', '8x8'],
    ['Moved the sales team to Dialpad.', 'dialpad'],
    // quality, PLM & procurement
    ['Released BOMs and ECOs in Arena.', 'arena-plm'],
    ['Checked in parts and released ECNs in Windchill.', 'ptc-windchill'],
    ['Ran reverse auctions in GEP for the category team.', 'gep-smart'],
    // additive manufacturing
    ['Prepared the build platforms and supports in Magics.', 'materialise-magics'],
    ['Sliced the parts in Cura for the Ender printers.', 'ultimaker-cura'],
    ['Printed PLA brackets sliced in Cura and PrusaSlicer.', 'ultimaker-cura'],
    ['Designed the lattice brackets in nTop.', 'ntopology'],
    ['Prepared the resin prints in PreForm.', 'formlabs-preform'],
    ['Segmented the CT scans in Mimics and designed the guides in 3-matic.', 'materialise-mimics'],
    // power systems
    ['Ran the short circuit and arc flash studies in SKM.', 'skm-powertools'],
    ['Built the protective device coordination in PowerTools.', 'skm-powertools'],
    ['Ran the load flow studies in SKM Power Tools.', 'skm-powertools'],
    // social care and GP systems
    ['Completed CIN plans and assessments in LCS.', 'liquidlogic-lcs'],
    ['Reviewed care packages for adults in LAS.', 'liquidlogic-las'],
    ['Moved the council from CareFirst to Mosaic.', 'olm-carefirst'],
    ['Moved the council from CareFirst to Mosaic.', 'mosaic-social-care'],
    ['Recorded child protection visits and assessments in Mosaic.', 'mosaic-social-care'],
    ["Recorded the children's assessments in MOSAIC.", 'mosaic-social-care'],
    ['Logged client outcomes and referrals in Lamplight.', 'lamplight'],
    ['Coded consultations in EMIS at the GP surgery.', 'emis-web'],
    // radio
    ['Scheduled ads and jingles in Myriad for the breakfast show.', 'myriad-playout'],
    ['Voice-tracked the breakfast show in Myriad 5.', 'myriad-playout'],
    ['Built the music logs in GSelector and aired them in Zetta.', 'rcs-zetta'],
    ['Loaded the spots into ENCO for the morning show.', 'enco-dad'],
    ['Voice-tracked shows in NexGen for three stations.', 'nexgen-digital'],
    // churches and charities
    ['Tracked attendance and giving in Breeze for the church.', 'breeze-chms'],
    ['Moved the church membership records from Elvanto to Breeze.', 'breeze-chms'],
    ['Scheduled worship volunteers in Planning Center.', 'planning-center'],
    ['Recorded donors and Gift Aid declarations in Beacon.', 'beacon-crm'],
    ['Submitted the Gift Aid claims through Charities Online.', 'hmrc-charities-online'],
    ['Tracked donors in Little Green Light.', 'little-green-light'],
    ['Planning our move to Nonprofit Cloud for FY26.', 'salesforce-npsp'],
    // real estate
    ['Pulled sales comps from RCA and ARGUS Enterprise.', 'msci-real-capital-analytics'],
    [
      'Pulled transaction comps from RCA and CoStar for the acquisitions team.',
      'msci-real-capital-analytics',
    ],
    ['Tracked leasing deals and tours in VTS.', 'vts'],
    ['Processed tenant ledgers and work orders in Rent Manager.', 'rent-manager'],
    ["Managed the commercial portfolio's leases in Re-Leased.", 're-leased'],
  ])('finds the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).toContain(tool);
  });

  it.each([
    // contact centre
    ['Built an 8x8 LED matrix with Arduino.', '8x8'],
    ['Convolved the image with an 8x8 kernel in Python.', '8x8'],
    ['Pitched an 8x8 tent at the festival.', '8x8'],
    ['Pressed 1 on the dialpad to join.', 'dialpad'],
    // quality, PLM & procurement
    ['Played a gig at the O2 Arena.', 'arena-plm'],
    ['Entered the political Arena in 2019.', 'arena-plm'],
    ['Modelled the line in Rockwell Arena Simulation.', 'arena-plm'],
    ['Sold tickets for the Arena tour in Excel.', 'arena-plm'],
    ['The Windchill dropped to minus ten degrees.', 'ptc-windchill'],
    ['The windchill was brutal.', 'ptc-windchill'],
    ['Wrote the GEP and GMP validation protocols.', 'gep-smart'],
    // additive manufacturing
    ['He performed card magics at parties.', 'materialise-magics'],
    ['Plotted the GRIB fields with Magics at ECMWF.', 'materialise-magics'],
    ['Cura, our office manager, ordered the printer paper.', 'ultimaker-cura'],
    ['Worked with Cura on the church youth programme.', 'ultimaker-cura'],
    ['Joined Cura Healthcare as a nurse.', 'ultimaker-cura'],
    ['Monitored traffic with ntop and ntopng.', 'ntopology'],
    ['Blew the PET preforms into bottles.', 'formlabs-preform'],
    ['Inspected the Preform moulds for flash.', 'formlabs-preform'],
    ['The model Mimics human behaviour.', 'materialise-mimics'],
    ['The app closely mimics production traffic.', 'materialise-mimics'],
    // power systems
    ['Joined SKM as a graduate engineer.', 'skm-powertools'],
    ['Bought cordless power tools for the workshop.', 'skm-powertools'],
    ['Sold DeWalt Power Tools at the store.', 'skm-powertools'],
    // social care and GP systems
    ['Won the LCS finals with Team Liquid.', 'liquidlogic-lcs'],
    ['Solved the LCS problem with dynamic programming.', 'liquidlogic-lcs'],
    ['Converted the LiDAR point clouds to LAS files.', 'liquidlogic-las'],
    ['Processed claims at CareFirst BlueCross BlueShield.', 'olm-carefirst'],
    ['Laid the Mosaic tiles in the hallway.', 'mosaic-social-care'],
    ['Made a mosaic of photos.', 'mosaic-social-care'],
    ['Built the agents on Mosaic AI in Databricks.', 'mosaic-social-care'],
    ['Stitched the drone images into a Mosaic in ArcGIS.', 'mosaic-social-care'],
    ['We read by Lamplight in the evenings.', 'lamplight'],
    ['Built the national EMIS for the Ministry of Education.', 'emis-web'],
    // radio
    ['Handled a myriad of tasks.', 'myriad-playout'],
    ['Handled a Myriad of tasks for the station.', 'myriad-playout'],
    ['Set the headings in Myriad Pro.', 'myriad-playout'],
    ['Zetta Venture Partners led the round.', 'rcs-zetta'],
    ['Storage will reach a zetta scale.', 'rcs-zetta'],
    ['Ordered fasteners from ENCO industrial supplies.', 'enco-dad'],
    ['Joined the NexGen leadership programme.', 'nexgen-digital'],
    // churches and charities
    ['Onboarding new members was a breeze.', 'breeze-chms'],
    ['Onboarding new members was a Breeze with Slack.', 'breeze-chms'],
    ['Scaffolded auth with Laravel Breeze.', 'breeze-chms'],
    ["Ran the residents' portal on Yardi Breeze.", 'breeze-chms'],
    ['Worked at the Regional Planning Center in Ohio.', 'planning-center'],
    ['Deployed Cobalt Strike Beacon payloads in the red team.', 'beacon-crm'],
    ['Placed Bluetooth Beacon sensors across the store.', 'beacon-crm'],
    ['She was a Beacon of hope for the team.', 'beacon-crm'],
    ['Helped people find charities online.', 'hmrc-charities-online'],
    ['A little green light came on.', 'little-green-light'],
    // real estate
    ['Led the RCA for the outage in Jira.', 'msci-real-capital-analytics'],
    ['Performed RCA on incidents in ServiceNow.', 'msci-real-capital-analytics'],
    ['Connected the RCA cables to the mixer in Pro Tools.', 'msci-real-capital-analytics'],
    ['Monitored vessels as a VTS operator in the port.', 'vts'],
    ['Promoted to Rent Manager for 2,000 tenancies.', 'rent-manager'],
    ['Worked as Rent Manager for a housing association.', 'rent-manager'],
    ['Re-leased 40 units in the first year.', 're-leased'],
    ['We re-leased the unit within a month.', 're-leased'],
  ])('does not take the other sense for the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).not.toContain(tool);
  });
});

describe('operations systems: unambiguous names in ordinary résumé sentences', () => {
  it.each([
    // contact centre
    ['Moved the contact centre from Avaya to Genesys Cloud CX.', ['avaya-aura', 'genesys-cloud']],
    ['Migrated from Genesys Engage to PureCloud.', ['genesys-engage', 'genesys-cloud']],
    ['Supported 400 agents on Genesys PureConnect.', ['genesys-pureconnect']],
    [
      'Administered Avaya Communication Manager and Avaya Experience Platform.',
      ['avaya-aura', 'avaya-experience-platform'],
    ],
    ['Routed calls in NICE inContact and later CXone.', ['nice-cxone', 'nice-cxone']],
    ['Forecast and scheduled 300 agents in Verint WFM.', ['verint-wfm']],
    ['Ran forecasting in Teleopti and Aspect eWFM.', ['teleopti-wfm', 'aspect-wfm']],
    ['Analysed calls in CallMiner and scheduled in Calabrio ONE.', ['callminer', 'calabrio-one']],
    ['Managed adherence in NICE IEX.', ['nice-iex-wfm']],
    ['Rolled out Webex Contact Center and RingCentral.', ['webex-contact-center', 'ringcentral']],
    ['Supported Cisco UCCE and UCCX for 2,000 agents.', ['cisco-ucce', 'cisco-uccx']],
    ['Moved the helpdesk phones from Aircall to Puzzel.', ['aircall', 'puzzel']],
    // freight
    ['Booked freight and ran the warehouse in Magaya.', ['magaya']],
    ['Tendered loads through Transporeon and Alpega.', ['transporeon', 'alpega-tms']],
    ['Dispatched trucks in TMWSuite and McLeod LoadMaster.', ['trimble-tmw', 'mcleod-loadmaster']],
    ['Ran the DC on HighJump, tracked drivers with Omnitracs.', ['korber-wms', 'omnitracs']],
    ['Managed POs in Infor Nexus and Shipwell.', ['infor-nexus', 'shipwell']],
    // quality
    ['Processed inspection lots in SAP QM.', ['sap-qm']],
    ['Ran the design history files in Greenlight Guru and later Qualio.', ['greenlight-guru', 'qualio']],
    ['Managed ECOs in Arena PLM and incidents in Intelex.', ['arena-plm', 'intelex']],
    ['Ran capability studies in SigmaXL and Statgraphics.', ['sigmaxl', 'statgraphics']],
    ['Ran SPC in Q-DAS qs-STAT.', ['q-das']],
    ['Drew the process maps in Companion by Minitab.', ['minitab-workspace']],
    // payroll
    ['Ran payroll for 200 staff in Sage 50 Payroll.', ['sage-payroll']],
    ['Built people analytics dashboards in Visier.', ['visier']],
    ['Ran payroll in Moorepay then Zellis ResourceLink.', ['moorepay', 'zellis-resourcelink']],
    ['Used BrightPay and IRIS Payroll for bureau clients.', ['brightpay', 'iris-payroll']],
    ['Planned the org design in Orgvue and ChartHop.', ['orgvue', 'charthop']],
    // clinical data
    ['Reviewed clinical data listings in JReview.', ['jreview']],
    ['Set up the study in Castor EDC and Viedoc.', ['castor-edc', 'viedoc']],
    // procurement
    ['Ran the sourcing events in GEP SMART.', ['gep-smart']],
    ['Analysed spend in Sievo and ran sourcing in Zycus.', ['sievo', 'zycus']],
    ['Raised requisitions in Oracle Procurement Cloud.', ['oracle-procurement-cloud']],
    ['Processed invoices in Basware and Tradeshift.', ['basware', 'tradeshift']],
    ['Managed contingent workers in SAP Fieldglass.', ['sap-fieldglass']],
    ['Ran the tender in Workday Strategic Sourcing.', ['workday-strategic-sourcing']],
    // additive manufacturing
    ['Repaired the meshes in Materialise Magics and Netfabb.', ['materialise-magics', 'autodesk-netfabb']],
    ['Tracked the AM builds in Oqton MOS and prepared jobs in EOSPRINT.', ['oqton-mos', 'eosprint']],
    ['Sliced the prints in Bambu Studio and OrcaSlicer.', ['bambu-studio', 'orcaslicer']],
    ['Segmented the scans in Materialise Mimics.', ['materialise-mimics']],
    // power systems
    ['Ran arc flash and coordination studies in SKM PowerTools.', ['skm-powertools']],
    ['Modelled feeders in Synergi Electric and OpenDSS.', ['synergi-electric', 'opendss']],
    ['Set relay coordination in ASPEN OneLiner.', ['aspen-oneliner']],
    ['Ran transient studies in EMTP-RV and PSCAD.', ['emtp', 'pscad']],
    ['Built grid models in pandapower and PyPSA.', ['pandapower', 'pypsa']],
    ['Modelled the distribution grid in PSS SINCAL and NEPLAN.', ['pss-sincal', 'neplan']],
    // social care and GP systems
    ['Recorded child protection visits in Liquidlogic.', ['liquidlogic-lcs']],
    ['Paid care providers through ContrOCC.', ['olm-controcc']],
    ['Coded consultations in SystmOne.', ['tpp-systmone']],
    // forms
    ['Collected feedback with Microsoft Forms and MS Forms quizzes.', ['microsoft-forms', 'microsoft-forms']],
    [
      'Built the intake form in Jotform and the bookings page in Microsoft Bookings.',
      ['jotform', 'microsoft-bookings'],
    ],
    // radio
    ['Wired the studios on WheatNet-IP and scheduled music in MusicMaster.', ['wheatnet-ip', 'musicmaster']],
    ['Ran overnight playout on mAirList and later PlayoutONE.', ['mairlist', 'playoutone']],
    ['Booked the campaigns in Marketron.', ['marketron']],
    // churches and charities
    ['Managed rotas and small groups in ChurchSuite.', ['churchsuite']],
    ['Migrated supporter records from Donorfy to Beacon CRM.', ['donorfy', 'beacon-crm']],
    ['Claimed Gift Aid through HMRC Charities Online.', ['hmrc-charities-online']],
    ['Took online gifts through JustGiving and Pushpay.', ['justgiving', 'pushpay']],
    ['Migrated the CRM from ThankQ to Neon CRM and CiviCRM.', ['thankq', 'neon-crm', 'civicrm']],
    ['Ran Rock RMS for the church and Tithe.ly for giving.', ['rock-rms', 'tithely']],
    // real estate
    ['Sourced deal volumes from MSCI Real Capital Analytics.', ['msci-real-capital-analytics']],
    ['Ran the residential lettings in Reapit and Propertyware.', ['reapit', 'propertyware']],
    ['Underwrote deals in Dealpath and reported to LPs in Juniper Square.', ['dealpath', 'juniper-square']],
    [
      'Sourced deals on Crexi and Reonomy, and ran the arrears reports in ResMan.',
      ['crexi', 'reonomy', 'resman'],
    ],
  ])('%s', (sentence, tools) => {
    expect(ids(sentence)).toEqual(tools);
  });
});

describe('operations systems: names that share words with other tools', () => {
  it('keeps the long forms of tools whose short names other tools own', () => {
    // Bare "Eclipse" is the Eclipse IDE; OLM's social-care system keeps the forms that name OLM.
    expect(ids('Recorded assessments in Eclipse (OLM).')).toEqual(['olm-eclipse']);
    expect(ids('Moved the case records from CareFirst to OLM Eclipse.')).toEqual([
      'olm-carefirst',
      'olm-eclipse',
    ]);
    expect(ids('Wrote Java plugins in Eclipse.')).not.toContain('olm-eclipse');
    // Bare "Livewire" is Laravel Livewire; Axia's audio network keeps "Axia Livewire" and "Livewire+".
    expect(ids('Routed studio audio over Axia Livewire.')).toEqual(['axia-livewire']);
    expect(ids('Built the admin panel with Laravel Livewire.')).toEqual(['laravel-livewire']);
    // "Sage 50" is sage-erp (the accounts); "Sage 50 Payroll" is longer and wins.
    expect(ids('Ran payroll in Sage Payroll and accounts in Sage 50.')).toEqual(['sage-payroll', 'sage-erp']);
    // "Yardi Breeze" is Yardi's; "Laravel Breeze" is neither.
    expect(ids("Ran the residents' portal on Yardi Breeze.")).toEqual(['yardi']);
    // The longer names win over their vendors' tools.
    expect(ids('Moved the agents from Webex Contact Center to Amazon Connect.')).toEqual([
      'webex-contact-center',
      'amazon-connect',
    ]);
    expect(ids('Ran the tender in Workday Strategic Sourcing.')).not.toContain('workday');
    expect(ids('Managed POs in Infor Nexus.')).toEqual(['infor-nexus']);
  });

  it('finds Salesforce and the Nonprofit Success Pack side by side', () => {
    expect(ids('We went live on Salesforce NPSP in April 2021.')).toEqual(['salesforce', 'salesforce-npsp']);
    expect(ids('Customised the Salesforce Nonprofit Success Pack rollups.')).toEqual([
      'salesforce',
      'salesforce-npsp',
    ]);
  });

  it('does not take Gift Aid for a tool', () => {
    expect(taxonomy.notTools.has('gift aid')).toBe(true);
    expect(ids('Claimed Gift Aid on 5,000 donations.')).toEqual([]);
  });

  it('finds the tools of these fields that were already in the taxonomy under their own ids', () => {
    expect(ids('Took calls in Five9 and Talkdesk, then built the Twilio Flex desktop.')).toEqual([
      'five9',
      'talkdesk',
      'twilio',
    ]);
    expect(ids('Filed the shipments in CargoWise One and booked trucks in MercuryGate.')).toEqual([
      'cargowise',
      'mercurygate',
    ]);
    expect(ids('Ran payroll in ADP Workforce Now and later UltiPro.')).toEqual(['adp', 'ukg']);
    expect(ids('Built the edit checks in Medidata Rave and reviewed data in Spotfire.')).toEqual([
      'medidata-rave',
      'spotfire',
    ]);
    expect(ids('Ran the load flow in PSS/E and the arc flash study in ETAP.')).toEqual(['pss-e', 'etap']);
    expect(ids('Scheduled the spots in WideOrbit.')).toEqual(['wideorbit']);
    expect(ids('Pulled lease comps in CoStar.')).toEqual(['costar']);
    expect(ids('Starred and co-starred in three films.')).toEqual([]);
    expect(ids('Ran the portfolio in Yardi Voyager and modelled the DCF in ARGUS Enterprise.')).toEqual([
      'yardi',
      'argus-enterprise',
    ]);
  });
});

describe('spellings of these fields added to the tools they belong to', () => {
  it.each([
    ['Screened alerts in Actimize SAM.', 'nice-actimize'],
    ['Payroll on ADP WFN for three states.', 'adp'],
    ['Built the CRFs in Veeva Vault EDC.', 'veeva-vault'],
    ['Pulled the trends from AVEVA PI.', 'osisoft-pi'],
    ['Print simulations in Ansys Additive.', 'ansys'],
    ['Drew the schematics in AutoCAD Electrical.', 'autocad'],
    ['Safety listings in JMP Clinical.', 'jmp'],
  ])('%s', (sentence, id) => {
    expect(ids(sentence)).toEqual([id]);
  });
});

describe('Eclipse, the IDE, in a social-care sentence', () => {
  it('is not the IDE when the sentence is about children’s case management', () => {
    expect(ids('We looked at Eclipse, OLM’s newer children’s case-management system.')).not.toContain(
      'eclipse-ide',
    );
    expect(ids('Debugged the plugin in Eclipse with Maven.')).toContain('eclipse-ide');
  });
});
