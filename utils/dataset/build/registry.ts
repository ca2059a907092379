import type { Claimant, Metric, MetricDirection, MetricKind } from '../../schema';

/**
 * The claimant registry the build writes to public/data/registry.json: who gives figures,
 * their side, and the names articles use for them (matched case-insensitively, whole words;
 * the longest alias found in a speaker's name wins).
 */
export const CLAIMANTS: Claimant[] = [
  {
    id: 'ua-air-force',
    name: 'Air Force of the Armed Forces of Ukraine',
    aliases: [
      'Ukrainian Air Force',
      "Ukraine's Air Force",
      'Ukraine Air Force',
      'the air force',
      'Air Force',
      'Ukrainian air defence',
      'Ukrainian air defense',
      'Air Force spokesman Yurii Ihnat',
      'Yurii Ihnat',
      'Yuriy Ihnat',
      'Ihnat',
      'Mykola Oleshchuk',
    ],
    side: 'ukraine',
    kind: 'military',
  },
  {
    id: 'ua-air-command-south',
    name: 'Air Command South (Ukrainian Air Force)',
    aliases: ['Air Command South', 'Air Command "South"', 'Povitriane Komanduvannia Pivden'],
    side: 'ukraine',
    kind: 'military',
  },
  {
    id: 'ua-air-command-east',
    name: 'Air Command East (Ukrainian Air Force)',
    aliases: ['Air Command East', 'Air Command "East"'],
    side: 'ukraine',
    kind: 'military',
  },
  {
    id: 'ua-air-command-west',
    name: 'Air Command West (Ukrainian Air Force)',
    aliases: ['Air Command West', 'Air Command "West"'],
    side: 'ukraine',
    kind: 'military',
  },
  {
    id: 'ua-air-command-center',
    name: 'Air Command Center (Ukrainian Air Force)',
    aliases: ['Air Command Center', 'Air Command Centre', 'Air Command "Center"'],
    side: 'ukraine',
    kind: 'military',
  },
  {
    id: 'ua-general-staff',
    name: 'General Staff of the Armed Forces of Ukraine',
    aliases: [
      'General Staff of the Armed Forces of Ukraine',
      'Ukrainian General Staff',
      "Ukraine's General Staff",
      'General Staff of Ukraine',
      'the General Staff',
      'General Staff',
      "Ukraine's military General Staff",
    ],
    side: 'ukraine',
    kind: 'military',
  },
  {
    id: 'ua-armed-forces',
    name: 'Armed Forces of Ukraine',
    aliases: [
      "Ukraine's military",
      'Ukrainian military',
      "Ukraine's armed forces",
      'Ukrainian armed forces',
      'Armed Forces of Ukraine',
      'Ukrainian army',
      "Ukraine's army",
    ],
    side: 'ukraine',
    kind: 'military',
  },
  {
    id: 'ua-commander-in-chief',
    name: 'Commander-in-Chief of the Armed Forces of Ukraine',
    aliases: [
      'Commander-in-Chief',
      'Oleksandr Syrskyi',
      'Syrskyi',
      'Syrsky',
      'Valerii Zaluzhnyi',
      'Zaluzhnyi',
    ],
    side: 'ukraine',
    kind: 'military',
  },
  {
    id: 'ua-military-intelligence',
    name: 'Defence Intelligence of Ukraine (HUR)',
    aliases: [
      'HUR',
      'GUR',
      "Ukraine's military intelligence",
      'Ukrainian military intelligence',
      'Kyrylo Budanov',
      'Budanov',
    ],
    side: 'ukraine',
    kind: 'military',
  },
  {
    id: 'ua-president',
    name: 'Volodymyr Zelensky',
    aliases: [
      'Volodymyr Zelensky',
      'Volodymyr Zelenskyy',
      'Volodymyr Zelenskiy',
      'Zelensky',
      'Zelenskyy',
      'Zelenskiy',
      'Zelenskyi',
      'President Zelensky',
      'Ukrainian President Volodymyr Zelensky',
      "Ukraine's president",
      'the Ukrainian president',
      'Ukrainian President',
    ],
    side: 'ukraine',
    kind: 'person',
  },
  {
    id: 'ua-government',
    name: 'Government of Ukraine',
    aliases: [
      'Kyiv',
      'Kiev',
      'Ukraine',
      'Ukrainian officials',
      'Ukrainian authorities',
      'Ukrainian government',
      "Ukraine's government",
      'the Ukrainian side',
      'Ukrainian side',
      'Ukrainian Foreign Ministry',
      'Andrii Sybiha',
    ],
    side: 'ukraine',
    kind: 'government',
  },
  {
    id: 'ua-coordination-hq-pows',
    name: 'Coordination Headquarters for the Treatment of Prisoners of War (Ukraine)',
    aliases: ['Coordination Headquarters', 'Coordination Headquarters for the Treatment of Prisoners of War'],
    side: 'ukraine',
    kind: 'government',
  },
  {
    id: 'ua-commander-unnamed',
    name: 'An unnamed Ukrainian commander',
    aliases: [
      'Ukrainian commander',
      'Ukrainian officer',
      'Ukrainian military officer',
      'Ukrainian serviceman',
    ],
    side: 'ukraine',
    kind: 'military',
  },
  {
    id: 'ru-mod',
    name: 'Ministry of Defence of the Russian Federation',
    aliases: [
      'Russian Ministry of Defence',
      'Russian Ministry of Defense',
      "Russia's Ministry of Defence",
      "Russia's Ministry of Defense",
      'Russian Defence Ministry',
      'Russian Defense Ministry',
      "Russia's Defence Ministry",
      "Russia's Defense Ministry",
      'Russian MoD',
      'Russian military',
      "Russia's military",
      'Russian army',
      "Russia's army",
      'Russian armed forces',
      'Moscow’s defence ministry',
      'Ministry of Defence of the Russian Federation',
    ],
    side: 'russia',
    kind: 'military',
  },
  {
    id: 'kremlin',
    name: 'The Kremlin',
    aliases: ['Kremlin', 'the Kremlin', 'Kremlin readout', 'a Kremlin readout', 'Kremlin statement'],
    side: 'russia',
    kind: 'government',
  },
  {
    id: 'dmitry-peskov',
    name: 'Dmitry Peskov (Kremlin spokesman)',
    aliases: [
      'Dmitry Peskov',
      'Dmitri Peskov',
      'Peskov',
      'Kremlin spokesman Dmitry Peskov',
      'Kremlin spokesperson Dmitry Peskov',
      'Kremlin spokesman',
      'Kremlin spokesperson',
    ],
    side: 'russia',
    kind: 'person',
  },
  {
    id: 'ru-president',
    name: 'Vladimir Putin',
    aliases: [
      'Vladimir Putin',
      'Putin',
      'President Putin',
      'Russian President Vladimir Putin',
      'the Russian leader',
      "Russia's president",
    ],
    side: 'russia',
    kind: 'person',
  },
  {
    id: 'ru-government',
    name: 'Government of Russia',
    aliases: [
      'Moscow',
      'Russia',
      'Russian officials',
      'Russian authorities',
      'Russian government',
      "Russia's government",
      'the Russian side',
      'Russian side',
      'Russian Foreign Ministry',
      'Maria Zakharova',
      'Sergei Lavrov',
      'Lavrov',
    ],
    side: 'russia',
    kind: 'government',
  },
  {
    id: 'ru-krasnodar-admin',
    name: 'Krasnodar Krai administration',
    aliases: [
      'Krasnodar authorities',
      'Krasnodar regional administration',
      "Krasnodar's regional administration",
      'Krasnodar region authorities',
      'authorities in Krasnodar',
      'Authorities in the southern Russian region of Krasnodar',
      'Krasnodar operational headquarters',
      'Krasnodar Krai administration',
      'Krasnodar',
      'Veniamin Kondratyev',
      'Kondratyev',
    ],
    side: 'russia',
    kind: 'regional',
  },
  {
    id: 'ru-kursk-governor',
    name: 'Kursk region governor',
    aliases: ['Kursk governor', 'governor of the Kursk region', 'Alexander Khinshtein', 'Khinshtein'],
    side: 'russia',
    kind: 'regional',
  },
  {
    id: 'ru-belgorod-governor',
    name: 'Belgorod region governor',
    aliases: ['Belgorod governor', 'governor of the Belgorod region', 'Vyacheslav Gladkov', 'Gladkov'],
    side: 'russia',
    kind: 'regional',
  },
  {
    id: 'deepstate',
    name: 'DeepState',
    aliases: ['DeepState', 'DeepStateMap', 'Deep State', 'DeepState map'],
    side: 'ukraine',
    kind: 'osint',
  },
  {
    id: 'black-bird-group',
    name: 'Black Bird Group',
    aliases: ['Black Bird Group', 'the Black Bird Group', 'Black Bird'],
    side: 'independent',
    kind: 'osint',
  },
  {
    id: 'oryx',
    name: 'Oryx',
    aliases: ['Oryx', 'Oryx blog', 'open-source group Oryx'],
    side: 'independent',
    kind: 'osint',
  },
  {
    id: 'isw',
    name: 'Institute for the Study of War',
    aliases: ['Institute for the Study of War', 'ISW'],
    side: 'independent',
    kind: 'analysis',
  },
  {
    id: 'moscow-times',
    name: 'The Moscow Times',
    aliases: ['The Moscow Times', 'Moscow Times'],
    side: 'independent',
    kind: 'media',
  },
  {
    id: 'us-president',
    name: 'Donald Trump',
    aliases: [
      'Donald Trump',
      'Trump',
      'President Trump',
      'US President Donald Trump',
      'the White House',
      'White House',
    ],
    side: 'other',
    kind: 'person',
  },
  {
    id: 'un-hrmmu',
    name: 'UN Human Rights Monitoring Mission in Ukraine',
    aliases: [
      'UN Human Rights Monitoring Mission',
      'HRMMU',
      'United Nations',
      'the UN',
      'UN monitors',
      'OHCHR',
    ],
    side: 'international',
    kind: 'other',
  },
];

