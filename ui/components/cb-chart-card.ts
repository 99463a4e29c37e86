// One chart as a reader meets it: title, the chart, a caption saying what they are looking at, a
// "show data" table, and exports (PNG and SVG with title, caption and assumptions; CSV of the data).
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property, state } from 'lit/decorators.js'
import type { Figure } from '../charts/figure'
import { standaloneSvg, svgToPng } from '../export/chart-image'
import { tableToCsv, withNotes } from '../export/csv'
import { downloadBlob, downloadText, fileSlug } from '../export/download'
import { sharedStyles } from '../styles/shared-styles'
import './cb-data-table'
import './cb-line-chart'
import './cb-stacked-area-chart'

@customElement('cb-chart-card')
export class CbChartCard extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      figure {
        margin: 0;
        padding: 0.8rem 0.9rem 0.7rem;
        background: #fff;
        border: 1px solid #d6d6d6;
        border-radius: 6px;
      }
      header {
        display: flex;
        gap: 0.5rem;
        align-items: baseline;
        justify-content: space-between;
        flex-wrap: wrap;
      }
      .actions {
        display: flex;
        gap: 0.3rem;
        flex-wrap: wrap;
      }
      .actions button {
        font-size: 0.75rem;
        padding: 0.15rem 0.45rem;
      }
      figcaption {
        font-size: 0.82rem;
        color: #3a3a3a;
        margin-top: 0.3rem;
        line-height: 1.35;
      }
      :host([slide]) h3 {
        font-size: 1.6rem;
      }
      :host([slide]) figure {
        border: none;
        padding: 0;
      }
      :host([slide]) figcaption {
        font-size: 1rem;
      }
    `,
  ]

  @property({ attribute: false }) figure?: Figure
  /** Assumptions line added under exported images: area, scenarios, model version. */
  @property() footnote = ''
  @property({ type: Boolean }) compact = false
  @property({ type: Boolean, reflect: true }) slide = false
  @property({ type: Boolean }) transitions = false
  @state() private showData = false
  @state() private exportError = ''

  /** The drawn chart's SVG element, for export. */
  get chartSvg(): SVGSVGElement | null {
    const chart = this.renderRoot.querySelector('cb-line-chart, cb-stacked-area-chart') as {
      svg: SVGSVGElement | null
    } | null
    return chart?.svg ?? null
  }

  override render() {
    const figure = this.figure
    if (!figure) return nothing
    const headingId = `title-${figure.id}`
    return html`<figure aria-labelledby=${headingId} data-figure=${figure.id}>
      <header>
        <h3 id=${headingId}>${figure.title}</h3>
        ${
          this.slide
            ? nothing
            : html`<div class="actions">
              <button
                class="show-data"
                aria-pressed=${this.showData ? 'true' : 'false'}
                @click=${() => {
                  this.showData = !this.showData
                }}
              >
                ${this.showData ? 'Hide data' : 'Show data'}
              </button>
              <button class="export-png" @click=${() => this.exportPng()}>PNG</button>
              <button class="export-svg" @click=${() => this.exportSvg()}>SVG</button>
              <button class="export-csv" @click=${() => this.exportCsv()}>CSV</button>
            </div>`
        }
      </header>
      ${this.renderChart(figure)}
      <figcaption>${figure.caption}</figcaption>
      ${this.exportError ? html`<p role="alert" class="small">${this.exportError}</p>` : nothing}
      ${
        this.showData
          ? html`<cb-data-table .table=${figure.table} .format=${figure.format} label=${figure.title}></cb-data-table>`
          : nothing
      }
    </figure>`
  }

  private renderChart(figure: Figure) {
    if (figure.kind === 'line') {
      return html`<cb-line-chart
        .series=${figure.series}
        .bands=${figure.bands}
        .format=${figure.format}
        .zero=${figure.zero}
        .compact=${this.compact}
        .transitions=${this.transitions}
        .revision=${figure.revision}
        label=${`${figure.title}. ${figure.caption}`}
      ></cb-line-chart>`
    }
    return html`<cb-stacked-area-chart
      .xs=${figure.xs}
      .layers=${figure.layers}
      .format=${figure.format}
      .compact=${this.compact}
      .transitions=${this.transitions}
      .revision=${figure.revision}
      label=${`${figure.title}. ${figure.caption}`}
    ></cb-stacked-area-chart>`
  }

  private image() {
    const svg = this.chartSvg
    if (!svg || !this.figure) throw new Error('the chart has not been drawn yet')
    return standaloneSvg(svg, {
      title: this.figure.title,
      caption: this.figure.caption,
      footnote: this.footnote,
    })
  }

  exportSvg(): void {
    this.exportError = ''
    try {
      downloadText(this.image().svg, `${fileSlug(this.figure?.id ?? 'chart')}.svg`, 'image/svg+xml')
    } catch (error) {
      this.exportError = `Could not export the SVG: ${(error as Error).message}`
    }
  }

  async exportPng(): Promise<void> {
    this.exportError = ''
    try {
      const png = await svgToPng(this.image())
      downloadBlob(png, `${fileSlug(this.figure?.id ?? 'chart')}.png`)
    } catch (error) {
      this.exportError = `Could not export the PNG: ${(error as Error).message}`
    }
  }

  exportCsv(): void {
    if (!this.figure) return
    const csv = withNotes(tableToCsv(this.figure.table), [this.footnote])
    downloadText(csv, `${fileSlug(this.figure.id)}.csv`, 'text/csv')
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-chart-card': CbChartCard
  }
}
