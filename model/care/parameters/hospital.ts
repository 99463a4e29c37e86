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
    sources: cite('hesApc2023'),
    range: [40_000, 70_000],
    derivation:
      'England 2023-24 emergency admissions (about 6.4 million) scaled to 500,000 residents (0.87%).',
  },
  {
    name: 'emergency occupied beds at start',
    value: 735,
    units: 'beds',
    doc: 'Average general and acute beds occupied by emergency patients each day in the base year, delayed patients included.',
    sources: cite('kh03', 'nuffieldBeds', 'hesApc2023'),
    derivation:
      'About 94,000 general and acute beds occupied a day in England in 2023-24 (KH03; 90,309 in Q4 2019/20 per Nuffield Trust), about 90% by emergency patients; scaled to 500,000 residents.',
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
    sources: cite('kh03'),
    derivation:
      'KH03 2023-24 general and acute occupancy of about 92.5% of 880 beds is 814 occupied beds; less 735 emergency beds leaves 79.',
  },
  {
    name: 'readmission probability at start',
    value: 0.137,
    units: 'dimensionless',
    doc: 'Share of patients discharged home or to long-term care who are readmitted as an emergency within 30 days.',
    sources: cite('nuffieldReadmissions'),
    range: [0.1, 0.2],
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
    value: 2 / 365,
    units: 'years',
    doc: 'Shortest time from being medically fit to moving to a service with places free: assessment, arranging and transport.',
    sources: cite('naic2017'),
    range: [1 / 365, 4 / 365],
    derivation:
      'NAIC reports median waits of 1-3 days for bed-based intermediate care when services have capacity.',
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
    value: 3.5 / 365,
    units: 'years',
    doc: 'Average stay of an elective (planned) inpatient in a general and acute bed.',
    sources: cite('hesApc2023'),
    range: [2 / 365, 6 / 365],
  },
  {
    name: 'delay share awaiting intermediate care',
    value: 0.45,
    units: 'dimensionless',
    doc: 'Share of delayed patients who are waiting for intermediate care (step-down, reablement, rehabilitation).',
    sources: cite('wood2023'),
    derivation:
      'Wood 2023: 48% of delayed days were for intermediate care and 28% for social care; the rest (other reasons) are shared in proportion, giving 0.45 intermediate care, 0.35 home care, 0.20 care home.',
  },
  {
    name: 'delay share awaiting home care',
    value: 0.35,
    units: 'dimensionless',
    doc: 'Share of delayed patients who are waiting for a home care package.',
    sources: cite('wood2023'),
  },
  {
    name: 'delay share awaiting care home',
    value: 0.2,
    units: 'dimensionless',
    doc: 'Share of delayed patients who are waiting for a care home place.',
    sources: cite('wood2023'),
  },
]

export const HOSPITAL_ARRAY_PARAMETERS: ArrayParameterDefinition[] = [
  {
    name: 'emergency admission rate by band',
    dimensions: ['band'],
    values: { under65: 0.075, age65to74: 0.17, age75to84: 0.29, age85plus: 0.5 },
    units: 'admissions per person per year',
    doc: 'Emergency admissions a year per resident, by age band (the shape; the area total is calibrated).',
    sources: cite('hesApc2023'),
  },
  {
    name: 'active length of stay ratio',
    dimensions: ['band'],
    values: { under65: 1, age65to74: 2, age75to84: 2.6, age85plus: 3.2 },
    units: 'dimensionless',
    doc: 'Length of the medically active part of an emergency stay relative to patients under 65.',
    sources: cite('hesApc2023'),
    derivation:
      'HES mean length of stay of emergency admissions by age: about 3 days under 65, 6 at 65-74, 8 at 75-84, 10 at 85+.',
  },
  {
    name: 'in hospital death share',
    dimensions: ['band'],
    values: { under65: 0.008, age65to74: 0.035, age75to84: 0.065, age85plus: 0.11 },
    units: 'dimensionless',
    doc: 'Share of emergency stays that end in death, by age band.',
    sources: cite('hesApc2023', 'onsDeaths2023'),
    derivation:
      'About 250,000 deaths a year in English hospitals against about 6.4 million emergency stays (3.9%), spread by age.',
  },
  {
    name: 'share discharged to intermediate care',
    dimensions: ['band'],
    values: { under65: 0.01, age65to74: 0.04, age75to84: 0.08, age85plus: 0.13 },
    units: 'dimensionless',
    doc: 'Share of live discharges that need intermediate care (discharge pathway 1 reablement or pathway 2 bed).',
    sources: cite('dhscDischarge2022', 'naic2017'),
    derivation:
      'DHSC discharge-to-assess planning figures for people 65+ (pathway 2 up to 4%, pathway 1 largely reablement) graded by age; under-65s rarely need it.',
  },
  {
    name: 'share discharged with home care',
    dimensions: ['band'],
    values: { under65: 0.003, age65to74: 0.015, age75to84: 0.035, age85plus: 0.06 },
    units: 'dimensionless',
    doc: 'Share of live discharges that need a new long-term home care package (restarted packages are not new clients).',
    sources: cite('dhscDischarge2022', 'ascfr2024'),
    derivation:
      'Pathway 1 discharges needing new long-term care, graded by age so new home care clients from hospital are about 45% of all new clients.',
  },
  {
    name: 'share discharged to care home',
    dimensions: ['band'],
    values: { under65: 0.001, age65to74: 0.005, age75to84: 0.012, age85plus: 0.03 },
    units: 'dimensionless',
    doc: 'Share of live discharges to a care home for the first time (pathway 3).',
    sources: cite('dhscDischarge2022'),
    derivation:
      'DHSC: at most about 1% of older discharges go to a care home for the first time; more at 85+.',
  },
]
