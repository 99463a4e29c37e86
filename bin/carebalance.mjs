#!/usr/bin/env node
// The CLI is written in TypeScript; tsx compiles it on the fly so `npx carebalance` needs no build step.
import { register } from 'tsx/esm/api'

register()
await import('../cli/index.ts')
