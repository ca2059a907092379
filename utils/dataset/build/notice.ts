/** The credits and licences written beside the built data (public/data/NOTICE). */
export const NOTICE = `Tally bundled dataset — credits and licences
===========================================

The files in this folder (manifest.json, registry.json, claims.json) are built by
\`npm run dataset:build\` from the public sources below. Tally stores its own records in its
own schema; each claim cites the public source of its figure. Every figure is a claim by
someone, not ground truth: the General Staff and Air Force of Ukraine and the Ministry of
Defence of Russia are parties to the war; Oryx counts only losses with photo or video evidence.

1. Ukrainian General Staff loss reports (Russian losses, cumulative per day)
   Source: General Staff of the Armed Forces of Ukraine, daily reports, as compiled in
   "2022 Russia Ukraine War Dataset", https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset
   Licence: MIT License, Copyright (c) 2022 Petro Ivaniuk

   Permission is hereby granted, free of charge, to any person obtaining a copy of this
   software and associated documentation files (the "Software"), to deal in the Software
   without restriction, including without limitation the rights to use, copy, modify, merge,
   publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
   to whom the Software is furnished to do so, subject to the following conditions:
   The above copyright notice and this permission notice shall be included in all copies or
   substantial portions of the Software.
   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
   INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
   PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
   FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
   OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
   DEALINGS IN THE SOFTWARE.

2. Ukrainian Air Force attack reports (per attack and weapon: launched, destroyed, lost)
   Source: Air Force of the Armed Forces of Ukraine and its regional air commands (posts on
   their official channels, linked from each claim), as compiled by Petro Ivaniuk in
   "Massive Missile Attacks on Ukraine" (Kaggle, piterfm).
   Credit: Petro Ivaniuk; the Air Force of the Armed Forces of Ukraine.

3. Oryx visually confirmed equipment losses (snapshot of 2025-03-19)
   Source: Oryx, https://www.oryxspioenkop.com/ , as scraped in
   https://github.com/leedrake5/Russia-Ukraine
   Licence of the scrape: MIT License, Copyright (c) 2022 Lee Drake (same terms as above).
   Credit: Oryx (Stijn Mitzer, Joost Oliemans and contributors).

4. Curated claims of 18–20 March 2025
   Figures from every side (Russian Ministry of Defence, Kremlin, Ukrainian President, Air
   Force, Krasnodar regional authorities, DeepState, Black Bird Group, …), compiled by hand
   for Tally, each with the public article it was reported in (linked from each claim).
   Figures are facts; the articles remain their publishers' work and are only linked.
`;