/** Verbs and phrases that say a figure counts losses. */
const LOSS_CUES = [
  'lost',
  'lose',
  'loss',
  'killed',
  'casualt',
  'wounded',
  'eliminat',
  'destroy',
  'neutrali',
  'put out of action',
  'dead',
  'died',
  'liquidat',
];

/** Builds a metric row with the common defaults. */
function metric(
  id: string,
  label: string,
  concepts: string[],
  cues: string[],
  o: {
    unit?: string | null;
    kind?: MetricKind;
    direction?: MetricDirection;
    bare?: boolean;
    closeDays?: number;
    span?: Metric['span'];
  } = {},
): Metric {
  return {
    id,
    label,
    unit: o.unit ?? null,
    concepts,
    cues,
    kind: o.kind ?? 'flow',
    direction: o.direction ?? 'attack',
    bare: o.bare ?? false,
    closeDays: o.closeDays ?? 0,
    span: o.span ?? 'any',
  };
}

const DRONES = [
  'drone',
  'uav',
  'unmanned aerial vehicle',
  'shahed',
  'shahed drone',
  'attack drone',
  'decoy drone',
  'kamikaze drone',
  'geran',
];
const LAUNCH = [
  'launch',
  'attack',
  'fire',
  'fired',
  'send',
  'sent',
  'strike',
  'struck',
  'use',
  'used',
  'target',
  'count',
  'record',
  'detect',
  'deploy',
  'hit',
];
const DOWN = [
  'shot down',
  'shoot down',
  'shoots down',
  'downed',
  'down',
  'destroy',
  'intercept',
  'neutrali',
  'repel',
  'eliminat',
  'brought down',
  'bring down',
];
const LOST = [
  'lost',
  'disappear',
  'not reach',
  "didn't reach",
  'fail to reach',
  'failed to reach',
  'jam',
  'electronic warfare',
  'suppress',
  'redirect',
  'off course',
];

