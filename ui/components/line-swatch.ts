// A scenario's line as a small key beside its name in a table or a heading: its colour, dash
// pattern and marker, so a reader matches the row to the chart line without relying on colour.
// Decorative to a screen reader, which reads the name beside it.
import { html, nothing, svg } from 'lit'
import { type LineStyle, markerIsStroked, markerPath } from '../charts/line-style'

const WIDTH = 30
const HEIGHT = 12

export function lineSwatch(style: LineStyle) {
  const middle = HEIGHT / 2
  const stroked = style.marker ? markerIsStroked(style.marker) : false
  return html`<svg class="line-swatch" width=${WIDTH} height=${HEIGHT} viewBox="0 0 ${WIDTH} ${HEIGHT}" aria-hidden="true" focusable="false">
    <line x1="0" x2=${WIDTH} y1=${middle} y2=${middle} stroke=${style.colour} stroke-width="2.5" stroke-dasharray=${style.dash ?? 'none'}></line>
    ${
      style.marker
        ? svg`<path d=${markerPath(style.marker, [[WIDTH / 2, middle]], 7.5)} fill=${stroked ? 'none' : style.colour} stroke=${stroked ? style.colour : '#ffffff'} stroke-width=${stroked ? 2 : 0.75}></path>`
        : nothing
    }
  </svg>`
}
