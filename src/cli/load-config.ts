import type { Config } from '../config.js'
import { loadDotEnv, processIo, readCommandConfig } from './command.js'

/**
 * The environment (with an optional `.env` in the working folder) validated for a command:
 * on a problem, one line per bad variable on stderr and exit code 1, never a stack trace.
 */
export function loadConfigOrExit(options: { requireBotToken: boolean }): Config {
  loadDotEnv()
  return readCommandConfig(processIo, options) ?? process.exit(1)
}