/** Each model or kind both alone ("Kalibrs") and before "missile" ("Kalibr cruise missiles"). */
function withMissile(kinds: string[]): string[] {
  return kinds.flatMap((k) =>
    /^(?:cruise|ballistic|guided|anti-aircraft|surface-to-air|air |aeroballistic|hypersonic)/.test(k)
      ? [`${k} missile`]
      : [`${k} missile`, k],
  );
}

/** Missile categories: id part, label, concepts. */
const MISSILES: [string, string, string[]][] = [
  ['missiles', 'Missiles (all types)', ['missile', 'rocket']],
  [
    'cruise-missiles',
    'Cruise missiles',
    withMissile([
      'cruise',
      'kalibr',
      'kh-101',
      'x-101',
      'kh-555',
      'iskander-k',
      'kh-22',
      'x-22',
      'kh-32',
      'zircon',
      'tsirkon',
      'oniks',
    ]),
  ],
  [
    'ballistic-missiles',
    'Ballistic missiles',
    withMissile(['ballistic', 'iskander-m', 'iskander', 'kinzhal', 'kn-23', 'aeroballistic', 'hypersonic']),
  ],
  [
    'guided-missiles',
    'Guided air missiles (Kh-59/69, Kh-31, Kh-35)',
    withMissile([
      'guided',
      'guided air',
      'guided aerial',
      'air-launched',
      'kh-59',
      'x-59',
      'kh-69',
      'x-69',
      'kh-31',
      'kh-35',
    ]),
  ],
  [
    'anti-aircraft-missiles',
    'Anti-aircraft (S-300/S-400) missiles used against ground targets',
    withMissile([
      'anti-aircraft',
      'anti-aircraft guided',
      'surface-to-air',
      's-300',
      's-400',
      'air defence',
      'air defense',
    ]),
  ],
];

