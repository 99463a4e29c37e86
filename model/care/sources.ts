// The publications the care model's defaults come from, named once and cited by key, so the same
// source reads the same way in the model metadata, docs/parameters.md and the app.
import type { Source } from '../ir'
import { AREA_SOURCES } from './sources-areas'
import { CHECKED_SOURCES } from './sources-checked'
import { PATHWAY_SOURCES } from './sources-pathways'

export const SOURCES = {
  ...PATHWAY_SOURCES,
  ...AREA_SOURCES,
  ...CHECKED_SOURCES,
  onsMidYear2023: {
    title: 'Population estimates for England and Wales: mid-2023',
    year: 2024,
    table: 'Mid-year estimates by single year of age, England',
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates',
  },
  onsCensus2021: {
    title: 'Census 2021: population and household estimates, England and Wales',
    year: 2022,
    table: 'Population by age: 18.6% aged 65 and over',
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates',
  },
  onsBirths2023: {
    title: 'Births in England and Wales: 2023',
    year: 2024,
    table: 'Live births and crude birth rate',
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/birthsdeathsandmarriages/livebirths',
  },
  onsDeaths2023: {
    title: 'Deaths registered in England and Wales: 2023',
    year: 2024,
    table: 'Deaths by age group and age-specific mortality rates',
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/birthsdeathsandmarriages/deaths',
  },
  onsProjections2022: {
    title: 'National population projections: 2022-based',
    year: 2025,
    table: 'Principal projection assumptions: long-term net migration and mortality improvement',
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationprojections',
  },
  nrsScotland2022: {
    title: "Scotland's Census 2022: rounded population estimates",
    year: 2023,
    table: 'Population 5,436,600; aged 65 and over 1,091,000',
    url: 'https://www.scotlandscensus.gov.uk/',
  },
  sanMarinoUpeceds: {
    title:
      'Repubblica di San Marino, Ufficio Informatica, Tecnologia, Dati e Statistica: population bulletin',
    year: 2024,
    table: 'Resident population by age, 2023 (34,892 residents; 21.1% aged 65 and over)',
    url: 'https://www.statistica.sm/',
  },
  ciaSanMarino: {
    title: 'CIA World Factbook: San Marino',
    year: 2023,
    table: 'People and society: age structure, birth rate, life expectancy at birth 84.1 years',
    url: 'https://www.cia.gov/the-world-factbook/countries/san-marino/',
  },
  barnett2012: {
    title:
      'Barnett K et al. Epidemiology of multimorbidity and implications for health care, research, and medical education. Lancet 380:37-43',
    year: 2012,
    table: 'Figure 1: number of morbidities by age group (1,751,841 people, Scotland, 2007)',
    url: 'https://doi.org/10.1016/S0140-6736(12)60240-2',
  },
  kingston2018: {
    title:
      'Kingston A et al. Projections of multi-morbidity in the older population in England to 2035: estimates from the PACSim model. Age and Ageing 47:374-380',
    year: 2018,
    table: 'Table 2: prevalence of 2+ diseases by age group, 2015 and 2035',
    url: 'https://doi.org/10.1093/ageing/afx201',
  },
  nunes2016: {
    title:
      'Nunes BP et al. Multimorbidity and mortality in older adults: a systematic review and meta-analysis. Archives of Gerontology and Geriatrics 67:130-138',
    year: 2016,
    table: 'Pooled hazard ratios for death by number of conditions',
    url: 'https://doi.org/10.1016/j.archger.2016.07.008',
  },
  payne2013: {
    title:
      'Payne RA et al. The effect of physical multimorbidity, mental health conditions and socioeconomic deprivation on unplanned admissions to hospital. CMAJ 185:E221-E228',
    year: 2013,
    table: 'Table 2: unplanned admission rates by number of physical conditions (Scotland, 180,815 adults)',
    url: 'https://doi.org/10.1503/cmaj.121349',
  },
  healthFoundation2018: {
    title:
      'Steventon A et al. Emergency hospital admissions in England: which may be avoidable and how? (Health Foundation)',
    year: 2018,
    table: 'Emergency admissions 4.25 million (2006/07) to 6.02 million (2017/18), 3.2% a year; 85+ up 58.9%',
    url: 'https://www.health.org.uk/publications/emergency-hospital-admissions-in-england-which-may-be-avoidable-and-how',
  },
  nuffieldBeds: {
    title: 'Nuffield Trust QualityWatch: hospital bed occupancy',
    year: 2023,
    table: 'Overnight general and acute beds: 102,194 available, 90,309 occupied (88%) in Q4 2019/20',
    url: 'https://www.nuffieldtrust.org.uk/resource/hospital-bed-occupancy',
  },
  healthFoundationDelays: {
    title:
      'Health Foundation. Why are delayed discharges from hospital increasing? Seeing the bigger picture',
    year: 2023,
    table:
      'December 2022: more than 13,000 of about 100,000 beds occupied by patients medically fit for discharge',
    url: 'https://www.health.org.uk/publications/long-reads/why-are-delayed-discharges-from-hospital-increasing-seeing-the-bigger',
  },
  issSanMarino: {
    title:
      'Istituto per la Sicurezza Sociale, San Marino: budget reports (San Marino Fixing; San Marino RTV)',
    year: 2016,
    table:
      'Health spending about €2,270 a resident (2015); 2009 budget: health care €70m, social-health care €13m',
    url: 'https://sanmarinortv.sm/news/attualita-c4/san-marino-iss-presenta-primo-bilancio-sociale-a57437',
  },
  hesApc2023: {
    title: 'Hospital Admitted Patient Care Activity, 2023-24 (NHS England)',
    year: 2024,
    table: 'Emergency admissions and mean length of stay by age group',
    url: 'https://digital.nhs.uk/data-and-information/publications/statistical/hospital-admitted-patient-care-activity',
  },
  kh03: {
    title: 'Bed Availability and Occupancy, KH03 (NHS England)',
    year: 2024,
    table: 'General and acute overnight beds available and occupied, 2023-24 quarterly averages',
    url: 'https://www.england.nhs.uk/statistics/statistical-work-areas/bed-availability-and-occupancy/bed-availability-and-occupancy-kh03/',
  },
  nhsDischargeSitrep: {
    title: 'Discharge delays (acute) data collection, NHS England',
    year: 2024,
    table: 'Patients no longer meeting the criteria to reside, daily average',
    url: 'https://www.england.nhs.uk/statistics/statistical-work-areas/discharge-delays-acute-data/',
  },
  nuffieldReadmissions: {
    title: 'Nuffield Trust QualityWatch: emergency readmissions',
    year: 2018,
    table: 'Emergency readmissions within 30 days of discharge, England: 12.4% (2013/14) to 13.7% (2017/18)',
    url: 'https://www.nuffieldtrust.org.uk/resource/emergency-readmissions',
  },
  dhscDischarge2022: {
    title: 'Hospital discharge and community support guidance (Department of Health and Social Care)',
    year: 2022,
    table: 'Discharge to assess pathways 0-3 for people aged 65 and over: at least 50%, 45%, at most 4%, 1%',
    url: 'https://www.gov.uk/government/publications/hospital-discharge-service-policy-and-operating-model',
  },
  wood2023: {
    title:
      'Wood RM et al. Estimating the cost of delayed hospital discharge in England (delayed transfers of care, 12 months to March 2020)',
    year: 2023,
    table: 'Share of delayed days by reason: social care 28%, intermediate care 48%',
  },
  phsDelayedDischarges: {
    title: 'Delayed discharges in NHSScotland (Public Health Scotland)',
    year: 2024,
    table: 'September 2024: 1,968 beds occupied per day by people delayed; median delay 29 days',
    url: 'https://publichealthscotland.scot/publications/delayed-discharges-in-nhsscotland-monthly/',
  },
  phsBeds: {
    title:
      'Acute hospital activity and NHS beds information (quarterly), quarter ending 31 December 2023 (Public Health Scotland)',
    year: 2024,
    table: 'Acute specialties: 13,792 available staffed beds a day, 87% occupancy',
    url: 'https://publichealthscotland.scot/publications/acute-hospital-activity-and-nhs-beds-information-annual/',
  },
  phsAlos: {
    title:
      'Acute hospital activity: emergency admissions and average length of stay (Public Health Scotland)',
    year: 2024,
    table: 'Emergency admissions, average length of stay 8.5 days (quarter ending December 2023)',
    url: 'https://publichealthscotland.scot/',
  },
  msgEdinburgh2023: {
    title: 'Ministerial Strategic Group for Health and Community Care indicators: Edinburgh IJB',
    year: 2024,
    table:
      '2023: unplanned admissions 34,491; emergency bed days 302,875; delayed bed days 61,519; 65+ at home 96.0%',
  },
  bagust1999: {
    title:
      'Bagust A, Place M, Posnett JW. Dynamics of bed use in accommodating emergency admissions: stochastic simulation model. BMJ 319:155-158',
    year: 1999,
    table: 'Results: risks discernible above about 85% mean occupancy; regular shortages at 90% or more',
    url: 'https://doi.org/10.1136/bmj.319.7203.155',
  },
  lattimer2004: {
    title:
      'Lattimer V, Brailsford S et al. Reviewing emergency care systems I: insights from system dynamics modelling. Emergency Medicine Journal 21:685-691',
    year: 2004,
    table:
      'Results: preventing 3-6% of older people’s emergency admissions a year cut occupancy by 1% a year over 5 years',
    url: 'https://doi.org/10.1136/emj.2002.003673',
  },
  kingman1961: {
    title:
      'Kingman JFC. The single server queue in heavy traffic. Proc. Cambridge Philosophical Society 57:902-904',
    year: 1961,
    table: 'Waiting time grows as utilisation/(1 - utilisation)',
  },
  naic2017: {
    title: 'National Audit of Intermediate Care: Summary Report, England (NHS Benchmarking Network)',
    year: 2017,
    table:
      'Service models, length of stay, waiting times, outcomes at discharge, costs per episode, capacity per 100,000 weighted population',
    url: 'https://www.nhsbenchmarking.nhs.uk/naic',
  },
  naic2014: {
    title: 'National Audit of Intermediate Care Report (NHS Benchmarking Network)',
    year: 2014,
    table: 'Cost per episode: home-based £1,045, reablement £1,722, bed-based £5,549',
  },
  homecareAssociation2024: {
    title: 'Homecare Association: fee rates for state-funded homecare 2024-25',
    year: 2024,
    table: 'Average local authority fee rate £23.26 per hour; Minimum Price for Homecare £28.53',
    url: 'https://www.homecareassociation.org.uk/',
  },
  homecareAssociation2025: {
    title: 'Homecare Association: fee rates for state-funded homecare in 2025-26',
    year: 2025,
    table: 'Average fee rate £24.10 per hour; Minimum Price £32.14',
    url: 'https://www.homecareassociation.org.uk/resource/fee-rates-for-state-funded-homecare-in-2025-26.html',
  },
  ascfr2024: {
    title: 'Adult Social Care Activity and Finance Report, England 2023-24 (NHS England)',
    year: 2024,
    table:
      'Long-term support by setting; gross expenditure and unit costs for residential and home care, 65+',
    url: 'https://digital.nhs.uk/data-and-information/publications/statistical/adult-social-care-activity-and-finance-report',
  },
  strategyUnitCareHomes: {
    title: 'The Strategy Unit: care home demand simulator (public Stella model)',
    year: 2023,
    table:
      'Length of stay 28 months; £815.72 a week rising 2.9% a year; referrals 120 per 10,000 aged 65+ a year',
    url: 'https://github.com/The-Strategy-Unit',
  },
  scottishCare2023: {
    title: 'Scottish Care / National Care Home Contract rates 2022-23',
    year: 2023,
    table: 'Residential £719, nursing £838 a week',
  },
  adass2024: {
    title: 'ADASS Spring Survey 2024',
    year: 2024,
    table: 'People waiting for an assessment, care or direct payments',
    url: 'https://www.adass.org.uk/',
  },
  ham2010: {
    title:
      'Ham C. Working together for health: achievements and challenges in the Kaiser NHS beacon sites programme (HSMC policy paper 6, University of Birmingham)',
    year: 2010,
    table: 'Torbay: average daily occupied beds 750 (1998/99) to 528 (2008/09)',
    url: 'https://www.birmingham.ac.uk/schools/social-policy/departments/health-services-management-centre/news/2010/01/torbay-project.aspx',
  },
  kingsFundBeds: {
    title:
      'Ewbank L, Thompson J, McKenna H. NHS hospital bed numbers: past, present, future (The King’s Fund)',
    year: 2017,
    table:
      'General and acute beds in England fell by 43% from 1987/88 (34% to 2018/19 in the updated edition); the UK has fewer acute beds per person than many comparable systems',
    url: 'https://www.kingsfund.org.uk/publications/nhs-hospital-bed-numbers',
  },
  publicHealthGrant2024: {
    title: 'Department of Health and Social Care. Public health grants to local authorities: 2024 to 2025',
    year: 2024,
    table: 'Total public health grant to local authorities in England £3.603 billion',
    url: 'https://www.gov.uk/government/publications/public-health-grants-to-local-authorities-2024-to-2025',
  },
  nhsPlanning2020: {
    title:
      'NHS England and NHS Improvement. 2020/21 NHS Operational Planning and Contracting Guidance (as quoted by HSJ, January 2020)',
    year: 2020,
    table:
      'Systems expected to reduce general and acute bed occupancy to a maximum of 92%; the long period of reducing bed numbers should not be expected to continue',
    url: 'https://www.hsj.co.uk/policy-and-regulation/trusts-told-to-maintain-peak-beds-throughout-whole-year/7026832.article',
  },
  nhsPlanning2023: {
    title:
      'NHS England. 2023/24 priorities and operational planning guidance (23 December 2022), as summarised by HFMA',
    year: 2022,
    table: 'Adult general and acute bed occupancy to be no more than 92%, to improve patient flow',
    url: 'https://hfma.org.uk/news/news-list/Article/2023-24-planning-guidance',
  },
  nhsProvidersWinter2018: {
    title: 'NHS Providers. NHS Winter Watch, week 13 (NHS England winter situation reports, 2017/18)',
    year: 2018,
    table: 'On average 4,678 escalation beds open each day; general and acute occupancy 95.2%',
    url: 'https://nhsproviders.org/nhs-winter-watch/week-13',
  },
  nao2017: {
    title: 'National Audit Office. Health and social care integration (HC 1011)',
    year: 2017,
    table:
      'Better Care Fund 2015-16: £5.3bn pooled; planned -106,000 emergency admissions, actual +87,000; delayed days planned -293,000, actual +185,000',
    url: 'https://www.nao.org.uk/reports/health-and-social-care-integration/',
  },
  glendinning2010: {
    title:
      'Glendinning C et al. Home care re-ablement services: investigating the longer-term impacts (SPRU, York)',
    year: 2010,
    table: 'Re-ablement cut later social care costs by about 60% over 12 months; cost £2,088 per episode',
  },
  mason2015: {
    title:
      'Mason A et al. Integrating funds for health and social care: an evidence review. J Health Serv Res Policy 20:177-188',
    year: 2015,
    table: '38 schemes: little evidence that pooled funds alone reduce hospital use',
    url: 'https://doi.org/10.1177/1355819614566832',
  },
  bernabei1998: {
    title:
      'Bernabei R et al. Randomised trial of impact of model of integrated care and case management for older people living in the community. BMJ 316:1348-1351',
    year: 1998,
    table: 'Admission to hospital or nursing home: hazard ratio 0.69 (0.53-0.91)',
    url: 'https://doi.org/10.1136/bmj.316.7141.1348',
  },
  purdy2012: {
    title: 'Purdy S. Avoiding hospital admissions: what does the research evidence say? (King’s Fund)',
    year: 2010,
    table: 'Case management and disease management: mixed or no effect on admissions',
    url: 'https://www.kingsfund.org.uk/insight-and-analysis/reports/avoiding-hospital-admissions',
  },
  walesCcm: {
    title:
      'Welsh Assembly Government. Designed to Improve Health and the Management of Chronic Conditions in Wales',
    year: 2007,
    table:
      'Chronic conditions management demonstrators (reported falls of 16-27% in emergency bed days; unverified)',
  },
  nhsCostCollection: {
    title: 'NHS England: cost of a night in hospital (press statement on delayed discharges)',
    year: 2025,
    table: 'About £562 per acute bed night',
  },
  ifsNhsSpending: {
    title: 'Institute for Fiscal Studies: NHS spending growth',
    year: 2024,
    table: 'Long-run real growth of about 3.6% a year',
    url: 'https://ifs.org.uk/',
  },
  auditScotland2014: {
    title: 'Audit Scotland. Reshaping care for older people',
    year: 2014,
    table: 'Spend on older people £4.5bn (2011/12), rising to about £8bn by 2031 if services are unchanged',
    url: 'https://www.audit-scotland.gov.uk/',
  },
  nhsEnglandWinter: {
    title: 'NHS England Urgent and Emergency Care Daily Situation Reports (winter)',
    year: 2024,
    table: 'General and acute bed occupancy in winter weeks against the annual KH03 average',
    url: 'https://www.england.nhs.uk/statistics/statistical-work-areas/uec-sitrep/',
  },
  friebel2019: {
    title:
      'Friebel R et al. The implications of high bed occupancy rates on readmission rates in England: a longitudinal study. Health Policy 123:765-772',
    year: 2019,
    table: 'Readmission rates rise with hospital bed occupancy above 85%',
    url: 'https://doi.org/10.1016/j.healthpol.2019.06.006',
  },
  roemer1961: {
    title:
      "Roemer MI. Bed supply and hospital utilization: a natural experiment. Hospitals 35:36-42 (Roemer's law)",
    year: 1961,
    table: 'A bed built is a bed filled: admissions and bed-days rise with bed supply',
  },
  fisher2000: {
    title:
      'Fisher ES et al. Associations among hospital capacity, utilization, and mortality of US Medicare beneficiaries, controlling for sociodemographic factors. Health Services Research 34:1351-1362',
    year: 2000,
    table: 'Admission rates about 30% higher in areas with about 30% more beds per capita',
  },
  burchardt2015: {
    title:
      "Burchardt T, Obolenskaya P, Vizard P. The Coalition's record on adult social care: policy, spending and outcomes 2010-2015 (CASE working paper SPCC WP17, LSE)",
    year: 2015,
    table:
      'Spending on older people 17.4% lower by 2013/14; people receiving publicly commissioned care fell by a quarter (1.7 to 1.3 million) 2009/10-2013/14',
    url: 'https://sticerd.lse.ac.uk/dps/case/spcc/wp17.pdf',
  },
  skillsForCarePay2024: {
    title: 'Skills for Care: our position on pay in adult social care',
    year: 2025,
    table:
      'December 2024: average hourly pay for care workers £12; turnover 31% among care workers paid £1.50 or more above the National Living Wage against 37.8% on or below it',
    url: 'https://www.skillsforcare.org.uk/About-us/Our-policy-positions/Pay/Our-position-on-pay-in-adult-social-care.aspx',
  },
  skillsForCare2025: {
    title:
      'Skills for Care. The size and structure of the adult social care sector and workforce in England, 2025 (as reported)',
    year: 2025,
    table:
      '2024/25: 1.71m posts, 1.6m filled, 111,000 vacant (7.0%); care worker turnover 28.5%; domiciliary care vacancy rate 11.9% in 2023/24',
  },
  skillsForCare2023: {
    title:
      'Skills for Care. The state of the adult social care sector and workforce in England, 2023 (as reported)',
    year: 2023,
    table:
      '2022/23: vacancy rate 9.9%; 390,000 leavers, a third leaving the sector; turnover 48.7% where no retention factor applies against 20.6% where all five do',
  },
  lowPayCommission2024: {
    title: 'National Minimum Wage and National Living Wage: Low Pay Commission remit 2024 (HM Government)',
    year: 2024,
    table:
      'National Living Wage £11.44 an hour from 1 April 2024; remit for 2025: maintain the bite at two-thirds of median earnings',
    url: 'https://www.gov.uk/government/publications/national-minimum-wage-and-national-living-wage-low-pay-commission-remit-2024',
  },
  homecareAssociationMinimumPrice2024: {
    title: 'Homecare Association: Minimum Price for Homecare 2024-25',
    year: 2023,
    table:
      '£28.53 an hour from April 2024 at the National Living Wage of £11.44 (careworker pay for contact and travel time, mileage, wage-related on-costs and the minimum cost of running a compliant business); £30.31 at NHS Band 3 pay',
    url: 'https://www.homecareassociation.org.uk/resource/homecare-association-publishes-minimum-price-for-homecare-2024-25.html',
  },
  adassBudgetSurvey2016: {
    title:
      'Angel C. The need to reduce market instability in social care is urgent (Community Care), reporting the ADASS budget survey 2016',
    year: 2017,
    table:
      '59 councils had at least one home care provider hand back contracts and 48 had providers cease trading in six months; 7,640 people affected',
    url: 'https://www.communitycare.co.uk/2017/04/21/need-reduce-market-instability-social-care-urgent/',
  },
  scotlandCarePay2024: {
    title: 'Scottish Government: adult social care workers minimum pay',
    year: 2024,
    table:
      'Minimum pay for adult social care workers delivering direct care rose from £10.90 to £12 an hour in April 2024',
    url: 'https://gov.scot/publications/adult-social-care-workers-minimum-pay',
  },
  onsSelfFunders2023: {
    title: 'ONS. Care homes and estimating the self-funding population, England: 2022 to 2023',
    year: 2023,
    table:
      'Main points: 372,035 care home residents, 37.0% self-funders; 48.9% in care homes providing care for older people',
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/healthandsocialcare/socialcare/articles/carehomesandestimatingtheselffundingpopulationengland/2022to2023',
  },
  kingsFundDelayCost2023: {
    title: 'Maguire D. Delayed discharges: the direct cost of a night (The King’s Fund blog, as reported)',
    year: 2023,
    table:
      'Direct cost (staff time and overheads) of a delayed night about £395 in 2022/23, the 2017/18 estimate uplifted by inflation',
  },
  hansardBreakeven2007: {
    title: 'House of Commons written answer on North Bristol NHS Trust (Hansard, 16 January 2007)',
    year: 2007,
    table:
      'The statutory breakeven duty: a cumulative deficit must be recovered in the two years after it is first reported, four by exception; deficits must be repaid',
    url: 'https://hansard.parliament.uk/Commons/2007-01-16/debates/07011686000032/NorthBristolNHSTrust',
  },
  nhsFinanceRules2024: {
    title: 'NHS England. NHS financial framework: integrated care board and system finance business rules',
    year: 2025,
    table: 'Statutory duty of each ICB and its partner trusts to break even; consequences of a breach',
    url: 'https://www.england.nhs.uk/long-read/nhs-financial-framework-integrated-care-board-and-system-finance-business-rules',
  },
  inflationTarget: {
    title: 'Bank of England: the inflation target (2% a year, CPI)',
    year: 2024,
    table: 'Inflation target of 2% set by the Government',
    url: 'https://www.bankofengland.co.uk/monetary-policy/inflation',
  },
  ecbTarget: {
    title: 'European Central Bank: the inflation target (2% over the medium term, HICP)',
    year: 2021,
    table: 'Symmetric 2% inflation target over the medium term',
    url: 'https://www.ecb.europa.eu/mopo/strategy/html/index.en.html',
  },
  assumption: {
    title: 'Modelling assumption (no published figure found)',
    note: 'A value chosen by the model authors; see the parameter note and docs/parameters.md. Vary it in sensitivity runs.',
  },
} satisfies Record<string, Source>

export type SourceKey = keyof typeof SOURCES

export function cite(...keys: SourceKey[]): Source[] {
  return keys.map((key) => SOURCES[key])
}
