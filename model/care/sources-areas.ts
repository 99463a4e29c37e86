// Sources of Scotland's and San Marino's own figures (version 0.6): each area cites its own
// statistics offices and services. Cited by key through sources.ts.
import type { Source } from '../ir'

export const AREA_SOURCES = {
  nrsMidYear2023: {
    title: 'National Records of Scotland. Mid-2023 population estimates, Scotland',
    year: 2024,
    table:
      '5,490,100 at mid-2023, up 43,100 (0.8%); net international migration +47,700 and net migration from the rest of the UK +13,900; 20.3% aged 65 and over',
    url: 'https://nrscotland.gov.uk/publications/mid-2023-population-estimates',
  },
  nrsPopulation2023: {
    title: 'National Records of Scotland. Scotland’s population 2023 (the Registrar General’s annual review)',
    year: 2024,
    table: '17,510 more deaths than births in 2023; total fertility rate 1.3',
    url: 'https://nrscotland.gov.uk/latest-news/impact-of-scotlands-ageing-population',
  },
  nrsBirthsQuarter2023: {
    title: 'National Records of Scotland. Births, deaths and other vital events, fourth quarter 2023',
    year: 2024,
    table: '11,332 babies born between October and December 2023',
    url: 'https://www.nrscotland.gov.uk/statistics-and-data/statistics/statistics-by-theme/vital-events',
  },
  onsProjectionsScotland2022: {
    title:
      'ONS. National population projections: 2022-based (produced for the UK and its countries, with NRS)',
    year: 2025,
    table: 'Scotland grows 4.4% from mid-2022 to mid-2032 (England 7.8%, Wales 5.9%, Northern Ireland 2.1%)',
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationprojections/bulletins/nationalpopulationprojections/2022based',
  },
  scotlandFpnc2024: {
    title: 'Scottish Government. Free personal and nursing care, Scotland, 2023-24',
    year: 2025,
    table:
      '48,820 people aged 65+ received care at home in 2023-24; 28,210 long-stay care home residents aged 65+ with local authority support on the last day of 2023-24, of whom 10,900 (39%) self-funding',
    url: 'https://www.gov.scot/publications/free-personal-and-nursing-care-scotland-2023-24/',
  },
  phsCareAtHome2024: {
    title:
      'Public Health Scotland. Care at home statistics for Scotland: support and services funded by health and social care partnerships, 2023/24',
    year: 2024,
    table:
      '97,585 people received care at home in 2023/24 (all ages, at any time in the year); just over 40.9 million hours',
    url: 'https://publichealthscotland.scot/publications/care-at-home-statistics-for-scotland/',
  },
  phsCareAtHomeDemand2024: {
    title:
      'Public Health Scotland. People requiring a social care assessment and care at home services, 30 January 2024',
    year: 2024,
    table: 'Just under 3,700 people assessed and waiting for a care at home package on 8 January 2024',
    url: 'https://www.publichealthscotland.scot/publications/people-requiring-a-social-care-assessment-and-care-at-home-services/',
  },
  scotlandReadmissions2019: {
    title:
      'Scottish emergency readmissions, 2017-18 (Freedom of Information figures reported by healthandcare.scot)',
    year: 2019,
    table:
      '104,359 emergency readmissions; about one in five emergency admissions (21%) involve patients recently discharged, against 13.8% in England',
    url: 'https://healthandcare.scot/default.asp?page=story&story=750',
  },
  upecedsBulletin2023: {
    title:
      'Repubblica di San Marino, Ufficio Programmazione Economica, Centro Elaborazione Dati e Statistica (UPECEDS). Bollettino statistico, III trimestre 2023',
    year: 2023,
    table:
      'Resident population 33,896; January-September 2023: 139 births, 197 deaths, 294 immigrants, 153 emigrants',
    url: 'https://www.statistica.sm/',
  },
  upecedsAge2024: {
    title: 'UPECEDS figures on the age of San Marino’s residents, 2024 (San Marino RTV, 13 September 2025)',
    year: 2025,
    table: 'Aged 65 and over: 22.81% of residents in 2024; under 15: 11.84%',
    url: 'https://www.sanmarinortv.sm/news/attualita-c4/come-sta-cambiando-la-societa-sammarinese-parte-3-eta-della-popolazione-a278892',
  },
} satisfies Record<string, Source>
