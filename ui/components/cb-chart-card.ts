// One chart as a reader meets it: title, the chart, a caption saying what they are looking at, a
// "show data" table, and exports (PNG and SVG with title, caption and assumptions; the data as a
// CSV to read and as a raw CSV with every digit), each file named for its scenarios and chart.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property, state } from 'lit/decorators.js'
import { chartSvg } from '../charts/chart-svg'
import type { Figure } from '../charts/figure'
import { printFigure } from '../charts/print-style'
import { measureText } from '../charts/text-measure'
import { standaloneSvg, svgToPng } from '../export/chart-image'
import { figureCsv, figureRawCsv, withNotes } from '../export/csv'
import { downloadBlob, downloadText } from '../export/download'
import { exportFileName } from '../format/file-names'
import { sharedStyles } from '../styles/shared-styles'
import './cb-data-table'
import './cb-line-chart'
import './cb-stacked-area-chart'

/**
 * What a screen reader says for the chart itself: its title and its summary. The caption (which
 * line is which, sources) follows as the figure's caption, and the numbers are under Show data.
 */
export function chartLabel(figure: Figure): string {
  return figure.summary ? `${figure.title}. ${figure.summary}` : `${figure.title}. ${figure.caption}`
}

/** Exported images are 960 x 480 (PNG at twice that), with type a little larger than on screen. */
const EXPORT_SIZE = { width: 960, height: 480, fontSize: 14, compact: false }

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
        font-size: 0.78rem;
        padding: 0.15rem 0.5rem;
      }
      details.export {
        position: relative;
      }
      details.export summary {
        list-style: none;
        cursor: pointer;
        font-size: 0.78rem;
        padding: 0.15rem 0.5rem;
        border: 1px solid #8a8a8a;
        border-radius: 4px;
        background: #fff;
      }
      details.export summary::-webkit-details-marker {
        display: none;
      }
      details.export summary:focus-visible {
        outline: 3px solid #0072b2;
        outline-offset: 1px;
      }
      details.export[open] .menu {
        position: absolute;
        right: 0;
        top: 1.7rem;
        z-index: 5;
        display: grid;
        gap: 0.25rem;
        min-width: 12rem;
        padding: 0.4rem;
        background: #fff;
        border: 1px solid #8a8a8a;
        border-radius: 4px;
        box-shadow: 0 2px 8px rgba(0, 0, 0, 0.18);
      }
      .menu button {
        text-align: left;
      }
      .summary {
        font-size: 0.84rem;
        margin: 0.1rem 0 0.3rem;
        line-height: 1.35;
      }
      figcaption {
        font-size: 0.82rem;
        color: #3a3a3a;
        margin-top: 0.3rem;
        line-height: 1.35;
      }
    `,
  ]

  @property({ attribute: false }) figure?: Figure
  /** Assumptions line added under exported images: area, scenarios, model version. */
  @property() footnote = ''
  @property({ type: Boolean }) compact = false
  @property({ type: Boolean }) transitions = false
  @state() private showData = false
  @state() private exportError = ''

  override render() {
    const figure = this.figure
    if (!figure) return nothing
    const headingId = `title-${figure.id}`
    return html`<figure aria-labelledby=${headingId} data-figure=${figure.id}>
      <header>
        <h3 id=${headingId} tabindex="-1">${figure.title}</h3>
        <div class="actions">
              <button
                class="show-data"
                aria-pressed=${this.showData ? 'true' : 'false'}
                @click=${() => {
                  this.showData = !this.showData
                }}
              >
                ${this.showData ? 'Hide data' : 'Show data'}
              </button>
              <details class="export" @keydown=${(e: KeyboardEvent) => this.menuKey(e)}>
                <summary aria-label=${`Export ${figure.title}`}>Export ▾</summary>
                <div class="menu" role="group" aria-label="Export formats" @click=${() => this.closeMenu()}>
                  <button class="export-png" @click=${() => this.exportPng()}>Image (PNG)</button>
                  <button class="export-svg" @click=${() => this.exportSvg()}>Image (SVG)</button>
                  <button class="export-print-png" @click=${() => this.exportPng(true)}>
                    Image for print, greyscale (PNG)
                  </button>
                  <button class="export-print-svg" @click=${() => this.exportSvg(true)}>
                    Image for print, greyscale (SVG)
                  </button>
                  <button class="export-csv" @click=${() => this.exportCsv()}>Data (CSV)</button>
                  <button class="export-raw-csv" @click=${() => this.exportRawCsv()}>
                    Raw data (CSV, every digit)
                  </button>
                </div>
              </details>
            </div>
      </header>
      ${figure.summary ? html`<p class="summary">${figure.summary}</p>` : nothing}
      ${this.renderChart(figure)}
      <figcaption>${figure.caption}</figcaption>
      ${this.exportError ? html`<p role="alert" class="small">${this.exportError}</p>` : nothing}
      ${
        this.showData
          ? html`<cb-data-table .table=${figure.table} .quantity=${figure.quantity} label=${figure.title}></cb-data-table>`
          : nothing
      }
    </figure>`
  }

  private renderChart(figure: Figure) {
    if (figure.kind === 'line') {
      return html`<cb-line-chart
        .series=${figure.series}
        .bands=${figure.bands}
        .quantity=${figure.quantity}
        .zero=${figure.zero}
        .compact=${this.compact}
        .transitions=${this.transitions}
        .revision=${figure.revision}
        label=${chartLabel(figure)}
      ></cb-line-chart>`
    }
    return html`<cb-stacked-area-chart
      .xs=${figure.xs}
      .layers=${figure.layers}
      .quantity=${figure.quantity}
      .sharedTop=${figure.sharedTop ?? 0}
      .compact=${this.compact}
      .transitions=${this.transitions}
      .revision=${figure.revision}
      label=${chartLabel(figure)}
    ></cb-stacked-area-chart>`
  }

  /** The chart for a file: drawn afresh at one size, whatever the window it was shown in. */
  exportImage(print = false) {
    if (!this.figure) throw new Error('there is no chart to export yet')
    const figure = print ? printFigure(this.figure) : this.figure
    const svg = chartSvg({ figure, ...EXPORT_SIZE }, measureText)
    return standaloneSvg(svg, {
      title: figure.title,
      caption: figure.caption,
      footnote: this.footnote,
    })
  }

  /** Moves keyboard focus to the chart's title (after a link to it was followed). */
  focusTitle(): void {
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true })
  }

  /** Closes the export menu after a choice; focus goes back to its button, not lost with the menu. */
  private closeMenu(): void {
    const menu = this.renderRoot.querySelector('details.export')
    menu?.removeAttribute('open')
    menu?.querySelector('summary')?.focus()
  }

  /** Escape closes the export menu and puts focus back on its button, as a menu should. */
  private menuKey(event: KeyboardEvent): void {
    const menu = event.currentTarget as HTMLDetailsElement
    if (event.key !== 'Escape' || !menu.open) return
    event.preventDefault()
    event.stopPropagation()
    menu.open = false
    menu.querySelector('summary')?.focus()
  }

  /** The file name for this chart: its scenarios and its title. */
  fileName(extension: string): string {
    const figure = this.figure
    return exportFileName(figure?.scenarios ?? [], figure?.title ?? 'chart', extension)
  }

  /** The file name of an image, marked `_print` in the print style. */
  private imageName(extension: string, print: boolean): string {
    return print ? this.fileName(extension).replace(/\.(\w+)$/, '_print.$1') : this.fileName(extension)
  }

  exportSvg(print = false): void {
    this.exportError = ''
    try {
      downloadText(this.exportImage(print).svg, this.imageName('svg', print), 'image/svg+xml')
    } catch (error) {
      this.exportError = `Could not export the SVG: ${(error as Error).message}`
    }
  }

  async exportPng(print = false): Promise<void> {
    this.exportError = ''
    try {
      const png = await svgToPng(this.exportImage(print))
      downloadBlob(png, this.imageName('png', print))
    } catch (error) {
      this.exportError = `Could not export the PNG: ${(error as Error).message}`
    }
  }

  exportCsv(): void {
    if (!this.figure) return
    downloadText(withNotes(figureCsv(this.figure), [this.footnote]), this.fileName('csv'), 'text/csv')
  }

  exportRawCsv(): void {
    if (!this.figure) return
    const csv = withNotes(figureRawCsv(this.figure), [this.footnote])
    downloadText(csv, this.fileName('csv').replace(/\.csv$/, '_raw.csv'), 'text/csv')
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-chart-card': CbChartCard
  }
}
