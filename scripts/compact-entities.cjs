// The HTML named character references micromark decodes with, as one front-coded string the
// bundle decodes once at load. Bundles keep the names documents use: HTML 4's 253 (Latin-1,
// Greek, punctuation, arrows, mathematical symbols) and a few HTML5 names common in prose; the
// other 1,900 names of HTML5 (mathematical and technical symbols) are left out, and a reference
// to one of them reads as the text it is ("&Congruent;"). Each entry is: the length of the name it
// shares with the name before it (as a letter, a = 0), the rest of the name, "-", the replacement
// text, "~". No replacement text holds "-" or "~"; names are letters and digits.
'use strict';

/** HTML 4's names beyond the legacy Latin-1 set, and HTML5 names often written in prose. */
const KEPT = new Set(
  (
    'fnof Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi Omega ' +
    'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega ' +
    'thetasym upsih piv bull hellip prime Prime oline frasl weierp image real trade alefsym larr uarr rarr darr harr crarr lArr uArr rArr ' +
    'dArr hArr forall part exist empty nabla isin notin ni prod sum minus lowast radic prop infin ang and or cap cup int there4 sim cong ' +
    'asymp ne equiv le ge sub sup nsub sube supe oplus otimes perp sdot lceil rceil lfloor rfloor lang rang loz spades clubs hearts diams ' +
    'OElig oelig Scaron scaron Yuml circ tilde ensp emsp thinsp zwnj zwj lrm rlm ndash mdash lsquo rsquo sbquo ldquo rdquo bdquo dagger ' +
    'Dagger permil lsaquo rsaquo euro apos check cross star starf hyphen dash horbar nbsp'
  ).split(' '),
);

/** The names a bundle keeps: the legacy set (names allowed without ";") and `KEPT`. */
function keptEntities(table, legacy) {
  const legacyNames = new Set(legacy);
  return Object.fromEntries(Object.entries(table).filter(([name]) => legacyNames.has(name) || KEPT.has(name)));
}

/** The ES module source that builds `characterEntities` from the compact string. */
function compactEntitiesModule(table) {
  const names = Object.keys(table).sort();
  let previous = '';
  let packed = '';
  for (const name of names) {
    const value = table[name];
    if (/[-~]/.test(value)) throw new Error(`character entity ${name} holds a separator`);
    let shared = 0;
    while (shared < previous.length && shared < name.length && shared < 25 && previous[shared] === name[shared]) shared++;
    packed += String.fromCharCode(97 + shared) + name.slice(shared) + '-' + value + '~';
    previous = name;
  }
  return (
    `const packed = ${JSON.stringify(packed)};\n` +
    'export const characterEntities = {};\n' +
    "let previous = '';\n" +
    "for (const entry of packed.split('~')) {\n" +
    '  if (entry === \'\') continue;\n' +
    "  const dash = entry.indexOf('-', 1);\n" +
    '  const name = previous.slice(0, entry.charCodeAt(0) - 97) + entry.slice(1, dash);\n' +
    '  characterEntities[name] = entry.slice(dash + 1);\n' +
    '  previous = name;\n' +
    '}\n'
  );
}

module.exports = { compactEntitiesModule, keptEntities, KEPT };
