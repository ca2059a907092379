/** Tally's keyboard shortcuts: browser commands, listed and remappable in the browser's shortcut settings. */
export { TALLY_COMMANDS, manifestCommands, type TallyCommandName } from './commands';
export { forwardCommands } from './forward-commands';
