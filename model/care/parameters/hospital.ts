// Hospital defaults: emergency demand by age band, lengths of stay, in-hospital deaths, where
// patients go when medically fit, readmissions, and the base-year bed position of the default area.
import type { ArrayParameterDefinition, ParameterDefinition } from '../builder'
import { cite } from '../sources'

export const HOSPITAL_PARAMETERS: ParameterDefinition[] = [
  {
    name: 'emergency admissions at start',
    value: 55_000,
    units: 'admissions per year',
    doc: 'Emergency admissions in the base year, readmissions included (the area’s calibration target).',
    sources: cite('hesApc2023', 'assumption'),
    range: [40_000, 70_000],
    derivation:
      'England 2023-24 emergency admissions (about 6.4 million) scaled to 500,000 residents (0.87%). Not checked: the HES 2023-24 annual table is not reachable in the stored copies. Figures read bracket it: 6,528,335 emergency admissions in 2017/18 (Nuffield Trust from NHS Digital) is 56,600 here; NHS England’s 530,824 in September 2024 is about 6.4 million a year, 55,200 here. It is the area’s calibration target.',
  },
  {
    name: 'emergency occupied beds at start',
    value: 735,
    units: 'beds',
    doc: 'Average general and acute beds occupied by emergency patients each day in the base year, delayed patients included.',
    sources: cite('kh03', 'nuffieldBeds', 'hesApc2023', 'assumption'),
    range: [360, 1_500],
    derivation:
      'About 94,000 general and acute beds occupied a day in England in 2023-24 (KH03; 90,309 in Q4 2019/20 per Nuffield Trust), about 90% by emergency patients; scaled to 500,000 residents. Not checked: KH03 2023-24 is not reachable. Nuffield Trust (KH03): 90,309 general and acute beds occupied in Q4 2019/20, 783 here for all patients, 705 at 90% emergency; the 90% emergency share is ours. Range: half to twice the default, as places differ.',
  },
  {
    name: 'delayed discharge beds at start',
    checked: true,
    value: 113,
    units: 'beds',
    doc: 'Beds occupied each day by patients medically fit for discharge but still in hospital.',
    sources: cite('nhsDischargeSitrep', 'healthFoundationDelays'),
    range: [40, 200],
    derivation:
      'England 2024: about 13,000 patients a day no longer meeting the criteria to reside, scaled to 500,000 residents.',
  },
  {
    name: 'elective occupied beds at start',
    value: 79,
    units: 'beds',
    doc: 'General and acute beds occupied each day by elective (planned) inpatients in the base year.',
    sources: cite('kh03', 'assumption'),
    range: [40, 160],
    derivation:
      'KH03 2023-24 general and acute occupancy of about 92.5% of 880 beds is 814 occupied beds; less 735 emergency beds leaves 79. Not checked: KH03 2023-24 is not reachable; the occupied beds left after emergency patients. Range: half to twice the default, as places differ.',
  },
  {
    name: 'readmission probability at start',
    value: 0.137,
    units: 'dimensionless',
    doc: 'Share of patients discharged home or to long-term care who are readmitted as an emergency within 30 days.',
    sources: cite('nuffieldReadmissions'),
    range: [0.1, 0.2],
    checked: true,
    derivation:
      'Nuffield Trust QualityWatch (NHS Digital data): "an increase in the emergency readmissions rate, from 12.4% in 2013/14 to 13.7% in 2017/18" (869,155 readmissions within 30 days against 6,528,335 emergency admissions; not risk adjusted).',
  },
  {
    name: 'readmission delay',
    value: 12 / 365,
    units: 'years',
    doc: 'Average time from discharge to an emergency readmission within the 30-day window.',
    sources: cite('assumption'),
    range: [7 / 365, 20 / 365],
    derivation: 'Readmissions within 30 days cluster in the first two weeks; 12 days is a mid value.',
  },
  {
    name: 'minimum placement time',
    value: 3 / 365,
    units: 'years',
    doc: 'Shortest time from being medically fit to moving to a service with places free: assessment, arranging and transport.',
    sources: cite('naic2017', 'assumption'),
    range: [1 / 365, 4 / 365],
    derivation:
      'NAIC reports median waits of 1-3 days for bed-based intermediate care when services have capacity. Not checked: the NAIC wording was not found. NAIC 2015 average waits (3 days bed-based, 6.3 home-based, 8.7 reablement, as GM Journal reports them) include queueing, so the shortest time is lower: an assumption.',
  },
  {
    name: 'alternative discharge time',
    value: 0.5,
    units: 'years',
    doc: 'Average wait after which a delayed patient goes home without the service they were waiting for (to wait there, or without rehabilitation).',
    sources: cite('phsDelayedDischarges', 'assumption'),
    range: [0.15, 1],
    derivation:
      'Most delays end with the intended service (PHS median delay 29 days); a half-year escape time makes alternatives a small share unless queues grow long.',
  },
  {
    name: 'elective length of stay',
    value: 5.1 / 365,
    units: 'years',
    doc: 'Average stay of an elective (planned) inpatient in a general and acute bed.',
    sources: cite('healthFoundationStays2023'),
    range: [3 / 365, 7 / 365],
    checked: true,
    derivation:
      'Health Foundation (2023, from HES): "length of stay for elective admissions decreased slightly from 5.2 to 5.1 days" (2019 to 2022; emergency admissions 7.9 to 9.1 days). Before 0.6.2 the model had 3.5 days, a figure not read in HES.',
  },
  {
    name: 'delay share awaiting intermediate care',
    value: 0.375,
    units: 'dimensionless',
    doc: 'Share of delayed patients (of those waiting for a service the model has) who are waiting for intermediate care: reablement at home or a rehabilitation bed.',
    sources: cite('commonsLibraryDelays2023'),
    checked: true,
    derivation:
      'The Government’s estimate quoted by the House of Commons Library (2023): about 24% of delayed patients wait for home care, 16% for a care home place and 24% for intermediate care (the other 36% for reasons outside the model). Of the 64% the model has: 24/64 intermediate care, 24/64 home care, 16/64 a care home.',
  },
  {
    name: 'delay share awaiting home care',
    value: 0.375,
    units: 'dimensionless',
    doc: 'Share of delayed patients (of those waiting for a service the model has) who are waiting for a home care package.',
    sources: cite('commonsLibraryDelays2023'),
    checked: true,
    derivation:
      'House of Commons Library (2023): 24% of delayed patients wait for home care; 24/64 of those the model has.',
  },
  {
    name: 'delay share awaiting care home',
    value: 0.25,
    units: 'dimensionless',
    doc: 'Share of delayed patients (of those waiting for a service the model has) who are waiting for a care home place.',
    sources: cite('commonsLibraryDelays2023'),
    checked: true,
    derivation:
      'House of Commons Library (2023): 16% of delayed patients wait for a care home place; 16/64 of those the model has.',
  },
]

