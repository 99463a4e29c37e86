// The app's entry point: start the engine worker and the decision tools' worker pool, open the
// browser's store, and hand them to the app shell. A shared link (#scenario=...) is opened once and
// then cleared from the address bar.
import { startDecisionsPool, withEnsemblePool } from '../workers/decisions-client'
import { startEngineWorker } from '../workers/engine-client'
import { AppState } from './app/app-state'
import type { CbApp } from './components/cb-app'
import './components/cb-app'
import './styles/page.css'
import { ScenarioStore } from './storage/scenario-store'

async function main(): Promise<void> {
  const app = document.querySelector<CbApp>('cb-app')
  if (!app) throw new Error('index.html has no <cb-app> element')
  const store = await ScenarioStore.open()
  // Ensembles, goal seek and sensitivity run on a pool of workers, one per core, beside the engine.
  const decisions = startDecisionsPool()
  const state = new AppState(withEnsemblePool(startEngineWorker(), decisions), store)
  state.decisions = decisions
  app.state = state
  const hash = location.hash
  await state.start(hash)
  if (hash) history.replaceState(null, '', location.pathname + location.search)
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  document.body.insertAdjacentHTML('beforeend', '<p role="alert" id="startup-error"></p>')
  const target = document.getElementById('startup-error')
  if (target) target.textContent = `CareBalance could not start: ${message}`
})
