import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cumulativeTotal } from '../model/care/rate-totals'
import { captureCli as cli } from './capture-cli'
import { csvColumn as column } from './read-csv'

const directory = mkdtempSync(path.join(tmpdir(), 'carebalance-appraise-'))
const torbay = 'scenarios/torbay-integrated-shift.json'

describe('carebalance appraise', () => {
  it('prints one JSON object with the discount rate, NPV by partner and break-even years', async () => {
    const { code, stdout, stderr } = await cli('appraise', torbay, '--json')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout.trim().split('\n')).toHaveLength(1)
    const result = JSON.parse(stdout)
    expect(result.discount_rate).toBe(0.035)
    expect(result.year_basis).toBe('financial')
    expect(Object.keys(result.npv_by_partner)).toEqual(['nhs', 'council', 'pooled_fund'])
    expect(result.npv_total).toBeCloseTo(result.npv_by_partner.nhs + result.npv_by_partner.council, 3)
    // Break-even years are financial-year labels; discounting can only put break-even later.
    expect(result.break_even_year).toMatch(/^\d{4}\/\d{2}$/)
    expect(result.discounted_break_even_year).toMatch(/^\d{4}\/\d{2}$/)
    expect(result.discounted_break_even_year >= result.break_even_year).toBe(true)
    expect(result.years[0]).toMatchObject({ year: '2024/25', covers: 'January 2024 to March 2025' })
    expect(result.transition_cost.double_running.present_value).toBeGreaterThan(0)
  })

  it('gives null break-even years when the scenario never breaks even, and only the discounted one when late', async () => {
    const never = JSON.parse((await cli('appraise', 'scenarios/reablement-expansion.json', '--json')).stdout)
    expect(never.npv_total).toBeLessThan(0)
    expect(never.break_even_year).toBeNull()
    expect(never.discounted_break_even_year).toBeNull()
    const late = JSON.parse((await cli('appraise', 'scenarios/prevention.json', '--json')).stdout)
    expect(late.break_even_year).toMatch(/^\d{4}\/\d{2}$/)
    expect(late.discounted_break_even_year).toBeNull()
  })

  it('with --discount-rate 0 gives the difference in cumulative total spend over the run', async () => {
    const appraisal = JSON.parse((await cli('appraise', torbay, '--discount-rate', '0', '--json')).stdout)
    const scenario = column((await cli('run', torbay)).stdout, 'total spend')
    const baseline = column((await cli('run', 'scenarios/baseline.json')).stdout, 'total spend')
    const difference =
      cumulativeTotal(baseline.times, baseline.values) - cumulativeTotal(scenario.times, scenario.values)
    expect(Math.abs(difference)).toBeGreaterThan(1e6)
    expect(appraisal.npv_total).toBeCloseTo(difference, 0)
    // Discounting at 3.5% shrinks a cost that comes later.
    const discounted = JSON.parse((await cli('appraise', torbay, '--json')).stdout)
    expect(Math.abs(discounted.npv_total)).toBeLessThan(Math.abs(appraisal.npv_total))
  })

  it('compares with the baseline named, and refuses one from another area', async () => {
    const sameAsScenario = await cli('appraise', torbay, '--baseline', torbay, '--json')
    const result = JSON.parse(sameAsScenario.stdout)
    expect(result.npv_total).toBe(0)
    expect(result.break_even_year).toBe('2024/25')
    const elsewhere = await cli('appraise', torbay, '--baseline', 'scenarios/scotland-baseline.json')
    expect(elsewhere.code).toBe(1)
    expect(elsewhere.stderr).toContain("scenarios/scotland-baseline.json: field 'area'")
  })

  it('prints a table by financial year for people, and calendar years on request', async () => {
    const table = await cli('appraise', torbay)
    // Signs before the pound sign, as a finance paper writes them; the pool is not a third payer.
    expect(table.stdout).toMatch(
      /^Net present value: −?£[\d,]+\.\dm \(a (saving|net cost)\); NHS −?£[\d,]+\.\dm, Council −?£[\d,]+\.\dm$/m,
    )
    expect(table.stdout).toMatch(/^ {2}Spending through the pooled fund rises by £[\d,]+\.\dm /m)
    expect(table.stdout).toMatch(/^2030\/31 /m)
    const calendar = await cli('appraise', torbay, '--years', 'calendar')
    expect(calendar.stdout).toMatch(/^2030 /m)
  })

  it('names the option or field at fault', async () => {
    const rate = await cli('appraise', torbay, '--discount-rate', '3.5')
    expect(rate.code).toBe(1)
    expect(rate.stderr).toContain(
      '--discount-rate: expected a rate a year from 0 to 0.25 (0.035 is 3.5%), got 3.5',
    )
    const bad = path.join(directory, 'bad.json')
    writeFileSync(
      bad,
      JSON.stringify({
        format: 2,
        name: 'x',
        description: 'y',
        area: 'england-500k',
        levers: { 'community shift share': 2 },
      }),
    )
    const lever = await cli('appraise', bad)
    expect(lever.code).toBe(1)
    expect(lever.stderr).toContain("field 'levers.community shift share'")
  })
})
