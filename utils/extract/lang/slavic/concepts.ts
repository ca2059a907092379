/**
 * What a Russian or Ukrainian counted noun is, in the matcher's words: "беспилотников",
 * "БПЛА", "дронів", "безпілотників" are all "drones". Nouns are found by the start of their
 * stem, so every case and number of a noun maps alike; an adjective can make the concept
 * more specific ("крылатых ракет" → cruise missiles).
 */

/** [stems of the adjective before the noun (or null), stems of the noun, concept]. */
const CONCEPTS: Array<[string[] | null, string[], string]> = [
  [['крылат', 'крилат'], ['ракет'], 'cruise missiles'],
  [['баллист', 'баліст', 'аэробаллист', 'аеробаліст'], ['ракет'], 'ballistic missiles'],
  [['управляем', 'керован'], ['ракет'], 'guided missiles'],
  [['управляем', 'керован', 'корректируем', 'коригован'], ['авиабомб', 'авіабомб', 'бомб'], 'guided bombs'],
  [['зенитн', 'зенітн'], ['ракет'], 'anti-aircraft missiles'],
  [['населен', 'населён'], ['пункт'], 'settlements'],
  [
    ['пленн', 'полонен'],
    ['военнослужащ', 'військовослужбов', 'солдат', 'бойц', 'бійц', 'військов', 'военн'],
    'prisoners',
  ],
  [
    ['ранен', 'поранен', 'тяжелоранен', 'тяжкопоранен'],
    ['военнопленн', 'військовополонен', 'пленн', 'полонен'],
    'wounded prisoners',
  ],
  [
    ['ранен', 'поранен', 'тяжелоранен', 'тяжкопоранен'],
    ['военнослужащ', 'військовослужбов', 'военн', 'військов', 'солдат', 'бойц', 'бійц'],
    'wounded servicemen',
  ],
  [['особов', 'личн'], ['склад'], 'personnel'],
  [null, ['беспилот', 'безпілот', 'бпла', 'бпл', 'дрон', 'шахед', 'герань', 'гераней'], 'drones'],
  [null, ['ракет'], 'missiles'],
  [['артиллер', 'артилер'], ['систем', 'установ'], 'artillery systems'],
  [['реактивн'], ['систем', 'установ'], 'mlrs'],
  [['зенитн', 'зенітн', 'ракетн'], ['комплекс'], 'air defence systems'],
  [null, ['авиабомб', 'авіабомб', 'каб', 'бомб'], 'bombs'],
  [null, ['военнопленн', 'військовополонен', 'пленн', 'полонен'], 'prisoners'],
  [
    null,
    ['военнослужащ', 'військовослужбов', 'военн', 'військов', 'солдат', 'бойц', 'боец', 'бійц', 'боєць'],
    'servicemen',
  ],
  [null, ['оккупант', 'окупант', 'захватчик', 'загарбник'], 'occupiers'],
  [null, ['защитник', 'захисник'], 'defenders'],
  [null, ['мирн', 'гражданск', 'граждан', 'громадян', 'цивільн'], 'civilians'],
  [null, ['человек', 'люд', 'чоловік', 'осіб', 'особ', 'лиц', 'жител', 'мешкан'], 'people'],
  [null, ['погибш', 'погибл', 'загибл', 'убит', 'вбит', 'жертв', 'смерт'], 'dead'],
  [null, ['ранен', 'поранен', 'пострадавш', 'постраждал', 'травмован'], 'injured'],
  [null, ['дет', 'діт', 'ребен', 'ребён', 'дитин', 'несовершеннолет', 'неповнолітн'], 'children'],
  [null, ['женщин', 'жінк', 'жінок'], 'women'],
  [null, ['танк'], 'tanks'],
  [
    null,
    ['бронемашин', 'ббм', 'бмп', 'бтр', 'бронетехн', 'бронеавтомобил', 'бронеавтомобіл'],
    'armoured vehicles',
  ],
  [null, ['артиллер', 'артилер', 'артсистем', 'гаубиц', 'гармат', 'орудий', 'орудия'], 'artillery systems'],
  [null, ['рсзо', 'рсзв'], 'mlrs'],
  [null, ['зрк', 'ппо', 'пво'], 'air defence systems'],
  [null, ['самолет', 'самолёт', 'літак', 'истребител', 'винищувач'], 'aircraft'],
  [null, ['вертолет', 'вертолёт', 'вертоліт', 'вертольот', 'гелікоптер'], 'helicopters'],
  [null, ['корабл', 'корабел', 'катер', 'судн', 'суден'], 'ships'],
  [null, ['подводн', 'підводн'], 'submarines'],
  [null, ['автомобил', 'автомобіл', 'автотехн', 'автомашин', 'машин', 'грузовик', 'вантажів'], 'vehicles'],
  [
    null,
    ['поселк', 'посёлк', 'посел', 'селищ', 'деревн', 'сел', 'сёл', 'сіл', 'хутор', 'громад'],
    'settlements',
  ],
  [null, ['обстрел', 'обстріл', 'атак'], 'attacks'],
  [null, ['столкновен', 'боестолкновен', 'зіткнен', 'боєзіткнен'], 'clashes'],
  [
    null,
    ['многоэтаж', 'багатоповерх', 'будин', 'домов', 'дом', 'здани', 'будівл', 'высотк', 'висотк'],
    'buildings',
  ],
  [null, ['удар'], 'strikes'],
  [null, ['штурм', 'наступальн'], 'assaults'],
  [null, ['бригад'], 'brigades'],
  [null, ['полк'], 'regiments'],
  [null, ['территор', 'територ'], 'territory'],
];

/** Nouns short enough that a stem would catch other words: they must be whole. */
const WHOLE = new Set([
  'сел',
  'сёл',
  'сіл',
  'дет',
  'діт',
  'бпл',
  'ппо',
  'пво',
  'зрк',
  'ббм',
  'бмп',
  'бтр',
  'полк',
  'удар',
  'танк',
  'каб',
  'дом',
]);

function fits(word: string, stems: readonly string[]): boolean {
  for (const s of stems) {
    if (WHOLE.has(s) ? word === s || (word.startsWith(s) && word.length <= s.length + 3) : word.startsWith(s))
      return true;
  }
  return false;
}

/**
 * The concept of a counted noun (lower case) and its adjectives, in the matcher's English
 * words ("drones", "cruise missiles"), or null when the lexicon does not know the noun.
 */
export function conceptOf(head: string, adjectives: readonly string[]): string | null {
  const key = adjectives.length ? `${head} ${adjectives.join(' ')}` : head;
  const known = SEEN.get(key);
  if (known !== undefined) return known;
  let found: string | null = null;
  for (const [adj, nouns, concept] of CONCEPTS) {
    if (!fits(head, nouns)) continue;
    if (adj && !adjectives.some((a) => fits(a, adj))) continue;
    found = concept;
    break;
  }
  // an article counts the same few nouns again and again
  if (SEEN.size > 2048) SEEN.clear();
  SEEN.set(key, found);
  return found;
}

/** Concepts already looked up, by head and adjectives. */
const SEEN = new Map<string, string | null>();
