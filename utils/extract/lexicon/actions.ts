/** English verbs that carry a frame's action. */
import { table } from './table';

/** Verbs that carry the frame's action, mapped to a canonical form. */
export const ACTIONS: Record<string, string> = table();
for (const group of [
  'launched launching|launched',
  'fired firing|launched',
  'attacked attacking|attacked',
  'struck striking hit|struck',
  'shot|shot down',
  'downed intercepted|shot down',
  'destroyed neutralised neutralized|destroyed',
  'exchanged swapped|exchanged',
  'released freed returned handed|released',
  'killed killing|killed',
  'injured injuring|injured',
  'died|died',
  'controls controlled holds held occupies occupied|controls',
  'seized captured liberated regained took|captured',
  'lost|lost',
  'targeted targeting|targeted',
  'evacuated|evacuated',
]) {
  const [forms, canon] = group.split('|') as [string, string];
  for (const f of forms.split(' ')) ACTIONS[f] = canon;
}
