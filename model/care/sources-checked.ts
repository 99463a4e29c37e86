// Sources read while checking the care model's defaults against their sources (issue 8 point 7,
// care model 0.6.2). Each was read in the publisher's own text or table with the `search` tool;
// `table` says where. Cited by key through sources.ts, like every other source.
import type { Source } from '../ir'

export const CHECKED_SOURCES = {
  onsSelfFunders2020: {
    title: 'ONS. Care homes and estimating the self-funding population, England: 2019 to 2020',
    year: 2021,
    table:
      'Main points: "84.7% (391,927 of 462,460) of care home beds were occupied in England"; 36.7% self-funders',
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/healthandsocialcare/socialcare/articles/carehomesandestimatingtheselffundingpopulationengland/2019to2020',
  },
  onsOlderCareHomes2021: {
    title: 'ONS. Older people living in care homes in 2021 and changes since 2011',
    year: 2023,
    table:
      'Main points: 278,946 people aged 65+ in care homes in England and Wales, "82.1% of all care home residents"; 2.5% of people aged 65+ (3.2% in 2011)',
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/birthsdeathsandmarriages/ageing/articles/olderpeoplelivingincarehomesin2021andchangessince2011/2023-10-09',
  },
  forder2011: {
    title: 'Forder J, Fernández J-L. Length of stay in care homes. PSSRU Discussion Paper 2769 (for Bupa)',
    year: 2011,
    table:
      'Abstract: 11,565 residents who died in 305 Bupa homes, Nov 2008 to May 2010: "the average length of stay was 801 days"; half had died by 462 days',
    url: 'http://eprints.lse.ac.uk/33895/',
  },
  healthFoundationStays2023: {
    title: 'The Health Foundation. Longer hospital stays and fewer admissions (long read)',
    year: 2023,
    table:
      'Key points, from HES: average length of stay 7.3 days (2019) to 8.3 (2022); emergency admissions 7.9 to 9.1 days; elective admissions 5.2 to 5.1 days',
    url: 'https://www.health.org.uk/publications/long-reads/longer-hospital-stays-and-fewer-admissions',
  },
  onsMortalityAssumptions2024: {
    title: 'ONS. National population projections, mortality assumptions: 2024-based (methodology)',
    year: 2025,
    table:
      'Overview: principal long-term mortality improvement 1.1% a year at ages 0 to 90 (as in the 2022-based projections); variants 1.9% and 0.5%',
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationprojections/methodologies/nationalpopulationprojectionsmortalityassumptions2024based',
  },
} satisfies Record<string, Source>
