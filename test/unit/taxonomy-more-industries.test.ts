import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';
import { describeFieldFile } from '../helpers/field-file.js';

/**
 * The fields of 35-more-industries.yaml (digital accessibility, weather and climate modelling, semiconductor
 * manufacturing, energy trading, live-events ticketing, UK school data, drone survey, catastrophe-risk modelling, print
 * prepress, customer success, lab informatics, podcasting) name their tools after words, names, places and acronyms:
 * JAWS, NVDA, VoiceOver, TalkBack, Narrator, WAVE, ANDI, Evinced, Level Access, ARIA, WRF, Unified Model, UM, IFS,
 * ICON, GFS, Rose, CDO, NCO, ESMF, Klarity, WorkStream, PROMIS, SmartFactory, Openlink, Allegro, Joule, Brady, Triple
 * Point, Eka, Montel, AXS, Tessitura, DICE, See Tickets, Universe, Audience View, SIMS, Arbor, COLLECT, ASP, Propeller,
 * LAZ, Risk Modeler, Touchstone, RQE, Switch, Automation Engine, WebCenter, Apogee, Fiery, JDF, JMF, Vitally, Catalyst,
 * Census, Signals, Riverside, SquadCast, Hindenburg, Megaphone, Anchor, Transistor. Each is judged by its sentence; for
 * every one a sentence where the tool is meant and one from its other sense.
 */
const taxonomy = loadTaxonomy();
const matcher = new ToolMatcher(taxonomy);
const ids = (sentence: string) => matcher.matchSentence(sentence).map((m) => m.toolId);

