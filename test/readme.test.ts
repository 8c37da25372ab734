import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ADMIN_COMMANDS, PUBLIC_COMMANDS } from '../src/bot/commands.js'

describe('README', () => {
  it('documents every bot command', () => {
    const readme = readFileSync('README.md', 'utf8')
    for (const command of [...PUBLIC_COMMANDS, ...ADMIN_COMMANDS]) expect(readme, `/${command}`).toMatch(new RegExp(`\`/${command}[\\s\`]`))
  })
})