/** General Staff loss categories: key in the source, id part, label, concepts. */
export const LOSS_CATEGORIES: [string, string, string, string[]][] = [
  [
    'personnel',
    'personnel',
    'Personnel (killed and wounded)',
    [
      'personnel',
      'soldier',
      'troop',
      'serviceman',
      'servicemen',
      'casualty',
      'military personnel',
      'occupier',
      'invader',
      'man',
      'men',
    ],
  ],
  ['tank', 'tanks', 'Tanks', ['tank', 'main battle tank']],
  [
    'APC',
    'armoured-vehicles',
    'Armoured combat vehicles',
    ['armoured combat vehicle', 'armored combat vehicle', 'armoured vehicle', 'armored vehicle', 'apc'],
  ],
  [
    'field artillery',
    'artillery',
    'Artillery systems',
    ['artillery system', 'artillery', 'artillery piece', 'howitzer', 'gun'],
  ],
  [
    'MRL',
    'mlrs',
    'Multiple rocket launchers',
    ['multiple rocket launcher', 'multiple launch rocket system', 'mlrs', 'rocket launcher', 'mrl'],
  ],
  [
    'anti-aircraft warfare',
    'air-defence-systems',
    'Air defence systems',
    [
      'air defence system',
      'air defense system',
      'anti-aircraft system',
      'anti-aircraft warfare system',
      'air-defence system',
    ],
  ],
  [
    'aircraft',
    'aircraft',
    'Aircraft',
    ['aircraft', 'plane', 'warplane', 'jet', 'fighter jet', 'fighter', 'bomber'],
  ],
  ['helicopter', 'helicopters', 'Helicopters', ['helicopter']],
  [
    'drone',
    'drones',
    'Operational-tactical drones',
    ['drone', 'uav', 'operational-tactical drone', 'unmanned aerial vehicle'],
  ],
  ['cruise missiles', 'cruise-missiles', 'Cruise missiles', ['cruise missile']],
  ['naval ship', 'ships', 'Warships and boats', ['ship', 'warship', 'boat', 'naval ship', 'vessel']],
  ['submarines', 'submarines', 'Submarines', ['submarine']],
  [
    'vehicles and fuel tanks',
    'vehicles',
    'Vehicles and fuel tanks',
    ['vehicle', 'truck', 'fuel tank', 'military vehicle', 'vehicles and fuel tank', 'automotive vehicle'],
  ],
  [
    'special equipment',
    'special-equipment',
    'Special equipment',
    ['special equipment', 'piece of special equipment', 'unit of special equipment'],
  ],
  [
    'ground robotic systems',
    'ground-robots',
    'Ground robotic systems',
    ['ground robotic system', 'ground robot', 'unmanned ground vehicle', 'robotic system'],
  ],
  [
    'mobile SRBM system',
    'srbm-launchers',
    'Mobile short-range ballistic missile systems',
    ['mobile srbm system', 'srbm system', 'srbm launcher', 'ballistic missile launcher'],
  ],
];

/** Oryx categories that count the same things as a General Staff category (Oryx type → id part). */
export const ORYX_SHARED: Record<string, string> = {
  Tanks: 'tanks',
  'Multiple Rocket Launchers': 'mlrs',
  Aircraft: 'aircraft',
  Helicopters: 'helicopters',
};