describe('more industries: ambiguous names, judged by their sentence', () => {
  it.each([
    // digital accessibility
    ['council site + 11 online forms; Wave, NVDA and keyboard-only passes', 'webaim-wave'],
    ['Tested every checkout form with JAWS and NVDA on Windows.', 'jaws'],
    ['Ran screen reader audits in JAWS against WCAG 2.2 AA.', 'jaws'],
    ['Verified the ARIA live regions with NVDA in Firefox.', 'nvda'],
    ['Checked the rotor and swipe gestures in VoiceOver on iOS.', 'apple-voiceover'],
    ['Fixed the SwiftUI labels that VoiceOver read out of order.', 'apple-voiceover'],
    ['Tested the Compose screens with TalkBack on a Pixel.', 'android-talkback'],
    ['Tested the forms with Narrator and NVDA in Edge.', 'windows-narrator'],
    ['Ran WAVE and axe DevTools on every template before release.', 'webaim-wave'],
    ['Fixed the contrast errors that WAVE flagged on the landing pages.', 'webaim-wave'],
    ['Checked the focusable elements with ANDI on the benefits forms.', 'ssa-andi'],
    ['Scanned the mobile flows for WCAG violations with Evinced.', 'evinced'],
    ['Ran the VPAT audits and tracked remediation in Level Access.', 'level-access'],
    ['Added ARIA labels and roles to the React components.', 'wai-aria'],
    ['Built the combobox to the ARIA authoring practices, tested with NVDA.', 'wai-aria'],
    // weather & climate
    ['Ran nested WRF simulations over the Himalaya on the HPC cluster.', 'wrf-model'],
    ['Downscaled ERA5 with WRF for the wind resource assessment.', 'wrf-model'],
    [
      'Ran the Unified Model at convection-permitting resolution for the case study.',
      'met-office-unified-model',
    ],
    ['Developed the aerosol scheme in the UM and tested it in Rose suites.', 'met-office-unified-model'],
    ['Compared the ensemble forecasts from the IFS and GFS.', 'ecmwf-ifs'],
    ['Ported the IFS radiation scheme to GPUs for ECMWF.', 'ecmwf-ifs'],
    ['Ran ICON at 2.5 km for the DWD forecast experiments.', 'icon-model'],
    ['Initialised WRF from GFS forecasts.', 'gfs-model'],
    ['Verified the GFS precipitation forecasts against gauges.', 'gfs-model'],
    ['Edited the app config in Rose and ran the workflow in Cylc.', 'rose-suite'],
    ['Configured the Rose suites and scheduled them in Cylc.', 'rose-suite'],
    ['Regridded the CMIP6 output with CDO and plotted it in Python.', 'cdo-climate'],
    ['Concatenated the netCDF files with NCO and CDO.', 'nco-netcdf-operators'],
    ['Coupled the ocean and atmosphere models with ESMF.', 'esmf'],
    // semiconductor manufacturing
    ['Reviewed the wafer defect maps in Klarity.', 'kla-klarity'],
    ['Moved the lots through the fab in WorkStream.', 'applied-workstream'],
    ['Tracked the wafer lots in PROMIS at the 200mm fab.', 'promis-mes'],
    ['Configured the dispatching rules in SmartFactory for the fab.', 'applied-smartfactory'],
    // energy trading
    ['Booked the power deals in Openlink and valued them nightly.', 'ion-endur'],
    ['Captured gas deals in Allegro and pulled prices from Trayport.', 'ion-allegro'],
    ['Traded power on Joule and booked the deals in Endur.', 'trayport'],
    ['Captured PPA deals in Brady and scheduled nominations via Trayport.', 'brady-etrm'],
    ['Managed the metals positions in Triple Point.', 'triple-point'],
    ['Configured the agri contracts in Eka and reported PnL in Power BI.', 'eka-ctrm'],
    ['Pulled the forward curves and power prices from Montel.', 'montel'],
    // live-events ticketing
    ['Ran the box office and the arena onsales in AXS.', 'axs'],
    ['Managed donors and memberships in Tessitura.', 'tessitura'],
    ['Built the box office reports in Tessitura and Power BI.', 'tessitura'],
    ['Sold the club night tickets on DICE and Skiddle.', 'dice-fm'],
    ['Ran the festival onsales through See Tickets.', 'see-tickets'],
    ['Sold the club night tickets on Universe and Eventbrite.', 'universe-ticketing'],
    ['Built the seating plans for the theatre in Audience View.', 'audienceview'],
    // UK school data
    ['Submitted the School Census from SIMS.', 'sims-mis'],
    ['Ran attendance and behaviour reports in SIMS for the academy.', 'sims-mis'],
    ["Moved the trust's schools from SIMS to Arbor.", 'arbor-education'],
    ['Ran the attendance registers in Arbor.', 'arbor-education'],
    ['Submitted the School Census returns through COLLECT.', 'dfe-collect'],
    ['Reviewed the KS2 progress scores in ASP with the governors.', 'dfe-asp'],
    ['Reviewed the KS4 attainment data in ASP.', 'dfe-asp'],
    // drone survey
    ['Measured stockpile volumes in Propeller and processed the flights in Pix4D.', 'propeller-aero'],
    ['Exported the classified point clouds as LAZ.', 'asprs-las'],
    ['Compressed the lidar tiles to LAZ with LASzip.', 'asprs-las'],
    // catastrophe risk
    ['Imported the EDMs into Risk Modeler and ran the hurricane accumulations.', 'rms-risk-modeler'],
    ['Ran the hurricane losses in Touchstone and RiskLink.', 'verisk-touchstone'],
    ['Ran the earthquake losses in RQE for the treaty.', 'corelogic-rqe'],
    // print prepress
    ['Automated the hot folders in Switch with PitStop preflight.', 'enfocus-switch'],
    ['Built the preflight flows in Switch and PitStop Server.', 'enfocus-switch'],
    ['Built the packaging prepress workflows in Automation Engine.', 'esko-automation-engine'],
    ['Managed the artwork approvals in WebCenter for the brand.', 'esko-webcenter'],
    ['Imposed the jobs in Apogee and sent the plates to the CTP via JDF.', 'agfa-apogee'],
    ['Calibrated the Fiery servers for the Xerox presses.', 'efi-fiery'],
    ['Integrated the MIS with the presses over JDF and JMF.', 'jdf'],
    ['Sent press status back to Tharstern through JMF.', 'jmf'],
    ['Preflighted the PDFs in PitStop.', 'enfocus-pitstop'],
    // customer success
    ['Tracked health scores in Vitally and synced them to HubSpot.', 'vitally'],
    ['Built the renewal playbooks in Catalyst and synced accounts from Salesforce.', 'catalyst-cs'],
    ['Synced the dbt models to Salesforce with Census.', 'census-reverse-etl'],
    ['Synced the audiences from Snowflake with Hightouch.', 'hightouch'],
    // lab informatics
    ['Wrote up the reactions in Signals and drew them in ChemDraw.', 'signals-notebook'],
    ['Recorded the assays in E-WorkBook.', 'idbs-ewb'],
    // podcasting
    ['Recorded the remote interviews in Riverside and edited them in Descript.', 'riverside-fm'],
    ['Recorded the podcast guests on SquadCast.', 'squadcast-fm'],
    ['Edited the radio documentary episodes in Hindenburg.', 'hindenburg'],
    ['Ran dynamic ad insertion in Megaphone and Acast.', 'megaphone-podcasts'],
    ['Published the episodes on Anchor and Buzzsprout.', 'spotify-for-podcasters'],
    ['Hosted the private podcast feeds on Transistor and Buzzsprout.', 'transistor-fm'],
  ])('finds the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).toContain(tool);
  });

  it.each([
    // digital accessibility
    ['Invoices went out through Wave and the bank feed.', 'webaim-wave'],
    ['We rode a Wave of new work after the deadline.', 'webaim-wave'],
    ['Replaced the worn JAWS on the crusher during the shutdown.', 'jaws'],
    ['Watched JAWS with the team and ordered pizza in Slack.', 'jaws'],
    ['Bought NVDA shares before the earnings call.', 'nvda'],
    ['Recorded VoiceOver for radio commercials and trailers.', 'apple-voiceover'],
    ['Edited the documentary voiceover in Premiere Pro.', 'apple-voiceover'],
    ['Wired the studio TalkBack to the Riedel intercom for the presenters.', 'android-talkback'],
    ['Worked as the Narrator for the audiobook series in Pro Tools.', 'windows-narrator'],
    ['The Narrator of the novel is unreliable.', 'windows-narrator'],
    ['Hired through the first WAVE of layoffs recovery in Workday.', 'webaim-wave'],
    ['Led the second WAVE of the COVID vaccination programme.', 'webaim-wave'],
    ['WAVE 2 of the rollout went live in March.', 'webaim-wave'],
    ['Reported to ANDI SMITH, our finance manager, on budgets in Excel.', 'ssa-andi'],
    ['Growth, as Evinced by the audit, doubled in Jira.', 'evinced'],
    ['Designed the entrance with Level Access from the car park and a wheelchair ramp.', 'level-access'],
    ['Monitored patients for ARIA on MRI during the lecanemab trial.', 'wai-aria'],
    ['The single reached number one on the ARIA Charts.', 'wai-aria'],
    // weather & climate
    ['Secured a WRF grant for the water utility study.', 'wrf-model'],
    ['Published in WRF Journal.', 'wrf-model'],
    ['Designed a Unified Model of customer data in Snowflake.', 'met-office-unified-model'],
    ['Studied at UM and graduated in Michigan.', 'met-office-unified-model'],
    ['Configured Exchange UM voicemail for 2,000 users.', 'met-office-unified-model'],
    ['Graduated with a degree from UM in 2015.', 'met-office-unified-model'],
    ['Migrated the finance modules from IFS to SAP.', 'ecmwf-ifs'],
    ['Led the IFS Food audit at the bakery.', 'ecmwf-ifs'],
    ['Designed the ICON set for the app in Figma.', 'icon-model'],
    ['Worked as a CRA at ICON on oncology trials.', 'icon-model'],
    ['Nominated for the ICON award in 2022.', 'icon-model'],
    ['Set up GFS2 and the GFS storage cluster on Red Hat.', 'gfs-model'],
    ['Managed deliveries for GFS across the Midwest foodservice accounts.', 'gfs-model'],
    ['Sales Rose 20% after we adopted HubSpot.', 'rose-suite'],
    ['Planted Rose bushes in the garden and tracked them in Trello.', 'rose-suite'],
    ['Worked with Rose from finance on the Excel models.', 'rose-suite'],
    ['Rose to Head of Finance and rebuilt the Excel models.', 'rose-suite'],
    ['Reported to the CDO on data governance in Collibra.', 'cdo-climate'],
    ['Priced synthetic CDO tranches in Excel.', 'cdo-climate'],
    ['Served as an NCO in the Army for six years.', 'nco-netcdf-operators'],
    ['Presented the results at the ESMF conference in Brussels.', 'esmf'],
    // semiconductor manufacturing
    ['Reviewed contracts with Klarity for the legal team.', 'kla-klarity'],
    ['Led the Data WorkStream for the programme.', 'applied-workstream'],
    ['Scored the PROMIS pain and fatigue measures in REDCap.', 'promis-mes'],
    ['Led the SmartFactory initiative for the plant.', 'applied-smartfactory'],
    // energy trading
    ['Queried the RDF store through the OpenLink Virtuoso SPARQL endpoint.', 'ion-endur'],
    ['Routed the board in Allegro and checked the schematics in OrCAD.', 'ion-allegro'],
    ['Played the Allegro movement of the sonata and recorded it in Logic Pro.', 'ion-allegro'],
    ['Built the invoice approvals with Joule in SAP S/4HANA.', 'trayport'],
    ['Measured the heat in each Joule with MATLAB.', 'trayport'],
    ['Printed safety labels on the Brady printers and logged them in Excel.', 'brady-etrm'],
    ['Measured the Triple Point of water in the lab with LabVIEW.', 'triple-point'],
    ['Worked with Eka, who ran the Sanskrit yoga classes, on the Excel rota.', 'eka-ctrm'],
    ['Montel, my manager, approved the leave in Workday.', 'montel'],
    ['Reported to Montel Jones, head of trading.', 'montel'],
    // live-events ticketing
    ['Produced live concert specials for AXS TV.', 'axs'],
    ["The role's Tessitura sits high for a lyric soprano.", 'tessitura'],
    ['Computed the DICE coefficient for the segmentation in PyTorch.', 'dice-fm'],
    ['Rolled the DICE in the board game night with Slack polls.', 'dice-fm'],
    ['Agents can See Tickets raised by their team in Zendesk.', 'see-tickets'],
    ['Designed the sales Universe in SAP BusinessObjects.', 'universe-ticketing'],
    ['Explained the expanding Universe with Python simulations.', 'universe-ticketing'],
    ['Deployed the services to Kubernetes with Universe-scale traffic.', 'universe-ticketing'],
    ['Switched PowerPoint to the Audience View for the slides.', 'audienceview'],
    // UK school data
    ['Activated 300 SIMS for the mobile fleet with Vodafone.', 'sims-mis'],
    ['Played The SIMS on weekends.', 'sims-mis'],
    ['Presented the findings to SIMS Ltd shareholders.', 'sims-mis'],
    ['Moved to Ann Arbor to join the startup.', 'arbor-education'],
    ['Mitigated DDoS attacks with Arbor Networks.', 'arbor-education'],
    ['Built a garden Arbor for the wedding.', 'arbor-education'],
    ['Shipped the parcels COLLECT on delivery via FedEx.', 'dfe-collect'],
    ['Maintained classic ASP pages with VBScript on IIS.', 'dfe-asp'],
    ['Raised the ASP by 12% on the pricing team.', 'dfe-asp'],
    ['Rewrote the ASP.NET Web Forms app in C#.', 'dfe-asp'],
    // drone survey
    ['Balanced the Propeller blades and modelled the thrust in ANSYS.', 'propeller-aero'],
    ['Programmed the Parallax Propeller in Spin and C.', 'propeller-aero'],
    ['Worked with LAZ, who ran the kitchen.', 'asprs-las'],
    // catastrophe risk
    ['Worked as a Senior Credit Risk Modeler on the Basel PD models in SAS.', 'rms-risk-modeler'],
    ['Hired as a Risk Modeler for the retail mortgage book.', 'rms-risk-modeler'],
    ['Exported the S2P Touchstone files from HFSS and Keysight ADS.', 'verisk-touchstone'],
    ['Our values are the Touchstone of everything we build in Jira.', 'verisk-touchstone'],
    ['Filed the RQE form with HR.', 'corelogic-rqe'],
    // print prepress
    ['Configured the VLANs on the Cisco Switch with Ansible.', 'enfocus-switch'],
    ['Ported the game to Nintendo Switch with Unity.', 'enfocus-switch'],
    ['Helped the team Switch to Jira from Trello.', 'enfocus-switch'],
    ['Scheduled the jobs in the Automic Automation Engine.', 'esko-automation-engine'],
    ['Wrote a rules Automation Engine in Python.', 'esko-automation-engine'],
    ['Built the portals in Oracle WebCenter.', 'esko-webcenter'],
    ['Recorded the vocals through an Apogee interface into Logic Pro.', 'agfa-apogee'],
    ["Plotted the satellite's Apogee in MATLAB.", 'agfa-apogee'],
    ['Gave a Fiery speech at the rally.', 'efi-fiery'],
    ['Raised funds for JDF research.', 'jdf'],
    ['Built the webcam capture in Java with JMF.', 'jmf'],
    // customer success
    ['It is Vitally important that we keep Salesforce clean.', 'vitally'],
    ['Upgraded the Cisco Catalyst switches with Ansible.', 'catalyst-cs'],
    ['Built the web app in Perl with Catalyst and PostgreSQL.', 'catalyst-cs'],
    ['Acted as a Catalyst for growth with Salesforce.', 'catalyst-cs'],
    ['Analysed the Census tracts in QGIS.', 'census-reverse-etl'],
    ['Submitted the School Census in SIMS.', 'census-reverse-etl'],
    ['Analysed US Census data with Python.', 'census-reverse-etl'],
    // lab informatics
    ['Migrated the state to Signals in Angular.', 'signals-notebook'],
    ['Connected the post_save Signals in Django.', 'signals-notebook'],
    ['Tracked the Signals from Google Analytics.', 'signals-notebook'],
    // podcasting
    ['Lived in Riverside and commuted to the office on Slack days.', 'riverside-fm'],
    ['Interned at UC Riverside using Python.', 'riverside-fm'],
    ['Routed the on-call alerts through Squadcast and PagerDuty.', 'squadcast-fm'],
    ['Read the Hindenburg Research report on Adani.', 'hindenburg'],
    ['Wrote an essay on the Hindenburg disaster.', 'hindenburg'],
    ['Shouted through a Megaphone at the rally, then posted on Instagram.', 'megaphone-podcasts'],
    ['Wrote the Solana programs in Rust with Anchor.', 'spotify-for-podcasters'],
    ['Worked as a news Anchor on TV, scripting in Google Docs.', 'spotify-for-podcasters'],
    ['Simulated the Transistor amplifier in LTspice.', 'transistor-fm'],
    ['The Transistor count doubled, so we moved to AWS Lambda.', 'transistor-fm'],
  ])('does not take the other sense for the tool: %s', (sentence, tool) => {
    expect(ids(sentence)).not.toContain(tool);
  });
});

