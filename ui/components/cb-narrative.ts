// A scenario in two or three plain sentences (ui/results/narrative), each followed by links to the
// charts its numbers are read from, so every number can be found on a chart.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import type { NarrativeSentence } from '../results/narrative'
import { sharedStyles } from '../styles/shared-styles'

export interface ShowChartDetail {
  chartId: string
}

@customElement('cb-narrative')
export class CbNarrative extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      p {
        margin: 0 0 0.35rem;
        line-height: 1.45;
        max-width: 62rem;
      }
      .see {
        font-size: 0.8rem;
        color: #555;
      }
      .see button {
        border: none;
        background: none;
        padding: 0 0.1rem;
        font-size: 0.8rem;
        color: #0b5394;
        text-decoration: underline;
      }
    `,
  ]

  @property({ attribute: false }) sentences: NarrativeSentence[] = []
  /** Chart id -> title, for the links; charts not shown here are left out. */
  @property({ attribute: false }) chartTitles: ReadonlyMap<string, string> = new Map()

  override render() {
    if (this.sentences.length === 0) return nothing
    return html`${this.sentences.map((sentence) => {
      const charts = sentence.charts.filter((id) => this.chartTitles.has(id))
      return html`<p class="sentence">
        ${sentence.text}
        ${
          charts.length
            ? html`<span class="see"
                >(see
                ${charts.map(
                  (id, i) =>
                    html`${i ? ', ' : ''}<button class="chart-link" @click=${() => this.show(id)}>${this.chartTitles.get(id)}</button>`,
                )})</span
              >`
            : nothing
        }
      </p>`
    })}`
  }

  private show(chartId: string): void {
    this.dispatchEvent(
      new CustomEvent<ShowChartDetail>('show-chart', { detail: { chartId }, bubbles: true, composed: true }),
    )
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-narrative': CbNarrative
  }
}
