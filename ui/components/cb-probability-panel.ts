// "How sure are we?": probability statements for each compared scenario, from the ensembles behind
// Show uncertainty. Each scenario's runs are set against the baseline's (or another scenario's)
// runs with the same parameter draws: the chance it costs less than the baseline over 5 and 10
// years (discounted), keeps occupancy at or below 92% through a chosen year, and beats another
// scenario on a chosen outcome.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property, state } from 'lit/decorators.js'
import type { AppState } from '../app/app-state'
import { baselineKey } from '../app/scenario-entry'
import { StateController } from '../app/state-controller'
import type { ChartRun } from '../charts/chart-run'
import { type LineOutcome, OUTCOME_CHARTS } from '../charts/outcome-charts'
import type { PercentileBands } from '../results/percentile-bands'
import {
  formatProbability,
  lowerIsBetter,
  type Probability,
  probabilityBeats,
  probabilityCostsLess,
  probabilityStaysAtOrBelow,
} from '../results/probabilities'
import { figureTableStyles } from '../styles/figure-table-styles'
import { sharedStyles } from '../styles/shared-styles'

const LINE_CHARTS = OUTCOME_CHARTS.filter((c): c is LineOutcome => c.kind === 'line')
const OCCUPANCY_LINE = 0.92

const show = (p: Probability | undefined) => (p ? formatProbability(p) : '–')

@customElement('cb-probability-panel')
export class CbProbabilityPanel extends LitElement {
  static override styles = [
    sharedStyles,
    figureTableStyles,
    css`
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 1.2rem;
        align-items: baseline;
        margin: 0.3rem 0 0.6rem;
        font-size: 0.88rem;
      }
      .controls input {
        width: 5rem;
      }
      th[scope='row'],
      thead th:first-child {
        text-align: left;
        font-weight: normal;
      }
      p.statement {
        margin: 0.5rem 0 0;
        font-size: 0.92rem;
      }
    `,
  ]

  @property({ attribute: false }) state?: AppState
  @property({ attribute: false }) baseline?: ChartRun
  @property({ attribute: false }) scenarios: ChartRun[] = []
  /** Calendar year for the occupancy and head-to-head statements; default five years in. */
  @state() year?: number
  @state() private outcomeId = 'total-spend'
  @state() private first = ''
  @state() private second = 'baseline'

  constructor() {
    super()
    new StateController(this, () => this.state)
  }

  private bandsOf(key: string): PercentileBands | undefined {
    const state = this.state
    if (!state?.area) return undefined
    return state.uncertainty?.bands(key === 'baseline' ? baselineKey(state.area.id) : key)
  }