describe('more industries: unambiguous names in ordinary résumé sentences', () => {
  it.each([
    // digital accessibility
    ['Set up ZoomText for the low-vision users.', ['zoomtext']],
    ['Dictated the reports in Dragon NaturallySpeaking.', ['dragon-naturallyspeaking']],
    [
      'Checked the tab order in Accessibility Insights for Web and the colours in the Colour Contrast Analyser.',
      ['accessibility-insights', 'colour-contrast-analyser'],
    ],
    [
      'Monitored the sites in Siteimprove, then Silktide and Pope Tech.',
      ['siteimprove', 'silktide', 'pope-tech'],
    ],
    ['Ran WebAIM WAVE and axe DevTools on every template.', ['webaim-wave', 'axe-core']],
    ['Followed the WAI-ARIA authoring practices.', ['wai-aria']],
    // weather & climate
    ['Ported the LFRic apps to Cylc 8.', ['lfric', 'cylc']],
    ['Converted the NetCDF output to GRIB2 with ecCodes.', ['netcdf', 'grib', 'eccodes']],
    [
      'Read the GRIB files with cfgrib into xarray and computed CAPE with MetPy.',
      ['grib', 'cfgrib', 'xarray', 'metpy'],
    ],
    ['Plotted the fields with SciTools Iris and Metview.', ['scitools-iris', 'metview']],
    ['Monitored the operational suites in ecFlow.', ['ecflow']],
    ['Coupled NEMO and the atmosphere through OASIS3-MCT.', ['oasis3-mct']],
    [
      'Compared the Met Office Unified Model, ECMWF IFS and the Global Forecast System.',
      ['met-office-unified-model', 'ecmwf-ifs', 'gfs-model'],
    ],
    ['Ran WRF-Chem for the air-quality forecasts.', ['wrf-model']],
    [
      'Post-processed the runs with Climate Data Operators and ncks.',
      ['cdo-climate', 'nco-netcdf-operators'],
    ],
    ['Ran the Community Earth System Model.', ['cesm']],
    // semiconductor manufacturing
    ['Built the yield dashboards in Exensio and yieldWerx.', ['pdf-solutions-exensio', 'yieldwerx']],
    ['Wrote the SECS/GEM interface for the etch tools.', ['secs-gem']],
    ['Reported cycle time in FabTime and yield in Synopsys Odyssey.', ['fabtime', 'synopsys-odyssey']],
    [
      'Linked KLA Klarity to Applied Materials WorkStream and PROMIS MES.',
      ['kla-klarity', 'applied-workstream', 'promis-mes'],
    ],
    ['Analysed yield in Yield Explorer.', ['synopsys-yield-explorer']],
    // energy trading
    [
      'Migrated from Openlink Endur to ION Allegro and connected Trayport Joule.',
      ['ion-endur', 'ion-allegro', 'trayport'],
    ],
    ['Wrote OpenJVS scripts for Endur settlements.', ['ion-endur', 'ion-endur']],
    ['Evaluated AspectCTRM, Brady PowerDesk and Eka CTRM.', ['aspect-ctrm', 'brady-etrm', 'eka-ctrm']],
    [
      'Tracked LNG cargoes in Kpler and power news in Montel Analytics and ICE Connect.',
      ['kpler', 'montel', 'ice-connect'],
    ],
    ['Supported the Commodity XL upgrade.', ['triple-point']],
    // live-events ticketing
    [
      'Ran season tickets in Archtics and Ticketmaster Host, then AXS Ticketing.',
      ['ticketmaster', 'ticketmaster', 'axs'],
    ],
    ['Migrated the theatre from Spektrix to Tessitura Network.', ['spektrix', 'tessitura']],
    ['Ran the gates with accesso ShoWare and Intellitix wristbands.', ['accesso-showare', 'intellitix']],
    ['Listed the events on vivenu, Skiddle and Billetto.', ['vivenu', 'skiddle', 'billetto']],
    [
      'Sold tickets through AudienceView, SeeTickets and DICE.fm.',
      ['audienceview', 'see-tickets', 'dice-fm'],
    ],
    // UK school data
    [
      'Synced Capita SIMS to the apps with Groupcall Xporter and Wonde.',
      ['sims-mis', 'groupcall-xporter', 'wonde'],
    ],
    ['Moved the primaries from ScholarPack to Bromcom.', ['scholarpack', 'bromcom']],
    ['Sent reports through Edulink One and took payments in ParentPay.', ['edulink-one', 'parentpay']],
    ['Logged safeguarding concerns in CPOMS and MyConcern.', ['cpoms', 'myconcern']],
    [
      'Checked the data in DfE COLLECT, Analyse School Performance and FFT Aspire.',
      ['dfe-collect', 'dfe-asp', 'fft-aspire'],
    ],
    [
      'Set homework in Sparx Maths and Satchel One and logged behaviour in ClassCharts.',
      ['sparx-maths', 'satchel-one', 'class-charts'],
    ],
    ['Logged behaviour points in Class Charts.', ['class-charts']],
    ['Set homework in Show My Homework.', ['satchel-one']],
    ['Implemented Arbor MIS across the trust.', ['arbor-education']],
    // drone survey
    [
      'Processed the flights in Propeller Aero, RealityCapture and ContextCapture.',
      ['propeller-aero', 'realitycapture', 'bentley-contextcapture'],
    ],
    ['Exported the surfaces as LandXML and the points as LAS/LAZ.', ['landxml', 'asprs-las']],
    // catastrophe risk
    [
      'Ran the portfolios in RiskLink, Verisk Touchstone and Oasis LMF.',
      ['rms-risklink', 'verisk-touchstone', 'oasis-lmf'],
    ],
    [
      'Compared Impact Forecasting ELEMENTS, KatRisk and CoreLogic RQE.',
      ['impact-forecasting-elements', 'katrisk', 'corelogic-rqe'],
    ],
    ["Moved the EDMs to Moody's RMS Risk Modeler.", ['rms-risk-modeler']],
    ["Geocoded the exposures in Moody's RMS.", ['rms-risklink']],
    // print prepress
    [
      'Preflighted the files in PitStop Pro and routed them with Enfocus Switch.',
      ['enfocus-pitstop', 'enfocus-switch'],
    ],
    [
      'Ran the plates from Prinergy, Equios and Agfa Apogee.',
      ['kodak-prinergy', 'screen-equios', 'agfa-apogee'],
    ],
    [
      'Built the workflows in Esko Automation Engine and Esko WebCenter.',
      ['esko-automation-engine', 'esko-webcenter'],
    ],
    [
      'Built the personalised mailers in XMPie uProduce and checked them with pdfToolbox.',
      ['xmpie', 'callas-pdftoolbox'],
    ],
    [
      'Estimated jobs in Tharstern, PrintIQ, EFI Pace and Label Traxx.',
      ['tharstern', 'printiq', 'efi-pace', 'label-traxx'],
    ],
    ['Managed the queues in Fiery Command WorkStation.', ['efi-fiery']],
    ['Exported PDF/X-4 files with an ExtendScript.', ['pdf-x', 'extendscript']],
    ['Mapped the Job Definition Format tickets.', ['jdf']],
    // customer success
    [
      'Evaluated Totango, ChurnZero, Planhat and ClientSuccess.',
      ['totango', 'churnzero', 'planhat', 'clientsuccess'],
    ],
    ['Replaced Hightouch with Census Reverse ETL.', ['hightouch', 'census-reverse-etl']],
    ['Moved from Vitally.io to Catalyst.io.', ['vitally', 'catalyst-cs']],
    // lab informatics
    [
      'Migrated the ELNs from Dotmatics and IDBS E-WorkBook to Signals Notebook.',
      ['dotmatics', 'idbs-ewb', 'signals-notebook'],
    ],
    [
      'Processed the NMR in Mnova and searched routes in SciFinder and Reaxys.',
      ['mestrenova', 'cas-scifinder', 'reaxys'],
    ],
    [
      'Tracked the compound samples in Titian Mosaic and built the workflows in Pipeline Pilot.',
      ['titian-mosaic', 'biovia-pipeline-pilot'],
    ],
    // podcasting
    [
      'Recorded in Zencastr, edited in Descript and levelled in Auphonic.',
      ['zencastr', 'descript', 'auphonic'],
    ],
    ['Moved the recordings from Riverside.fm to SquadCast.fm.', ['riverside-fm', 'squadcast-fm']],
    ['Edited the episodes in Hindenburg Journalist.', ['hindenburg']],
    [
      'Hosted the shows on Libsyn, Acast and Megaphone by Spotify.',
      ['libsyn', 'acast', 'megaphone-podcasts'],
    ],
    [
      'Moved the show from Anchor.fm to Buzzsprout, Podbean and Transistor.fm.',
      ['spotify-for-podcasters', 'buzzsprout', 'podbean', 'transistor-fm'],
    ],
  ])('%s', (sentence, tools) => {
    expect(ids(sentence)).toEqual(tools);
  });
});

