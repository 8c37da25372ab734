import { existsSync } from 'node:fs'
import { type Config, loadConfig } from '../config.js'

/**
 * The environment (with an optional `.env` in the working folder) validated for a command:
 * on a problem, one line per bad variable on stderr and exit code 1, never a stack trace.
 */
export function loadConfigOrExit(options: { requireBotToken: boolean }): Config {
  if (existsSync('.env')) process.loadEnvFile('.env')
  const loaded = loadConfig(process.env, options)
  if (loaded.ok) return loaded.config
  for (const line of loaded.errors) console.error(line)
  process.exit(1)
}