/**
 * Discharge to assess: where medically fit patients aged 65+ go (DHSC's pathways 0-3), and the
 * services each pathway uses. An area may set its own shares (area-parameters.ts).
 */
export const PATHWAY_PARAMETERS: ParameterDefinition[] = [
  {
    name: 'pathway 1 share',
    value: 0.45,
    units: 'dimensionless',
    doc: 'Share of patients aged 65+ leaving hospital alive who go home with new, more or restarted support (discharge pathway 1).',
    sources: cite('dhscDischarge2022'),
    range: [0.3, 0.55],
    checked: true,
    derivation:
      'DHSC hospital discharge guidance (adapted from John Bolton’s model for people aged 65 and over): pathway 0 "likely to be minimum of 50% of people discharged", pathway 1 "minimum of 45%", pathway 2 "maximum of 4%", pathway 3 (a care home for the first time) "maximum of 1%". Pathway 0 is the rest.',
  },
  {
    name: 'pathway 2 share',
    value: 0.04,
    units: 'dimensionless',
    doc: 'Share of patients aged 65+ leaving hospital alive who go to a rehabilitation or recovery bed (bed-based intermediate care, discharge pathway 2).',
    sources: cite('dhscDischarge2022'),
    range: [0.01, 0.08],
    checked: true,
    derivation:
      'DHSC hospital discharge guidance: pathway 2 "likely to be maximum of 4% of people discharged" (people aged 65+).',
  },
  {
    name: 'pathway 3 share',
    value: 0.01,
    units: 'dimensionless',
    doc: 'Share of patients aged 65+ leaving hospital alive who go to a care home for the first time (discharge pathway 3).',
    sources: cite('dhscDischarge2022'),
    range: [0.005, 0.03],
    checked: true,
    derivation:
      'DHSC hospital discharge guidance: pathway 3 "likely to be a maximum of 1% of people discharged" (a care home for the first time; residents returning to their home count in pathway 0).',
  },
  {
    name: 'under 65 pathway 1 share',
    value: 0.03,
    units: 'dimensionless',
    doc: 'Share of patients under 65 leaving hospital alive who go home with new or restarted support (pathway 1).',
    sources: cite('dhscDischarge2022', 'assumption'),
    range: [0.01, 0.1],
    derivation:
      'DHSC: across all adults "a greater percentage than detailed will be allocated to pathways 0 and 1"; few under-65s need care after an emergency stay. An assumption.',
  },
  {
    name: 'under 65 pathway 2 share',
    value: 0.004,
    units: 'dimensionless',
    doc: 'Share of patients under 65 leaving hospital alive who go to a rehabilitation bed (pathway 2).',
    sources: cite('dhscDischarge2022', 'assumption'),
    range: [0, 0.02],
    derivation:
      'Assumption: DHSC gives pathway shares only for people aged 65 and over; few under-65s go to a rehabilitation bed: a tenth of the older share.',
  },
  {
    name: 'under 65 pathway 3 share',
    value: 0.001,
    units: 'dimensionless',
    doc: 'Share of patients under 65 leaving hospital alive who go to a care home for the first time (pathway 3).',
    sources: cite('dhscDischarge2022', 'assumption'),
    range: [0, 0.005],
    derivation:
      'Assumption: DHSC gives pathway shares only for people aged 65 and over; a tenth of the older share (1%).',
  },
  {
    name: 'pathway 1 share to reablement',
    value: 0.3,
    units: 'dimensionless',
    doc: 'Share of pathway 1 patients referred to reablement or rehabilitation at home (home-based intermediate care); the rest need a home care package or go home with the support they had.',
    sources: cite('healthFoundationIntermediateCare2024', 'dhscDischarge2022', 'assumption'),
    range: [0.15, 0.6],
    derivation:
      'Health Foundation (2024): 39,000 people a month discharged from acute hospitals received intermediate care in 2023, about 4,050 a year in a place of 500,000 people, or about 17.5% of the default area’s older live discharges. Less pathway 2’s 4%, 13.5% is left for reablement at home: 30% of pathway 1’s 45%. The rest of pathway 1 is mostly support restarted from services people already had. Not checked as a figure: it combines read figures (DHSC shares, the Health Foundation’s 39,000 a month of all ages) with the model’s own base-year discharges, so it is an assumption within 0.15-0.6.',
  },
  {
    name: 'pathway 1 share to home care',
    value: 0.05,
    units: 'dimensionless',
    doc: 'Share of pathway 1 patients who need a new or increased long-term home care package straight from hospital.',
    sources: cite('ascfr2024', 'assumption'),
    range: [0.03, 0.2],
    derivation:
      'About 2.3% of older discharges (0.05 of 45%): with the patients given a package instead of reablement, new home care from hospital is about 45% of all new home care packages in the default area, as in version 0.5. The national split of pathway 1 by service was not found; an assumption.',
  },
  {
    name: 'delayed share of home based intermediate care referrals',
    value: 0.25,
    units: 'dimensionless',
    doc: 'Share of patients referred for home-based intermediate care who wait in hospital for it (used to split the intermediate care delays).',
    sources: cite('healthFoundationIntermediateCare2024'),
    checked: true,
    derivation:
      'Health Foundation (2024): "at least 1 in 4 people expecting to receive home-based intermediate care and nearly half of those intended for bed-based intermediate care were delayed in hospital waiting for care" (2023).',
  },
  {
    name: 'delayed share of bed based intermediate care referrals',
    value: 0.5,
    units: 'dimensionless',
    doc: 'Share of patients referred for bed-based intermediate care who wait in hospital for it (used to split the intermediate care delays).',
    sources: cite('healthFoundationIntermediateCare2024'),
    checked: true,
    derivation:
      'Health Foundation (2024): "nearly half of those intended for bed-based intermediate care were delayed".',
  },
]

