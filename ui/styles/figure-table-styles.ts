// Styles shared by the tables that sit beside the charts (key figures, break-even): numbers aligned
// right in tabular figures, a caption below saying what is shown, and line swatches (colour, dash
// and marker) that match the chart lines.
import { css } from 'lit'

export const figureTableStyles = css`
  :host {
    display: block;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.84rem;
    font-variant-numeric: tabular-nums;
    width: 100%;
  }
  caption {
    text-align: left;
    font-size: 0.82rem;
    color: #3a3a3a;
    caption-side: bottom;
    padding-top: 0.4rem;
  }
  th,
  td {
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid #e0e0e0;
    text-align: right;
  }
  th[scope='row'] {
    text-align: left;
  }
  .line-swatch {
    vertical-align: middle;
    margin-right: 0.35rem;
  }
`