/** Builds the metric table. */
function metrics(): Metric[] {
  const out: Metric[] = [
    metric('air-attack.drones.launched', 'Drones launched (attack and decoy)', DRONES, LAUNCH, {
      bare: true,
    }),
    metric('air-attack.drones.shot-down', 'Drones shot down', DRONES, DOWN),
    metric(
      'air-attack.drones.lost',
      'Drones lost to electronic warfare (did not reach a target)',
      DRONES,
      LOST,
    ),
    metric(
      'air-attack.drones.own-shot-down',
      'Own drones shot down (energy-truce claims)',
      ['own drone', 'own uav'],
      DOWN,
      {
        direction: 'none',
        bare: true,
      },
    ),
  ];
  for (const [id, label, concepts] of MISSILES) {
    out.push(metric(`air-attack.${id}.launched`, `${label} launched`, concepts, LAUNCH, { bare: true }));
    out.push(metric(`air-attack.${id}.shot-down`, `${label} shot down`, concepts, DOWN));
  }
  for (const [, id, label, concepts] of LOSS_CATEGORIES) {
    out.push(
      metric(`losses.${id}.total`, `${label} lost, cumulative since 24 February 2022`, concepts, LOSS_CUES, {
        kind: 'stock',
        direction: 'loss',
        closeDays: 1,
        span: 'cumulative',
      }),
    );
    out.push(
      metric(`losses.${id}.daily`, `${label} lost in one day`, concepts, LOSS_CUES, {
        direction: 'loss',
        span: 'day',
      }),
    );
  }
  out.push(
    metric(
      'pow-exchange.returned',
      'Prisoners returned in an exchange (each side)',
      [
        'serviceman',
        'servicemen',
        'prisoner',
        'prisoner of war',
        'pow',
        'soldier',
        'defender',
        'captive',
        'troop',
        'person',
        'people',
        'citizen',
      ],
      [
        'exchange',
        'swap',
        'return',
        'release',
        'free',
        'hand over',
        'handed over',
        'brought home',
        'bring home',
        'come home',
        'came home',
        'back home',
      ],
      { direction: 'none', bare: true },
    ),
    metric(
      'pow-exchange.wounded-released',
      'Severely wounded prisoners released besides an exchange',
      [
        'wounded prisoner',
        'wounded soldier',
        'wounded serviceman',
        'wounded pow',
        'wounded prisoner of war',
        'wounded ukrainian prisoner',
        'wounded ukrainian soldier',
        'wounded',
      ],
      ['exchange', 'release', 'hand over', 'handed over', 'return', 'transfer', 'free'],
      { direction: 'none', bare: true },
    ),
    metric(
      'pow-exchange.wounded-promised',
      'Severely wounded prisoners promised for release',
      ['wounded prisoner', 'wounded soldier', 'wounded pow', 'wounded prisoner of war', 'wounded'],
      ['promise', 'pledge', 'offer', 'agree'],
      { direction: 'none' },
    ),
    metric(
      'territory.held',
      'Territory held (km²)',
      ['square kilometre', 'square kilometer', 'km2', 'territory', 'area'],
      ['control', 'hold', 'held', 'occupy', 'occupied', 'retain', 'keep', 'kept'],
      { unit: 'km2', kind: 'stock', direction: 'holder', closeDays: 3 },
    ),
    metric(
      'territory.recaptured',
      'Territory recaptured (km²)',
      ['square kilometre', 'square kilometer', 'km2', 'territory', 'area'],
      [
        'recapture',
        'retake',
        'retook',
        'liberate',
        'regain',
        'took back',
        'take back',
        'won back',
        'reclaim',
        'seize',
        'captur',
      ],
      { unit: 'km2', direction: 'holder' },
    ),
    metric(
      'fire.area',
      'Area of a fire (m²)',
      ['square metre', 'square meter', 'm2', 'area'],
      ['fire', 'blaze', 'burn', 'spread', 'cover', 'engulf', 'ablaze'],
      { unit: 'm2', kind: 'stock', direction: 'none', closeDays: 1, bare: true },
    ),
    metric(
      'firefighters.deployed',
      'Firefighters and rescuers deployed',
      ['personnel', 'firefighter', 'rescuer', 'emergency worker'],
      ['extinguish', 'fight', 'work', 'deploy', 'put out'],
      { kind: 'stock', direction: 'none', closeDays: 1 },
    ),
  );
  return out;
}

/** The metric registry (public/data/registry.json). */
export const METRICS: Metric[] = metrics();
