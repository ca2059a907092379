import type { DatasetClaim } from '../../schema';
import { ROW_DEFAULTS } from './row-defaults';

/** How one curated row becomes a claim: everything but the value and the source, or why it is left out. */
export type CuratedMapping =
  | { skip: string }
  | Pick<
      DatasetClaim,
      'metric' | 'claimant' | 'qualifier' | 'period' | 'asOf' | 'place' | 'actor' | 'target' | 'quote'
    >;

const NIGHT_18_19 = { start: '2025-03-18T19:00+02:00', end: '2025-03-19T08:00+02:00' };
/** The Russian Ministry of Defence's "overnight" (Moscow time), as its morning statements use it. */
const MOD_NIGHT_18_19 = { start: '2025-03-18T20:00+03:00', end: '2025-03-19T08:00+03:00' };
const MOD_NIGHT_17_18 = { start: '2025-03-17T20:00+03:00', end: '2025-03-18T08:00+03:00' };
const DAY_19 = { start: '2025-03-19', end: '2025-03-20' };
const DUP = 'the same figure is built from its source dataset';

/** Common fields of a curated claim. */
function row(
  p: Partial<Exclude<CuratedMapping, { skip: string }>> & Pick<DatasetClaim, 'metric' | 'claimant'>,
): CuratedMapping {
  return { ...ROW_DEFAULTS, ...p };
}

/**
 * The curated claims of 18–20 March 2025 (curated/claims-2025-03-18-to-20.csv), by claim_id:
 * which metric, claimant, time and direction each one has. Rows that repeat a figure from the
 * structured sources, or that cannot be compared safely, are skipped with the reason.
 */
export const CURATED: Record<string, CuratedMapping> = {
  'overnight_2025-03-19_ru_drones_launched': { skip: DUP },
  'overnight_2025-03-19_ru_drones_destroyed': { skip: DUP },
  'overnight_2025-03-19_ru_drones_lost_ew': { skip: DUP },
  'overnight_2025-03-19_iskander_launched': { skip: DUP },
  'overnight_2025-03-19_s300_launched': { skip: DUP },
  'overnight_2025-03-19_zelensky_150': row({
    metric: 'air-attack.drones.launched',
    claimant: 'ua-president',
    period: NIGHT_18_19,
    actor: 'russia',
    target: 'ukraine',
    quote: '150 drones were launched overnight',
  }),
  'overnight_2025-03-19_zelensky_40': {
    skip: 'counts only the hours after the Trump–Putin call, a part of the night: not comparable with whole-night counts',
  },
  'overnight_2025-03-19_rumod_57': row({
    metric: 'air-attack.drones.shot-down',
    claimant: 'ru-mod',
    period: MOD_NIGHT_18_19,
    actor: 'ukraine',
    target: 'russia',
    quote: 'destroyed 57 Ukrainian drones overnight, 35 of them over the border Kursk region',
  }),
  'overnight_2025-03-19_rumod_57_kursk': row({
    metric: 'air-attack.drones.shot-down',
    claimant: 'ru-mod',
    period: MOD_NIGHT_18_19,
    place: 'kursk',
    actor: 'ukraine',
    target: 'russia',
    quote: '35 of them over the border Kursk region',
  }),
  '2025-03-19_rumod_own_drones': row({
    metric: 'air-attack.drones.own-shot-down',
    claimant: 'ru-mod',
    period: MOD_NIGHT_18_19,
  }),
  '2025-03-19_kavkazskaya_uavs': row({
    metric: 'air-attack.drones.launched',
    claimant: 'ru-mod',
    period: MOD_NIGHT_18_19,
    place: 'kavkazskaya',
    actor: 'ukraine',
    target: 'russia',
  }),
  '2025-03-19_kavkazskaya_fire_admin': row({
    metric: 'fire.area',
    claimant: 'ru-krasnodar-admin',
    asOf: '2025-03-19',
    place: 'kavkazskaya',
    quote: '20 square metres (215 square feet)',
  }),
  '2025-03-19_kavkazskaya_fire_mod': row({
    metric: 'fire.area',
    claimant: 'ru-mod',
    asOf: '2025-03-19',
    place: 'kavkazskaya',
    quote: 'fire to break out across 1,700 square meters',
  }),
  '2025-03-19_swap_ru': row({
    metric: 'pow-exchange.returned',
    claimant: 'ru-mod',
    period: DAY_19,
    quote: '175 на 175',
  }),
  '2025-03-19_swap_ua': row({ metric: 'pow-exchange.returned', claimant: 'ua-president', period: DAY_19 }),
  '2025-03-19_swap_wounded': row({
    metric: 'pow-exchange.wounded-released',
    claimant: 'ru-mod',
    period: DAY_19,
  }),
  '2025-03-19_swap_wounded_promised': row({
    metric: 'pow-exchange.wounded-promised',
    claimant: 'ru-president',
    period: { start: '2025-03-18', end: '2025-03-19' },
  }),
  '2025-03-18_gs_personnel_cum': { skip: DUP },
  '2025-03-19_gs_personnel_cum': { skip: DUP },
  '2025-03-19_gs_tanks_cum': { skip: DUP },
  '2025-03-19_oryx_ru_tanks': { skip: DUP },
  '2025-03-19_oryx_ua_tanks': { skip: DUP },
  'overnight_2025-03-18_ru_drones_launched': { skip: DUP },
  'overnight_2025-03-18_rumod_46': row({
    metric: 'air-attack.drones.shot-down',
    claimant: 'ru-mod',
    period: MOD_NIGHT_17_18,
    actor: 'ukraine',
    target: 'russia',
  }),
  'overnight_2025-03-20_ru_drones_launched': { skip: DUP },
  kursk_2024_peak_ua_held: {
    skip: 'no precise date ("Aug 2024 offensive") for a figure that changed by the week',
  },
  'kursk_2025-03-13_ua_held_deepstate': row({
    metric: 'territory.held',
    claimant: 'deepstate',
    asOf: '2025-03-13',
    place: 'kursk',
    actor: 'ukraine',
  }),
  'kursk_2025-03-16_ua_held_blackbird': row({
    metric: 'territory.held',
    claimant: 'black-bird-group',
    asOf: '2025-03-16',
    place: 'kursk',
    actor: 'ukraine',
  }),
  'kursk_2025-03_rumod_recaptured': row({
    metric: 'territory.recaptured',
    claimant: 'ru-mod',
    qualifier: '>',
    period: { start: '2025-03-06', end: '2025-03-14' },
    place: 'kursk',
    actor: 'russia',
    quote: 'recapture of twelve settlements and over 100 square kilometers',
  }),
  'kursk_2025-03-19_ua_commander_200': row({
    metric: 'territory.held',
    claimant: 'ua-commander-unnamed',
    qualifier: '<=',
    asOf: '2025-03-19',
    place: 'kursk',
    actor: 'ukraine',
    quote: 'about 200 square kilometers … at most',
  }),
  'kursk_2025-03-19_isw_ru_advances': {
    skip: 'a map layer of Russian advances, not an area held: its meaning must be checked before use',
  },
};
