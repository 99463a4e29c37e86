// `carebalance appraise`: a scenario against its baseline as an option appraisal (Green Book
// style): savings by partner and year, discounted, NPV, transition cost, break-even years and the
// return on each pound shifted. A table for people, or with --json one object for other tools.
import { type Appraisal, appraise } from '../../model/care/appraisal'
import { checkDiscountRate, GREEN_BOOK_DISCOUNT_RATE } from '../../model/care/appraisal-discount'
import { APPRAISAL_OUTPUT_NAMES, PARTNERS } from '../../model/care/appraisal-outputs'
import { YEAR_BASES, type YearBasis } from '../../model/care/appraisal-years'
import { areaOf } from '../../model/care/index'
import { CareEngine, outputReader } from '../../workers/care-engine'
import { type ParsedCommand, UsageError } from '../arguments'
import { numberOption, type ReadRequest, readBaselineRequest, readScenarioRequest } from '../scenario-request'

type Output = (text: string) => void

export async function appraiseCommand(command: ParsedCommand, write: Output, warn: Output): Promise<void> {
  if (!command.target) throw new UsageError('appraise needs a SCENARIO.json file')
  const { options } = command
  const discountRate = numberOption('discount-rate', options.discountRate) ?? GREEN_BOOK_DISCOUNT_RATE
  try {
    checkDiscountRate(discountRate, '--discount-rate')
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const yearBasis = (options.years ?? 'financial') as YearBasis
  if (!YEAR_BASES.includes(yearBasis))
    throw new UsageError(`--years must be financial or calendar, got '${options.years}'`)
  const engine = new CareEngine()
  const scenario = readScenarioRequest(engine, command.target, command.overrides, warn)
  const baseline = readBaselineRequest(engine, scenario, options.baseline, warn)
  const appraisal = appraise(runSpend(engine, scenario), runSpend(engine, baseline), {
    discountRate,
    yearBasis,
  })
  write(
    options.json
      ? `${JSON.stringify(appraisalJson(appraisal, scenario, baseline))}\n`
      : appraisalText(appraisal, scenario, baseline),
  )
}

function runSpend(engine: CareEngine, read: ReadRequest) {
  const outputs = engine.outputs(APPRAISAL_OUTPUT_NAMES)
  const run = engine.run(engine.inputs(read.request), {
    outputs: outputs.map((o) => o.index),
    failOnNaN: true,
  })
  return outputReader(
    run,
    outputs.map((o) => o.name),
  )
}

const byPartner = (amounts: Record<string, number>) =>
  Object.fromEntries(PARTNERS.map((p) => [p.key, amounts[p.key]]))

const valued = (amount: { undiscounted: number; present: number }) => ({
  undiscounted: amount.undiscounted,
  present_value: amount.present,
})

/** The public JSON: keys as issue 10 names them, amounts in pounds (base-year prices). */
export function appraisalJson(appraisal: Appraisal, scenario: ReadRequest, baseline: ReadRequest) {
  return {
    scenario: scenario.request.scenario.name,
    baseline: baseline.request.scenario.name,
    area: scenario.request.scenario.area,
    prices: 'real (base-year prices)',
    discount_rate: appraisal.discountRate,
    year_basis: appraisal.yearBasis,
    npv_total: appraisal.npvTotal,
    npv_by_partner: byPartner(appraisal.npvByPartner),
    undiscounted_total: appraisal.undiscountedTotal,
    undiscounted_by_partner: byPartner(appraisal.undiscountedByPartner),
    transition_cost: {
      double_running: valued(appraisal.doubleRunning),
      hump_fund_used: valued(appraisal.humpFundUsed),
    },
    money_shifted: valued(appraisal.moneyShifted),
    return_per_pound_shifted: appraisal.returnPerPoundShifted,
    break_even_year: appraisal.breakEvenYear,
    discounted_break_even_year: appraisal.discountedBreakEvenYear,
    years: appraisal.years.map((year) => ({
      year: year.label,
      ...(year.note ? { covers: year.note } : {}),
      discount_factor: year.discountFactor,
      saving_by_partner: byPartner(year.saving),
      saving_total: year.totalSaving,
      present_value: year.presentSaving,
      cumulative_saving: year.cumulativeSaving,
      cumulative_present_value: year.cumulativePresentSaving,
      double_running: year.doubleRunning,
      hump_fund_used: year.humpFundUsed,
      money_shifted: year.moneyShifted,
    })),
  }
}

/** Pounds as £m to one decimal, minus signs where the scenario costs more. */
const millions = (amount: number) => {
  const value = amount / 1e6
  const text = Math.abs(value) < 0.05 ? '0.0' : value.toFixed(1)
  return text.replace('-', '−')
}

/** A sum in a sentence, as a finance paper writes it: −£94.6m, £1,234.5m. */
const pounds = (amount: number) => {
  const text = millions(amount)
  const negative = text.startsWith('−')
  const [whole, tenths] = text.replace('−', '').split('.')
  return `${negative ? '−' : ''}£${Number(whole).toLocaleString('en-GB')}.${tenths}m`
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  return [line(header), ...rows.map(line)].join('\n')
}

export function appraisalText(appraisal: Appraisal, scenario: ReadRequest, baseline: ReadRequest): string {
  const area = areaOf(scenario.request.scenario)
  const rate = `${(appraisal.discountRate * 100).toFixed(2).replace(/\.?0+$/, '')}%`
  const notes = appraisal.years.filter((y) => y.note)
  const payers = PARTNERS.filter((p) => p.key !== 'pooled_fund')
  const rows = appraisal.years.map((year) => [
    year.note ? `${year.label}*` : year.label,
    ...payers.map((p) => millions(year.saving[p.key])),
    millions(year.totalSaving),
    millions(year.presentSaving),
    millions(year.cumulativeSaving),
    millions(year.cumulativePresentSaving),
    millions(year.doubleRunning),
    millions(year.humpFundUsed),
    millions(year.saving.pooled_fund),
  ])
  const header = [
    appraisal.yearBasis === 'financial' ? 'year (Apr-Mar)' : 'year',
    ...payers.map((p) => p.label),
    'total',
    'discounted',
    'cumulative',
    'cum. discounted',
    'double running',
    'hump fund',
    'via pooled fund',
  ]
  const npv = appraisal.npvTotal
  const shifted = appraisal.returnPerPoundShifted
  // The pool's "saving" is spending through the pool that falls; a board reads the change in it.
  const pooledChange = -appraisal.npvByPartner.pooled_fund
  const lines = [
    `Appraisal of "${scenario.request.scenario.name}" against "${baseline.request.scenario.name}" (${area.name})`,
    `Real terms, base-year prices; discounted at ${rate} a year from ${appraisal.years[0].label} (year 0).`,
    '',
    'Saving against the baseline, £m a year (negative: the scenario spends more). Double running and',
    'the hump fund are extra over the baseline. "Via pooled fund" is the saving in the part of both',
    "partners' spending that passes through the pool: more pooling shows as negative, and it is not",
    'extra to the NHS and council columns.',
    table(header, rows),
    ...notes.map((y) => `* ${y.label}: ${y.note}`),
    '',
    `Net present value: ${pounds(npv)} (${npv >= 0 ? 'a saving' : 'a net cost'}); ` +
      payers.map((p) => `${p.label} ${pounds(appraisal.npvByPartner[p.key])}`).join(', '),
    `  Spending through the pooled fund ${pooledChange >= 0 ? 'rises' : 'falls'} by ${pounds(Math.abs(pooledChange))} ` +
      '(present value): money the partners already spend, passing through the pool; not extra to the above',
    `Undiscounted: ${pounds(appraisal.undiscountedTotal)}`,
    `Transition: double running ${pounds(appraisal.doubleRunning.undiscounted)} ` +
      `(present value ${pounds(appraisal.doubleRunning.present)}), of which the hump fund paid ` +
      `${pounds(appraisal.humpFundUsed.undiscounted)}`,
    `Money shifted to community services and prevention: ${pounds(appraisal.moneyShifted.undiscounted)} ` +
      `(present value ${pounds(appraisal.moneyShifted.present)}); ` +
      (shifted === null
        ? 'no money shifted, so no return per pound'
        : `net present value per £1 shifted: ${shifted < 0 ? '−' : ''}£${Math.abs(shifted).toFixed(2)}`),
    `Break-even: ${appraisal.breakEvenYear ?? 'not within the run'} undiscounted, ` +
      `${appraisal.discountedBreakEvenYear ?? 'not within the run'} discounted`,
  ]
  return `${lines.join('\n')}\n`
}
