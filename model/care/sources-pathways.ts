// Sources behind the discharge pathways, intermediate care, the population projection and the
// evidence the model is tested against (version 0.6). Each was read in its own text or table;
// `table` says where. Cited by key through sources.ts, like every other source.
import type { Source } from '../ir'

export const PATHWAY_SOURCES = {
  onsMye2023: {
    title:
      'ONS. Population estimates for the UK, England, Wales, Scotland and Northern Ireland: mid-2023 (table MYE2, persons by single year of age)',
    year: 2024,
    table:
      'England 57,690,323 residents; Scotland 5,490,100 (NRS); single years of age by sex, summed into the model’s bands',
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates/datasets/populationestimatesforukenglandandwalesscotlandandnorthernireland',
    note: 'Read as loaded by the NHS-R Community package NHSRdatasets (ons_uk_population_2023); Open Government Licence v3.0.',
  },
  onsMidYear2023Bulletin: {
    title: 'ONS. Population estimates for England and Wales: mid-2023 (bulletin)',
    year: 2024,
    table:
      'Year to mid-2023: 598,400 births, 598,000 deaths, net international migration 622,000, population 60.9 million; England and Wales both grew 1.0%',
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates',
  },
  onsNationalLifeTables2022: {
    title: 'ONS. National life tables: UK, 2020 to 2022',
    year: 2023,
    table: 'Probability of death (qx) by age and sex',
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/birthsdeathsandmarriages/lifeexpectancies/datasets/nationallifetablesunitedkingdomreferencetables',
    note: 'Read from a third-party transcription at five-year ages; check against the ONS tables before a board paper.',
  },
  commonsLibraryDelays2023: {
    title: 'House of Commons Library. Delayed hospital discharges and adult social care (Insight)',
    year: 2023,
    table:
      'December 2022: 13,440 patients a day no longer meeting the criteria to reside; about 24% waiting for home care, 16% for a care home, 24% for intermediate care',
    url: 'https://commonslibrary.parliament.uk/delayed-hospital-discharges-and-adult-social-care/',
  },
  healthFoundationIntermediateCare2024: {
    title: 'Health Foundation. The challenges and potential of intermediate care (long read)',
    year: 2024,
    table:
      '2023: 39,000 people a month discharged from acute hospitals received intermediate care; 41,000 a month started step-up; at least 1 in 4 expecting home-based and nearly half expecting bed-based intermediate care were delayed in hospital',
    url: 'https://www.health.org.uk/publications/long-reads/the-challenges-and-potential-of-intermediate-care',
  },
  niceQs173: {
    title: 'NICE. Intermediate care including reablement (quality standard QS173)',
    year: 2018,
    table:
      'Statement 2: adults accepted for bed-based intermediate care start the service within 2 days of referral',
    url: 'https://www.nice.org.uk/guidance/qs173/chapter/quality-statement-2-starting-bed-based-intermediate-care',
  },
  cochraneHospitalAtHome2024: {
    title:
      'Edgar K, Iliffe S, Doll HA, Clarke MJ, Gonçalves-Bradley DC, Wong E, Shepperd S. Admission avoidance hospital at home. Cochrane Database of Systematic Reviews 2024, CD007491.pub3',
    year: 2024,
    table:
      'Summary of findings 1 (older people): living in residential care at 6 months RR 0.53 (0.41-0.69), 66 v 124 per 1,000; admission to hospital 3-12 months RR 1.14 (0.97-1.34); mortality 6 months RR 0.88 (0.68-1.13)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10911897/',
  },
  glendinning2014: {
    title:
      'Glendinning C. Home care re-ablement: the evidence (slides, reporting the CSED re-ablement studies)',
    year: 2014,
    table:
      '63% of people reabled needed no further home care on discharge; 26% needed less than the comparison group',
    url: 'https://studylib.net/doc/5342425',
  },
  nuffieldReablement2022: {
    title: 'Nuffield Trust QualityWatch. Supporting older people’s recovery after illness or injury',
    year: 2022,
    table:
      'Share of people aged 65+ still at home 91 days after discharge from hospital into reablement (ASCOF 2B): about 82% from 2011/12 to 2019/20, 79% in 2020/21',
    url: 'https://www.nuffieldtrust.org.uk/resource/supporting-older-people-s-recovery-after-illness-or-injury',
  },
  ascfrSalt2022: {
    title: 'NHS Digital. Short and Long Term (SALT) data return 2021-22 guidance, STS004',
    year: 2022,
    table:
      'Reablement and rehabilitation after hospital: "a short term intervention typically lasting no longer than 6 weeks, and frequently as little as 1-2 weeks or less"',
    url: 'https://digital.nhs.uk/data-and-information/data-collections-and-data-sets/data-collections/social-care-collection-materials-2022/salt-data-return-2021-2022-guidance/sts004',
  },
  pheHospitalDeaths2019: {
    title: 'Public Health England. Older people who died in hospital, England 2017',
    year: 2019,
    table: '230,428 people died in hospital in 2017 (46.2% of all deaths); 155,899 aged 75 and over',
    url: 'https://www.gov.uk/government/publications/older-people-who-died-in-hospital-england-2017/older-people-who-died-in-hospital-england-2017',
  },
  naic2013: {
    title: 'National Audit of Intermediate Care report 2013 (NHS Benchmarking Network), as reported by HSJ',
    year: 2013,
    table: 'John Young: provision of these community services "is still only about half of that needed"',
    url: 'https://www.hsj.co.uk/home/intermediate-care-provision-stuck-dh-director-admits/5065282.article',
  },
  naic2015: {
    title: 'National Audit of Intermediate Care 2015 (NHS Benchmarking Network), as reported by GM Journal',
    year: 2015,
    table:
      'Waits average 3 days for bed-based care, 6.3 days for home-based services, 8.7 days for reablement; provision "needs to approximately double to meet increasing demand"',
    url: 'https://www.gmjournal.co.uk/new-intermediate-care-audit-reveals-winter-threat-to-hospitals-from-increased-waiting-times',
  },
  reilly2011: {
    title:
      'Reilly S, Abell J, Brand C, Hughes J, Berzins K, Challis D. Case management for people with long-term conditions: impact upon emergency admissions and associated length of stay. Primary Health Care Research and Development 12:223-236',
    year: 2011,
    table:
      '10 primary care trusts, 867 patients, nine months before and after entry: emergency admissions and associated length of stay fell significantly',
    url: 'https://eprints.lancs.ac.uk/id/eprint/66438/',
  },
  walesAuditor2008: {
    title:
      'Auditor General for Wales. The management of chronic conditions by NHS Wales (reported by GP online)',
    year: 2008,
    table: 'Chronic conditions account for at least one in six of all emergency medical admissions',
    url: 'https://www.gponline.com/chronic-conditions-care-fails-wales/article/934688',
  },
  stokes2015: {
    title:
      'Stokes J, Panagioti M, Alam R, Checkland K, Cheraghi-Sohi S, Bower P. Effectiveness of case management for at risk patients in primary care: a systematic review and meta-analysis. PLoS ONE 10:e0132340',
    year: 2015,
    table:
      '36 studies: no significant differences in total cost, mortality, or use of primary or secondary care',
    url: 'https://doi.org/10.1371/journal.pone.0132340',
  },
  modelSwitch: {
    title: 'A switch for checking the model (not a quantity of the care system)',
    note: 'Turns demography off so that an equilibrium can be checked; it has no source because it describes no fact.',
  },
  policyLever: {
    title:
      'Policy lever: the baseline makes no change (a scenario’s choice, not a quantity of the care system)',
    note: 'The default is "do nothing"; the range is what scenarios may set. The sources cited with it are the evidence for what the lever does.',
  },
  calibrated: {
    title: 'Calibrated by the model (not a published figure)',
    note: 'Computed so that the model reproduces checked figures in the base year; the note says which.',
  },
  byDefinition: {
    title: 'Equal to 1 by definition for the default area (England)',
    note: 'A ratio to England: 1 for England; other areas set their own from their own sources.',
  },
} satisfies Record<string, Source>