export const HOSPITAL_ARRAY_PARAMETERS: ArrayParameterDefinition[] = [
  {
    name: 'emergency admission rate by band',
    dimensions: ['band'],
    values: {
      under65: 0.075,
      age65to69: 0.15,
      age70to74: 0.19,
      age75to79: 0.26,
      age80to84: 0.34,
      age85to89: 0.45,
      age90plus: 0.58,
    },
    units: 'admissions per person per year',
    doc: 'Emergency admissions a year per resident, by age band (the shape; the area total is calibrated).',
    sources: cite('hesApc2023', 'assumption'),
    derivation:
      'The shape by age (not the level, which each area calibrates) is our assumption: HES admissions by age were not read. The ten-year bands of version 0.5 (0.17 at 65-74, 0.29 at 75-84, 0.5 at 85+) split so that each pair averages to them at England’s mid-2023 mix. Range for sensitivity runs: ±20% at each age (only the shape matters).',
  },
  {
    name: 'active length of stay ratio',
    dimensions: ['band'],
    values: {
      under65: 1,
      age65to69: 1.9,
      age70to74: 2.1,
      age75to79: 2.5,
      age80to84: 2.75,
      age85to89: 3.1,
      age90plus: 3.4,
    },
    units: 'dimensionless',
    doc: 'Length of the medically active part of an emergency stay relative to patients under 65.',
    sources: cite('hesApc2023', 'assumption'),
    derivation:
      'Our reading of HES mean lengths of stay of emergency admissions by age (about 3 days under 65, 6 at 65-74, 8 at 75-84, 10 at 85+), not checked against the tables; split into five-year bands rising with age. Range for sensitivity runs: ±20% at each age.',
  },
  {
    name: 'in hospital death share',
    dimensions: ['band'],
    values: {
      under65: 0.0079,
      age65to69: 0.0306,
      age70to74: 0.0408,
      age75to79: 0.0566,
      age80to84: 0.0816,
      age85to89: 0.1019,
      age90plus: 0.1325,
    },
    units: 'dimensionless',
    doc: 'Share of emergency stays that end in death, by age band.',
    sources: cite('pheHospitalDeaths2019', 'nuffieldReadmissions', 'assumption'),
    derivation:
      'PHE: 230,428 people died in hospital in England in 2017, two-thirds of them aged 75+; against 6,528,335 emergency admissions in 2017/18 (Nuffield Trust from NHS Digital) that is 3.5% of stays. The shape by age is ours, scaled so the default area’s base year gives 3.5%. The level is read (PHE 2019; Nuffield Trust); the shape by age is an assumption. Range for sensitivity runs: ±20%.',
  },
]
