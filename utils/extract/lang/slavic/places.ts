/**
 * Places and sides named in Russian and Ukrainian, in the matcher's English: "над Курской
 * областью" → "Kursk region", "у Харкові" → "Kharkiv", "украинских" → Ukraine. A place the
 * table does not know is given in Latin letters, so that it is never read as a whole country.
 */
import type { Token } from '../../tokenize';
import * as tok from '../../tokenize';
import { keyOf } from './words';

const { WORD } = tok;

/** [word starts (lower case), English name]; a region's adjective takes "region". */
const PLACES: Array<[string[], string]> = [
  [['киев', 'київ', 'києв', 'київщин', 'киевщин'], 'Kyiv'],
  [['харьков', 'харків', 'харков', 'харківщин', 'харьковщин'], 'Kharkiv'],
  [['сумск', 'сумськ', 'сумщин', 'сумы', 'суми', 'сумах', 'сумам'], 'Sumy'],
  [['одес'], 'Odesa'],
  [['днепропетров', 'дніпропетров', 'дніпропетровщин', 'днепропетровщин'], 'Dnipropetrovsk region'],
  [['днепр', 'дніпр', 'дніпер'], 'Dnipro'],
  [['запорож', 'запоріж', 'запоріз'], 'Zaporizhzhia'],
  [['херсон'], 'Kherson'],
  [['николаев', 'миколаїв', 'миколаєв', 'миколаївщин'], 'Mykolaiv'],
  [['донецк', 'донецьк', 'донеччин', 'донбас'], 'Donetsk'],
  [['луганск', 'луганськ', 'луганщин'], 'Luhansk'],
  [['львов', 'львів', 'львов'], 'Lviv'],
  [['чернигов', 'чернігів', 'чернігов', 'чернігівщин', 'черниговщин'], 'Chernihiv'],
  [['полтав'], 'Poltava'],
  [['житомир'], 'Zhytomyr'],
  [['винниц', 'вінниц', 'вінничин'], 'Vinnytsia'],
  [['хмельницк', 'хмельницьк', 'хмельниччин'], 'Khmelnytskyi'],
  [['ровн', 'рівн', 'рівненщин'], 'Rivne'],
  [['волын', 'волин'], 'Volyn'],
  [['тернопол', 'тернопіл', 'тернопільщин'], 'Ternopil'],
  [['ивано-франков', 'івано-франків'], 'Ivano-Frankivsk'],
  [['черновц', 'чернівц'], 'Chernivtsi'],
  [['закарпат'], 'Zakarpattia'],
  [['черкас', 'черкащин'], 'Cherkasy'],
  [['кировоград', 'кіровоград', 'кропивницк', 'кропивницьк'], 'Kirovohrad'],
  [['кривой', 'кривий', 'кривом', 'кривому', 'кривого'], 'Kryvyi Rih'],
  [['курск', 'курськ', 'курщин'], 'Kursk'],
  [['белгород', 'бєлгород', 'белгородчин', 'бєлгородщин'], 'Belgorod'],
  [['брянск', 'брянськ', 'брянщин'], 'Bryansk'],
  [['краснодар', 'кубан'], 'Krasnodar'],
  [['ростов'], 'Rostov'],
  [['воронеж'], 'Voronezh'],
  [['орловск', 'орловськ', 'орле', 'орла'], 'Oryol'],
  [['подмосков', 'підмосков'], 'Moscow region'],
  [['тульск', 'тульськ'], 'Tula'],
  [['калуж', 'калузьк'], 'Kaluga'],
  [['смоленск', 'смоленськ'], 'Smolensk'],
  [['липецк', 'липецьк'], 'Lipetsk'],
  [['тамбов'], 'Tambov'],
  [['саратов'], 'Saratov'],
  [['татарстан'], 'Tatarstan'],
  [['москв'], 'Moscow'],
  [['крым', 'крим'], 'Crimea'],
];

/** Words after a place's adjective that make it a region ("области", "області", "крае"). */
const REGION = /^(област|обл|край|крає|края|крае|регион|регіон)/;

/** Side names: word starts → the side in the matcher's English. */
const SIDES: Array<[RegExp, string]> = [
  [
    /^(росси|российск|росія|росії|росію|російськ|рф$|москв|кремл|путин|путін|россиян|росіян|оккупант|окупант|загарбник|ворог|ворож|рашист)/,
    'Russia',
  ],
  [/^(украин|україн|всу$|зсу$|киев|київ|києв|зеленск|зеленськ|вражеск|противник)/, 'Ukraine'],
];

/** The letters a side's word can start with, to pass over the rest in one test. */
const SIDE_FIRST = new Set(
  SIDES.flatMap(([re]) =>
    re.source
      .replace(/^\^\(|\)$/g, '')
      .split('|')
      .map((alt) => alt.charAt(0)),
  ),
);

/** The side a word names ("украинских" → "Ukraine"), or null. */
export function sideOfWord(t: Token | undefined, uk: boolean): string | null {
  if (!t || t.kind !== WORD) return null;
  const w = keyOf(t);
  if (!SIDE_FIRST.has(w.charAt(0))) return null;
  // "ворожий" in a Ukrainian text is Russia's; "вражеский" in a Russian text is Ukraine's
  if (!uk && /^(ворог|ворож)/.test(w)) return null;
  if (uk && /^(вражеск|противник)/.test(w)) return null;
  for (const [re, side] of SIDES) if (re.test(w)) return side;
  return null;
}

/** PLACES by the first two letters of their stems, so a word is tried only against its own. */
const PLACES_BY_START = new Map<string, Array<[string[], string]>>();
for (const entry of PLACES) {
  for (const start of new Set(entry[0].map((s) => s.slice(0, 2)))) {
    const list = PLACES_BY_START.get(start) ?? [];
    list.push(entry);
    PLACES_BY_START.set(start, list);
  }
}

/** The English name of the place word at token k ("Курской" + "области" → "Kursk region"), and the tokens it takes. */
export function placeAt(tk: Token[], k: number): { name: string; end: number } | null {
  const t = tk[k];
  if (!t || t.kind !== WORD || t.text === t.lower) return null;
  const w = keyOf(t);
  for (const [stems, name] of PLACES_BY_START.get(w.slice(0, 2)) ?? []) {
    if (!stems.some((s) => w.startsWith(s))) continue;
    const next = tk[k + 1];
    const region = next?.kind === WORD && REGION.test(keyOf(next));
    return {
      name: region && !name.endsWith('region') ? `${name} region` : name,
      end: region ? k + 2 : k + 1,
    };
  }
  return null;
}

const LATIN: Record<string, string> = Object.fromEntries(
  "а:a б:b в:v г:h ґ:g д:d е:e є:ye ё:yo ж:zh з:z и:y і:i ї:yi й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya ':"
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);

/** A name in Latin letters ("Великописарівська" → "velykopysarivska"), for a place the table does not know. */
export function latinOf(s: string): string {
  let out = '';
  for (const c of s.toLowerCase()) out += LATIN[c] ?? c;
  return out;
}