describe('more industries: names that share words with other tools', () => {
  it('lets the longer names win, and keeps the tools that own the short names', () => {
    expect(ids('Dictated notes in Nuance Dragon Medical.')).toEqual(['dragon-medical']);
    expect(ids('Dictated notes in Nuance Dragon.')).toEqual(['dragon-naturallyspeaking']);
    expect(ids('Routed the board in Cadence Allegro.')).toEqual(['cadence-orcad']);
    expect(ids('Booked the trades in ION Allegro.')).toEqual(['ion-allegro']);
    expect(ids('Forecast the contact centre in Aspect WFM.')).toEqual(['aspect-wfm']);
    expect(ids('Maintained the item hierarchy in Oracle RMS.')).toEqual(['oracle-retail']);
    expect(ids('Built the interfaces in InterSystems IRIS.')).toEqual(['intersystems-iris']);
    expect(ids('Regridded the cubes with SciTools Iris.')).toEqual(['scitools-iris']);
    expect(ids('Configured the finance modules in IFS Cloud.')).toEqual(['ifs']);
    expect(ids('Modelled the architecture in Sparx EA.')).toEqual(['sparx-ea']);
    expect(ids('Recorded the assessments in LAS for adult social care.')).toEqual(['liquidlogic-las']);
    expect(ids('Built the cubes in TM1.')).toEqual(['ibm-planning-analytics']);
    expect(ids('Classified the LAZ tiles in TerraScan.')).toEqual(['asprs-las', 'terrasolid-terrascan']);
  });

  it('does not take generic phrases and compliance terms for tools', () => {
    expect(ids('Led the WCAG 2.2 AA audit and signed the VPAT.')).toEqual([]);
    expect(ids('Used an FFT to find the dominant frequencies.')).toEqual([]);
    expect(ids('Checked if elements of the array were null.')).toEqual([]);
    expect(ids('Visited the oasis in the desert.')).toEqual([]);
    expect(ids('Kept a fast pace on the team.')).toEqual([]);
    expect(ids('The school census was due in October.')).toEqual([]);
    expect(ids('Ran hightouch onboarding for the enterprise accounts.')).toEqual([]);
    expect(ids('Packed the satchel for school.')).toEqual([]);
    expect(ids('Built a unified model for the customers.')).toEqual([]);
    expect(ids('Our workstream owned the migration.')).toEqual([]);
    expect(ids('Photography is about capturing reality.')).toEqual([]);
    expect(ids('Asked the class to show my homework to the supply teacher.')).toEqual([]);
    expect(ids('Shared accessibility insights with the product teams in Confluence.')).toEqual([
      'confluence',
    ]);
    expect(ids('Built an e-workbook for the students in Google Sheets.')).toEqual(['google-sheets']);
    expect(ids('Ran a pipeline pilot with three customers in HubSpot.')).toEqual(['hubspot']);
    expect(ids('Built a transistor FM radio kit with an Arduino.')).toEqual(['arduino']);
    expect(ids('Built a yield explorer dashboard in Tableau.')).toEqual(['tableau']);
  });

  it('finds the tools of these fields that were already in the taxonomy under their own ids', () => {
    expect(ids('Ran axe DevTools and Pa11y in CI.')).toEqual(['axe-core', 'pa11y']);
    expect(ids('Modelled the dispatch in PLEXOS and Energy Exemplar Aurora.')).toEqual([
      'plexos',
      'aurora-xmp',
    ]);
    expect(ids('Processed the flights in Pix4D, Metashape and DJI Terra.')).toEqual([
      'pix4d',
      'agisoft-metashape',
      'dji-terra',
    ]);
    expect(ids('Cleaned the point clouds in CloudCompare and Global Mapper.')).toEqual([
      'cloudcompare',
      'global-mapper',
    ]);
    expect(ids('Ran the chromatography in Chromeleon and Waters Empower.')).toEqual([
      'chromeleon',
      'waters-empower',
    ]);
    expect(ids('Edited the podcast in Adobe Audition and iZotope RX.')).toEqual([
      'adobe-audition',
      'izotope-rx',
    ]);
    expect(ids('Managed the renewals in Gainsight.')).toEqual(['gainsight']);
    expect(ids('Ran the lot genealogy in Siemens Opcenter.')).toEqual(['siemens-opcenter']);
  });
});

describeFieldFile('35-more-industries.yaml', taxonomy);
