// The area's base-year beds, prices and pay, and the levers that start from them. A fact (`bed day
// cost at start`) is what the area had in the base year: budgets, calibrations and every reference
// value read it. Its lever (`bed day cost`) is what the area chooses from then on, and starts at the
// fact. So a lever set from the first year is a change from the base year, never a new base year.
import type { ParameterDefinition } from '../builder'
import { cite } from '../sources'

export const BASE_YEAR_FACTS: ParameterDefinition[] = [
  {
    name: 'acute beds at start',
    value: 880,
    units: 'beds',
    doc: 'General and acute beds open in the base year.',
    sources: [
      {
        title: 'Bed Availability and Occupancy, KH03 (NHS England)',
        year: 2024,
        table:
          'About 101,500 general and acute beds available in England, 2023-24; scaled to 500,000 residents',
      },
      ...cite('assumption', 'nuffieldBeds'),
    ],
    range: [400, 1500],
    derivation:
      'Not checked: KH03 2023-24 is not reachable. Nuffield Trust (KH03): 102,194 overnight general and acute beds in Q4 2019/20, 886 per 500,000 residents, within 1% of 880.',
  },
  {
    name: 'bed day cost at start',
    value: 562,
    units: 'GBP per bed-day',
    doc: 'Full average cost of a general and acute bed for a day, open and staffed, in the base year.',
    sources: cite('nhsCostCollection', 'assumption'),
    range: [350, 800],
    derivation:
      'Not checked: NHS England’s own costing is not reachable; £562 a night is its figure as the press reported it (October 2025). A DHSC answer gives £345 for a standard bed-day without treatment (2020/21).',
  },
  {
    name: 'intermediate care weekly cost at start',
    value: 540,
    units: 'GBP per place-week',
    doc: 'Cost of an intermediate care place for a week in the base year, across bed-based, home-based and reablement services.',
    sources: cite('naic2014', 'naic2017', 'assumption'),
    range: [300, 1200],
    derivation:
      'Our reading of NAIC 2014 costs per episode (not checked against the report tables): bed-based £5,549 over about 26 days, home-based £1,045 and reablement £1,722 over about 32 days, about £1,490 a week for a bed and £305 for a place at home. Weighted by the default area’s base-year places (about 90% at home, 10% in beds) that is about £420 a week in 2014 prices, about £540 in 2024 prices (NHS cost inflation of about 28%). Glendinning 2010 put a reablement episode at £2,088 (2010 prices). Not checked: the NAIC cost tables are not reachable.',
  },
  {
    name: 'home care hourly cost at start',
    checked: true,
    value: 23.26,
    units: 'GBP per hour',
    doc: 'Fee councils paid providers for an hour of home care in the base year.',
    sources: cite('homecareAssociation2024', 'homecareAssociation2025'),
    range: [18, 33],
  },
  {
    name: 'care home weekly cost at start',
    value: 950,
    units: 'GBP per week',
    doc: 'Average weekly fee councils paid for an older person’s care home place (residential and nursing) in the base year.',
    sources: cite('ascfr2024', 'strategyUnitCareHomes', 'assumption'),
    range: [700, 1400],
    derivation:
      'Not checked: the ASC-FR unit cost table is not reachable; LaingBuisson’s £949 a week residential and £1,267 nursing (2023-24) were read only in the trade press, with councils paying less than self-funders.',
  },
  {
    name: 'care worker hourly pay at start',
    checked: true,
    value: 12,
    units: 'GBP per hour',
    doc: 'Median hourly pay of care workers in independent home care and care homes in the base year.',
    sources: cite('skillsForCarePay2024'),
    range: [10.5, 14],
  },
  {
    name: 'alternative hourly wage at start',
    checked: true,
    value: 11.44,
    units: 'GBP per hour',
    doc: 'What a care worker could earn in other work open to them in the base year (retail, hospitality): the National Living Wage, which most such jobs pay.',
    sources: cite('lowPayCommission2024'),
    range: [10, 13],
  },
]

/** The lever name a fact starts: `bed day cost at start` starts `bed day cost`. */
export const leverOfFact = (fact: string) => fact.replace(/ at start$/, '')

function leverFrom(fact: string, doc: string, range?: [number, number]): ParameterDefinition {
  const definition = BASE_YEAR_FACTS.find((f) => f.name === fact)
  if (!definition) throw new Error(`care model: no base-year fact '${fact}'`)
  return { ...definition, name: leverOfFact(fact), doc, range: range ?? definition.range }
}

/** `acute beds`: a capacity lever; its money comes with it. */
export const BED_LEVER = leverFrom(
  'acute beds at start',
  'General and acute beds the health partner funds, in base-year terms (the bed base then grows with demographic demand and the health budget). The beds are open from the year set; the acute budget pays for them at the base-year bed-day cost, so more beds cost more.',
)

/** The price levers: what each service costs from now on. Budgets stay as set; a higher price buys less. */
export const UNIT_COST_PARAMETERS: ParameterDefinition[] = [
  leverFrom(
    'bed day cost at start',
    'Full average cost of a general and acute bed for a day from now on (base-year prices). The acute budget is cash: at a higher cost it buys fewer beds, and the bed base follows over the bed planning delay.',
  ),
  leverFrom(
    'intermediate care weekly cost at start',
    'Cost of an intermediate care place for a week from now on (base-year prices); the intermediate care budget buys fewer places at a higher cost.',
  ),
  leverFrom(
    'home care hourly cost at start',
    'Fee councils pay providers for an hour of home care from now on (base-year prices). The home care budget buys fewer hours at a higher fee; a fee further below the providers’ cost of care than in the base year loses capacity as providers hand packages back.',
  ),
  leverFrom(
    'care home weekly cost at start',
    'Weekly fee councils pay for a care home place from now on (base-year prices); the care home budget buys fewer places at a higher fee. Self-funders pay their own.',
  ),
]

/** What providers pay care workers: sets recruitment and turnover, and the providers’ cost of care. */
export const CARE_PAY_LEVER = leverFrom(
  'care worker hourly pay at start',
  'Hourly pay of care workers in home care and care homes from now on (base-year prices, on the path of the National Living Wage, which is its floor). Pay above the alternative wage recruits and keeps more care workers; it also raises the providers’ cost of care, which the council’s fee has to cover.',
  [11.45, 16],
)
