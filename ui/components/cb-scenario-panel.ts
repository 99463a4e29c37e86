// The analyst's scenarios: the list (bundled and saved) with a tick to compare, and for the open
// one its name and description and the actions: new from baseline, duplicate, delete, export,
// import, share as a link.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property, state } from 'lit/decorators.js'
import { live } from 'lit/directives/live.js'
import { SCENARIO_LIMITS } from '../../model/care/scenario-limits'
import { type AppState, MAX_COMPARED } from '../app/app-state'
import { StateController } from '../app/state-controller'
import { downloadText } from '../export/download'
import { slug } from '../format/file-names'
import { sharedStyles } from '../styles/shared-styles'

@customElement('cb-scenario-panel')
export class CbScenarioPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0 0 0.6rem;
        padding: 0;
        max-height: 15rem;
        overflow: auto;
        border: 1px solid #d6d6d6;
        border-radius: 4px;
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        padding: 0.25rem 0.4rem;
        border-bottom: 1px solid #eee;
      }
      li[aria-current='true'] {
        background: #e8f0f8;
      }
      li button.open {
        flex: 1;
        text-align: left;
        border: none;
        background: none;
        padding: 0.15rem;
      }
      .origin {
        font-size: 0.7rem;
        color: #555;
        border: 1px solid #bbb;
        border-radius: 3px;
        padding: 0 0.25rem;
      }
      .row {
        display: flex;
        gap: 0.35rem;
        flex-wrap: wrap;
        margin: 0.35rem 0;
      }
      label.field {
        display: block;
        font-size: 0.8rem;
        font-weight: 600;
        margin-top: 0.35rem;
      }
      label.field input,
      label.field textarea {
        display: block;
        width: 100%;
        margin-top: 0.15rem;
      }
      textarea {
        min-height: 3.2rem;
        resize: vertical;
      }
      .share input {
        width: 100%;
        font-size: 0.75rem;
      }
    `,
  ]

  @property({ attribute: false }) state?: AppState
  @state() private sharedLink = ''

  constructor() {
    super()
    new StateController(this, () => this.state)
  }

  override render() {
    const state = this.state
    const active = state?.active
    if (!state?.ready) return nothing
    const entries = state.entries
    return html`
      <h2>Scenarios</h2>
      <p class="small muted">Open one to set its levers; tick 1–${MAX_COMPARED} to compare with the baseline.</p>
      <ul aria-label="Scenarios">
        ${entries.map(
          (
            entry,
          ) => html`<li aria-current=${entry.id === state.activeId ? 'true' : 'false'} data-scenario=${entry.scenario.name}>
            <input
              type="checkbox"
              class="compare-toggle"
              title="Compare"
              aria-label=${`Compare ${entry.scenario.name}`}
              .checked=${live(state.compareIds.includes(entry.id))}
              @change=${() => state.toggleCompare(entry.id)}
            />
            <button class="open" @click=${() => state.select(entry.id)}>${entry.scenario.name}</button>
            ${entry.origin === 'library' ? html`<span class="origin" title=${entry.file ?? ''}>bundled</span>` : nothing}
          </li>`,
        )}
      </ul>
      <div class="row">
        <button class="primary new-scenario" @click=${() => state.createFromBaseline()}>New from baseline</button>
        <button class="import" title="A scenario file, or a project file from Export project" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input.import-file')?.click()}>
          Import…
        </button>
        <input
          class="import-file visually-hidden"
          type="file"
          accept=".json,application/json"
          tabindex="-1"
          aria-hidden="true"
          @change=${(e: Event) => this.importChosen(e)}
        />
        <button
          class="export-project"
          title="Every saved scenario and every area's baseline edits, in one file to keep or send"
          @click=${() => downloadText(state.projectText(), 'carebalance-project.json', 'application/json')}
        >
          Export project
        </button>
      </div>
      ${active ? this.renderActive(state) : nothing}
    `
  }

  private renderActive(state: AppState) {
    const active = state.active
    if (!active) return nothing
    const editable = active.origin === 'saved'
    return html`<section aria-label="Open scenario">
      <label class="field"
        >Name
        <input
          class="scenario-name"
          maxlength=${SCENARIO_LIMITS.nameChars}
          .value=${live(active.scenario.name)}
          ?readonly=${!editable}
          @change=${(e: Event) => state.rename(active.id, (e.target as HTMLInputElement).value)}
      /></label>
      <label class="field"
        >Description
        <textarea
          class="scenario-description"
          maxlength=${SCENARIO_LIMITS.description}
          .value=${live(active.scenario.description)}
          ?readonly=${!editable}
          @change=${(e: Event) => state.describe(active.id, (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </label>
      <div class="row">
        <button class="duplicate" @click=${() => state.duplicate(active.id)}>Duplicate</button>
        <button class="export" @click=${() => this.exportActive(state)}>Export file</button>
        <button class="share" @click=${() => this.share(state)}>Share link</button>
        ${
          editable
            ? html`<button class="danger delete" @click=${() => this.confirmDelete(state)}>Delete</button>`
            : nothing
        }
      </div>
      ${
        this.sharedLink
          ? html`<div class="share">
            <label class="field"
              >Link to this scenario (copied if the browser allows)
              <input class="share-link" readonly .value=${this.sharedLink} @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
            /></label>
          </div>`
          : nothing
      }
    </section>`
  }

  private async importChosen(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement
    const file = input.files?.[0]
    input.value = ''
    if (!file || !this.state) return
    // The state checks the file's size before reading it.
    await this.state.importFile(file)
  }

  private exportActive(state: AppState): void {
    const text = state.exportText(state.activeId)
    const name = state.active?.scenario.name ?? 'scenario'
    if (text) downloadText(text, `${slug(name)}.json`, 'application/json')
  }

  private async share(state: AppState): Promise<void> {
    const link = state.shareLink(state.activeId, location.href)
    this.sharedLink = link ?? ''
    if (!link) return
    try {
      await navigator.clipboard?.writeText(link)
    } catch {
      // Clipboard access is refused outside a user gesture or secure context; the link is shown.
    }
  }

  private confirmDelete(state: AppState): void {
    const name = state.active?.scenario.name ?? ''
    if (confirm(`Delete the scenario “${name}”? This cannot be undone.`)) state.remove(state.activeId)
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-scenario-panel': CbScenarioPanel
  }
}