  override render() {
    const state = this.state
    const uncertainty = state?.uncertainty
    const baseline = this.baseline
    if (!state?.area || !uncertainty || !baseline) return nothing
    if (!uncertainty.enabled) {
      return html`<p class="muted">
        These come from the runs behind the uncertainty bands, each scenario's run set against the baseline's run
        with the same parameter draws.
        <button class="show-probabilities" @click=${() => uncertainty.setEnabled(true)}>Work them out</button>
      </p>`
    }
    const baseBands = this.bandsOf('baseline')
    const ready = baseBands?.hasRuns && this.scenarios.every((s) => this.bandsOf(s.key)?.hasRuns)
    if (!ready) return html`<p class="muted" role="status">Waiting for the runs behind the bands…</p>`
    const base = baseBands as PercentileBands
    const start = state.area.baseYear
    const last = start + Math.floor(base.times[base.times.length - 1] - base.times[0]) - 1
    const year = Math.min(last, Math.max(start, this.year ?? start + 5))
    return html`
      <div class="controls">
        <label
          >Year
          <input
            class="probability-year"
            type="number"
            min=${start}
            max=${last}
            step="1"
            .value=${String(year)}
            @change=${(e: Event) => {
              const value = Number((e.target as HTMLInputElement).value)
              if (Number.isInteger(value)) this.year = value
            }}
          />
        </label>
      </div>
      <table class="probabilities">
        <caption>
          From ${base.samples} runs of each scenario and of the baseline, the uncertain parameters drawn the same
          way for both in each run (seed ${base.seed}). Costs less: total spend over the first 5 or 10 years,
          discounted at 3.5% a year in financial years. Occupancy: at or below 92% at every quarter of ${year}.
        </caption>
        <thead>
          <tr>
            <th scope="col">Chance that…</th>
            <th scope="col">Baseline</th>
            ${this.scenarios.map(
              (s) =>
                html`<th scope="col"><span class="swatch" style="background:${s.colour}"></span>${s.label}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${[5, 10].map(
            (years) => html`<tr>
              <th scope="row">it costs less than the baseline over ${years} years (discounted)</th>
              <td>–</td>
              ${this.scenarios.map(
                (s) =>
                  html`<td class=${`costs-less-${years}`}>
                    ${show(probabilityCostsLess(this.bandsOf(s.key) as PercentileBands, base, years))}
                  </td>`,
              )}
            </tr>`,
          )}
          <tr>
            <th scope="row">bed occupancy stays at or below 92% through ${year}</th>
            <td class="occupancy">${show(probabilityStaysAtOrBelow(base, 'bed occupancy', year, OCCUPANCY_LINE))}</td>
            ${this.scenarios.map(
              (s) =>
                html`<td class="occupancy">
                  ${show(
                    probabilityStaysAtOrBelow(
                      this.bandsOf(s.key) as PercentileBands,
                      'bed occupancy',
                      year,
                      OCCUPANCY_LINE,
                    ),
                  )}
                </td>`,
            )}
          </tr>
        </tbody>
      </table>
      ${this.renderHeadToHead(year)}
    `
  }

  private renderHeadToHead(year: number) {
    const options = [
      { key: 'baseline', label: 'the baseline' },
      ...this.scenarios.map((s) => ({ key: s.key, label: s.label })),
    ]
    const first = options.find((o) => o.key === this.first && o.key !== 'baseline') ?? options[1]
    const second =
      options.find((o) => o.key === this.second && o.key !== first.key) ??
      options.find((o) => o.key !== first.key)
    const chart = LINE_CHARTS.find((c) => c.id === this.outcomeId) ?? LINE_CHARTS[0]
    const a = this.bandsOf(first.key)
    const b = second && this.bandsOf(second.key)
    const lower = lowerIsBetter(chart.output)
    const start = this.state?.area?.baseYear ?? 0
    // The outcome at the start of the year, as the key figures read it.
    const time = (this.baseline?.view.times[0] ?? start) + (year - start)
    const p = a && b ? probabilityBeats(a, b, chart.output, time, lower) : undefined
    // The sentence is the label a sighted reader sees; each choice gets its part of it as its name.
    const select = (label: string, value: string, choices: typeof options, set: (key: string) => void) =>
      html`<select aria-label=${label} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        ${choices.map((o) => html`<option value=${o.key} ?selected=${o.key === value}>${o.label}</option>`)}
      </select>`
    return html`<p class="statement head-to-head">
      Chance that
      ${select(
        'Scenario whose chance is given',
        first.key,
        options.filter((o) => o.key !== 'baseline'),
        (key) => {
          this.first = key
        },
      )}
      has ${lower ? 'lower' : 'higher'}
      <select
        class="head-to-head-outcome"
        aria-label="Outcome compared"
        @change=${(e: Event) => {
          this.outcomeId = (e.target as HTMLSelectElement).value
        }}
      >
        ${LINE_CHARTS.map((c) => html`<option value=${c.id} ?selected=${c.id === chart.id}>${c.title.toLowerCase()}</option>`)}
      </select>
      than
      ${select(
        'Compared with',
        second?.key ?? 'baseline',
        options.filter((o) => o.key !== first.key),
        (key) => {
          this.second = key
        },
      )}
      at the start of ${year}: <strong class="head-to-head-answer">${show(p)}</strong>
    </p>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-probability-panel': CbProbabilityPanel
  }
}
