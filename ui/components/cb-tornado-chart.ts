// A tornado chart: one bar per uncertain parameter, from the outcome with the parameter at the low
// end of its range to the outcome at the high end (every other parameter at its default), widest
// swing at the top, with the outcome at defaults as a vertical line. The ends are coloured by which
// end of the parameter's range gave them, so a reader sees which way each assumption pushes.
import * as d3 from 'd3'
import { css, html, LitElement, type PropertyValues, svg } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import type { SensitivityResult } from '../../workers/decisions-api'
import { tickFormatter } from '../format/axis'
import { formatValue } from '../format/numbers'
import { DEFAULT_CURRENCY, type Quantity, quantityOf } from '../format/quantity'
import { sharedStyles } from '../styles/shared-styles'

/** Colour-blind-safe pair (Okabe-Ito): blue for a parameter's low end, vermilion for its high end. */
export const LOW_END_COLOUR = '#0072B2'
export const HIGH_END_COLOUR = '#D55E00'

const WIDTH = 720
const ROW = 22
const LEFT = 260
const RIGHT = 24
const TOP = 34
const BOTTOM = 30

@customElement('cb-tornado-chart')
export class CbTornadoChart extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      svg {
        width: 100%;
        height: auto;
        font-size: 11px;
      }
      .name {
        fill: #1d1d1d;
      }
    `,
  ]

  @property({ attribute: false }) result?: SensitivityResult
  /** How the outcome reads (ui/format): a share in percent, money in the area's currency. */
  @property({ attribute: false }) quantity: Quantity = quantityOf('', DEFAULT_CURRENCY)
  /** Bars shown, widest first. */
  @property({ type: Number }) bars = 12

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    const axis = this.renderRoot.querySelector<SVGGElement>('g.x-axis')
    if (!axis || !this.result) return
    // One unit and the decimals the tick step needs, as every chart's axis (ui/format/axis.ts).
    const scale = this.scale()
    const ticks = scale.ticks(6)
    const label = tickFormatter(ticks, this.quantity)
    d3.select(axis).call(
      d3
        .axisTop(scale)
        .tickValues(ticks)
        .tickFormat((v) => label(Number(v))),
    )
  }

  private shown() {
    return (this.result?.bars ?? []).slice(0, this.bars)
  }

  private scale(): d3.ScaleLinear<number, number> {
    const result = this.result
    const values = [result?.base ?? 0, ...this.shown().flatMap((b) => [b.outcomeAtLow, b.outcomeAtHigh])]
    const [min, max] = d3.extent(values) as [number, number]
    const pad = (max - min || Math.abs(max) || 1) * 0.05
    return d3
      .scaleLinear()
      .domain([min - pad, max + pad])
      .range([LEFT, WIDTH - RIGHT])
      .nice()
  }

  override render() {
    const result = this.result
    if (!result) return html``
    const bars = this.shown()
    const height = TOP + bars.length * ROW + BOTTOM
    const x = this.scale()
    const value = (v: number) => formatValue(v, this.quantity)
    return html`<svg
      viewBox="0 0 ${WIDTH} ${height}"
      role="img"
      aria-label=${`Tornado chart of ${result.output} in ${result.at}: ${bars
        .slice(0, 3)
        .map((b) => `${b.parameter} swings it by ${value(b.swing)}`)
        .join('; ')}`}
    >
      <g class="x-axis" transform="translate(0, ${TOP - 6})"></g>
      ${bars.map((bar, i) => {
        const y = TOP + i * ROW
        const ends = [
          { at: bar.outcomeAtLow, colour: LOW_END_COLOUR, end: 'low' },
          { at: bar.outcomeAtHigh, colour: HIGH_END_COLOUR, end: 'high' },
        ]
        return svg`<g class="tornado-bar" data-parameter=${bar.parameter}>
          <text class="name" x=${LEFT - 8} y=${y + ROW / 2 + 4} text-anchor="end">${bar.parameter}</text>
          ${ends.map(
            (e) => svg`<rect
              class=${`end-${e.end}`}
              x=${Math.min(x(result.base), x(e.at))}
              y=${y + 3}
              width=${Math.max(1, Math.abs(x(e.at) - x(result.base)))}
              height=${ROW - 6}
              fill=${e.colour}
              fill-opacity="0.8"
            ><title>${bar.parameter} at its ${e.end} end (${String(Number((e.end === 'low' ? bar.low : bar.high).toPrecision(4)))}): ${value(e.at)}</title></rect>`,
          )}
        </g>`
      })}
      <line
        class="base"
        x1=${x(result.base)}
        x2=${x(result.base)}
        y1=${TOP - 4}
        y2=${TOP + bars.length * ROW}
        stroke="#1d1d1d"
        stroke-width="1.5"
      ></line>
      <g transform="translate(${LEFT}, ${height - 10})">
        <rect width="12" height="10" y="-9" fill=${LOW_END_COLOUR}></rect>
        <text x="16">parameter at the low end of its range</text>
        <rect x="230" width="12" height="10" y="-9" fill=${HIGH_END_COLOUR}></rect>
        <text x="246">at the high end</text>
      </g>
    </svg>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-tornado-chart': CbTornadoChart
  }
}
