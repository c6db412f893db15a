extension DefaultLexicon {
    /// The bundled cue lexicon (see `CueLexicon.parse(yaml:source:)`).
    static var cuesYAML: String { defaultCuesYAML }

    /// Stance cues of English news.
    ///
    /// How to read it: a stance is read along a chain of cues from its holder to its target, each
    /// multiplying the sign, the first `stance` cue giving the strength:
    ///   "X advocates for the U.S. exit"           advocate +0.5 × exit −1        → X opposes U.S.
    ///   "X will not want U.S. forces to leave"    not −1 × want +0.5 × leave −1  → X supports U.S.
    ///   "X resists abandoning cooperation with Y" resist −0.5 × abandon −1 × cooperation +0.5 → supports
    /// Roles: `stance` (states a stance: holder → target), `operator` (turns what follows: end,
    /// delay, keep), `frame` (an issue about the target, with a topic kind: withdrawal, presence),
    /// `negator`, `reconsider` (the holder now stands neutral), `hedge` (lowers confidence),
    /// `speech` (negated, the clause states nothing: "no statement"), `hypothetical` ("if").
    /// Scores: allied/hostile ±1, supports/opposes ±0.5 (threats, sanctions and terrorist listings −0.7, still "opposes").
    /// `pos: verb` inflects the first word (support, supports, supported, supporting), `pos: noun`
    /// pluralises it; `forms` lists irregular forms. `mutual: true`: "X and Y reached an agreement"
    /// holds both ways. `weak: true`: a weak sign (lower confidence).
    /// Topic ids are made per target and place: `{target}-{topic}-{place}` (`us-troop-presence-iraq`).
    static let defaultCuesYAML = #"""
format: 1
topics:
  - {id: troop-presence, label: troop presence}
  - {id: military-mission, label: military mission}
  - {id: sanctions, label: sanctions}
  - {id: membership, label: membership}
  - {id: arms-supply, label: arms supply}
cues:
  # --- support (+0.5) ------------------------------------------------------------------------
  - {cue: [support, back, favor, favour, endorse, welcome, praise, champion, applaud, hail], pos: verb, score: 0.5}
  - {cue: [support for, backing for, backing of, endorsement of, praise for], score: 0.5}
  - {cue: [supporter, backer, advocate, proponent, champion, defender], pos: noun, score: 0.5}
  - {cue: [advocate, urge, request, seek, want, demand, propose, encourage], pos: verb, score: 0.5}
  - {cue: [call on, call upon, appeal to], pos: verb, score: 0.5, weak: true}
  - {cue: [thank, congratulate, commend, salute, embrace, court], pos: verb, score: 0.5}
  - {cue: [laud, sponsor, bankroll, rally behind, stand behind, vouch for], pos: verb, score: 0.5, forms: [rallied behind, stood behind, vouched for]}
  - {cue: [security guarantees to, security guarantees for, sympathy for, solidarity with], score: 0.5}
  - {cue: [order], pos: verb, score: 0.5, weak: true, adjacent: true}
  - {cue: [pro], score: 0.5, weak: true}
  - {cue: [lodge a protest with, lodged a protest with, lodged a diplomatic protest with, lodge a diplomatic protest with, filed a protest with, protest with], score: -0.5}
  - {cue: [recognize, recognise, acknowledge], pos: verb, score: 0.5, adjacent: true}
  - {cue: [apply for, host, shelter, harbour, harbor], pos: verb, score: 0.5, weak: true}
  - {cue: [listed as a terrorist group, listed as a terrorist organization, listed as a terrorist organisation, designated as a terrorist group, designated as a terrorist organization, designated as a terrorist organisation, designated a terrorist organization, designated a terrorist organisation, designated a terrorist group, branded a terrorist group, branded a terrorist organization, branded a terrorist organisation, lists as a terrorist group, listed as terrorists], score: -0.7}
  - {cue: [pledge support, pledged support, pledges support, pledging support, express support, expressed support, expresses support, voice support, voiced support, reaffirm support, reaffirmed support, offered support, offer support, extend support, extended support], score: 0.5}
  - {cue: [push for, call for, ask for, press for, lobby for, argue for, campaign for, plead for], pos: verb, score: 0.5}
  - {cue: [calls for, demands for, requests for, pressure for, push for, demand for, request for, appeal for], score: 0.5}
  - {cue: [in favor of, in favour of, in support of], score: 0.5}
  - {cue: [allow, permit, accept], pos: verb, score: 0.5, weak: true}
  - {cue: [allowing for], score: 0.5, weak: true}
  - {cue: [inquiries about, inquiry about, inquiries into, requests about], score: 0.5, weak: true}
  - {cue: [cooperate, collaborate, partner], pos: verb, score: 0.5}
  - {cue: [side with, stand with, stand by, align with], pos: verb, score: 0.5, forms: [sided with, siding with, stood with, stood by, aligned itself with, aligned themselves with]}
  - {cue: [cooperation, collaboration, partnership, coordination, solidarity], pos: noun, score: 0.5}
  - {cue: [partner, patron], pos: noun, score: 0.5}
  - {cue: [assist, aid, help, defend, protect, fund, finance, equip, reassure], pos: verb, score: 0.5}
  - {cue: [assistance to, aid to, help to, protection of, recognition of, arms to, weapons to, arms sales to, arms exports to, weapons sales to, weapons deliveries to, arms deliveries to, military aid to, military assistance to, arms supplies to, weapons supplies to], score: 0.5}
  - {cue: [sell arms to, sell weapons to, supply arms to, supply weapons to, send weapons to, deliver weapons to, provide weapons to, ship arms to, ship weapons to], pos: verb, score: 0.5, forms: [sold arms to, sold weapons to, supplied arms to, supplied weapons to, sent weapons to, supplying arms to, supplying weapons to]}
  - {cue: [agree with], pos: verb, score: 0.5, forms: [agreed with]}
  - {cue: [agree, agree to, agree on], pos: verb, score: 0.5, mutual: true, forms: [agreed to, agreed on]}
  - {cue: [agreement, accord, pact, treaty, truce, ceasefire, cease-fire, memorandum], pos: noun, score: 0.5, mutual: true}
  - {cue: [reach an agreement, reached an agreement, reaching an agreement, reach agreement, reached agreement, sign an agreement, signed an agreement, strike a deal, struck a deal, signed a deal], score: 0.5, mutual: true}
  - {cue: [normalize, normalise], pos: verb, score: 0.5, mutual: true}
  - {cue: [normalization, rapprochement, reconciliation], pos: noun, score: 0.5, mutual: true}
  - {cue: [close ties, warm ties, strong ties, close relations, warm relations, friendly relations], score: 0.5, mutual: true}
  # --- alliance (+1) ---------------------------------------------------------------------------
  - {cue: [ally, allies with, allied with, allied to], score: 1, pos: verb, forms: [allied, allying]}
  - {cue: [ally, alliance with], pos: noun, score: 1}
  # Only as "X, Y's Sahel branch" or right before their actor (adjacent).
  - {cue: [affiliate, branch, offshoot, wing], pos: noun, score: 1, adjacent: true}
  - {cue: [proxy], pos: noun, score: 0.5, adjacent: true}
  - {cue: [loyal to, aligned with, loyalty to], score: 1}
  # --- opposition (−0.5) -----------------------------------------------------------------------
  - {cue: [oppose, reject, resist, criticize, criticise, condemn, denounce, decry, blame, accuse, protest, rebuke, veto, block, boycott, expel, obstruct, slam, censure], pos: verb, score: -0.5}
  - {cue: [shun, lambast, chastise, rebuff, snub, spurn, deplore, assail, berate, reprimand, repudiate, disavow, vilify, demonize, demonise], pos: verb, score: -0.5}
  - {cue: [dispute, rift, feud, standoff, stand-off, spat, quarrel, row, tensions, tension], pos: noun, score: -0.5, mutual: true}
  - {cue: [opposition to, rejection of, resistance to, criticism of, condemnation of, objection to, objections to, protest against, protests against, veto on, opposition against, pressure on, complaint about, complaints about], score: -0.5}
  - {cue: [object to, objected to, objecting to, objects to, push back against, pushed back against, pushing back against, stand against, stood against], score: -0.5}
  - {cue: [opponent, critic, rival, detractor], pos: noun, score: -0.5}
  - {cue: [cut ties with, cuts ties with, cutting ties with, sever ties with, severed ties with, severing ties with, broke off relations with, break off relations with], score: -0.5}
  - {cue: [warn, pressure], pos: verb, score: -0.5, weak: true}
  - {cue: [threaten, sanction, punish, retaliate, blacklist, designate], pos: verb, score: -0.7}
  - {cue: [summon, expel, suspend ties with, recall its ambassador from], pos: verb, score: -0.5}
  - {cue: [retaliate against, retaliation against, retaliation for, reprisals against, vow revenge on, vowed revenge on, vowed revenge against], score: -0.7}
  - {cue: [threat against, threats against, threat to, threats to, sanctions on, sanctions against, embargo on, embargoes on, arms embargo on], score: -0.7}
  - {cue: [anti], score: -0.5, weak: true}
  # --- hostility (−1) --------------------------------------------------------------------------
  - {cue: [attack, strike, fight, combat, kill, invade, bomb, raid, target, assault, ambush, besiege, occupy, battle, wage war on, wage war against], pos: verb, score: -1, forms: [struck, fought, striking, fighting, combatting, combating, combatted, combated, killed, waging war on, waged war on, waging war against, waged war against]}
  - {cue: [seize, capture, retake, overrun, storm, bombard, shoot down, clash with, fire on, fire at, open fire on, launch attacks on, launch strikes on, launch strikes against], pos: verb, score: -1, forms: [seized, captured, retook, retaken, overran, stormed, shot down, clashed with, fired on, fired at, opened fire on, launched attacks on, launched strikes on, launched strikes against]}
  - {cue: [fired rockets at, fired missiles at, fired drones at, launched rockets at, launched missiles at, launched drones at, fires rockets at, fires missiles at, firing rockets at, firing missiles at, rocket fire on, rocket attacks on, missile attacks on, drone attacks on, missile strikes on, drone strikes on], score: -1}
  - {cue: [attack, strike, airstrike, air strike, drone strike, raid, assault, offensive, invasion, incursion, bombing, bombardment, shelling, ambush, occupation, insurgency], pos: noun, score: -1}
  - {cue: [recapture, drive out, push back], pos: verb, score: -1, forms: [drove out, driven out, driving out]}
  - {cue: [annex, blockade, assassinate, encircle, abduct, kidnap], pos: verb, score: -1}
  - {cue: [clash, skirmish], pos: verb, score: -1}
  - {cue: [fired, firing], score: -1, weak: true}  # not "fire": "Israeli fire" is a noun
  - {cue: [declare war on, declared war on, declares war on, declaring war on, declaration of war on, declare war against, declared war against, declaration of war against], score: -1}
  - {cue: [closed its border with, close its border with, closes its border with, closing its border with, shut its border with, sealed its border with, closed the border with, shut the border with, sealed the border with], score: -0.5}
  - {cue: [topple, overthrow, oust, depose, unseat], pos: verb, score: -1, forms: [overthrew, overthrown]}
  - {cue: [crackdown on, crackdown against, partner against, partners against, ally against, allies against, alliance against, cooperation against, united against, unite against, fight alongside against], score: -1}
  - {cue: [coalition against, military coalition against, military campaign against, military operations against, operation against, operations against, counteroffensive against, strikes against], score: -1}
  - {cue: [recall its ambassador to, recalled its ambassador to, recalls its ambassador to, recalled its envoy to, recall its envoy to, recalled its ambassador from, recalled its envoy from], score: -0.5}
  - {cue: [war against, war on, war with, campaign against, fight against, battle against, hostilities with, conflict with, aggression against, hostility toward, hostility towards, hostile to, enemy of, enemies of, adversary of, adversaries of, at war with], score: -1}
  - {cue: [adversary, enemy, foe], pos: noun, score: -1}
  # --- operators: they turn what follows ----------------------------------------------------------
  - {cue: [end, halt, stop, cease, delay, postpone, abandon, scrap, reduce, curb, cut, suspend, cancel, terminate, undermine, weaken, limit, restrict, wind down, phase out, scale back, drop, lift], pos: verb, role: operator, score: -1}
  - {cue: [end of, ending of, halt to, delay in, reduction of, suspension of, cancellation of, abandonment of, lifting of], role: operator, score: -1}
  - {cue: [prevent, deter, thwart, counter, avert, foil, contain, counteract, repel, defeat], pos: verb, role: operator, score: -1}
  - {cue: [keep, maintain, extend, continue, prolong, renew, strengthen, deepen, expand, boost, increase, preserve, sustain], pos: verb, role: operator, score: 1}
  - {cue: [continued, continuing, ongoing, extended, extension of, renewal of, expansion of], role: operator, score: 1}
  # --- frames: issues about an actor, with a topic ------------------------------------------------
  - {cue: [presence, deployment, involvement, military presence, troop presence, military involvement, boots on the ground], pos: noun, role: frame, score: 1, topic: troop-presence}
  - {cue: [withdrawal, exit, pullout, pull-out, departure, drawdown, expulsion, removal], pos: noun, role: frame, score: -1, topic: troop-presence}
  - {cue: [withdraw, leave, depart, exit, pull out], pos: verb, role: frame, score: -1, topic: troop-presence, forms: [left, pulling out, pulled out]}
  - {cue: [remove], pos: verb, role: frame, score: -1, topic: troop-presence}
  - {cue: [stay, remain], pos: verb, role: frame, score: 1, topic: troop-presence}
  - {cue: [mission, military mission, mandate, operation, operations], pos: noun, role: frame, score: 1, topic: military-mission}
  - {cue: [membership, accession, bid, participation], pos: noun, role: frame, score: 1, topic: membership}
  - {cue: [freeze], pos: verb, role: operator, score: -1, forms: [froze, frozen, freezing]}
  - {cue: [join], pos: verb, role: frame, score: 1, topic: membership}
  # --- negation ---------------------------------------------------------------------------------
  - {cue: [not, "n't", never, no, no longer, neither, nor, without, cannot, hardly, "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "shouldn't", "couldn't", "mustn't"], role: negator}
  - {cue: [refuse to, refused to, refuses to, refusing to, fail to, failed to, fails to, failing to, decline to, declined to, declines to, deny, denied, denies, denying, ruled out, rule out, rules out, ruling out, stop short of, stopped short of], role: negator}
  # --- reconsidering ----------------------------------------------------------------------------
  - {cue: [reevaluate, re-evaluate, reconsider, rethink, revisit, reassess, re-examine, soften, moderate], pos: verb, role: reconsider}
  # --- hedges -----------------------------------------------------------------------------------
  - {cue: [seem, appear], pos: verb, role: hedge}
  - {cue: [could, might, may, reportedly, allegedly, possibly, likely, perhaps, apparently, is said to, are said to, is believed to, are believed to, purportedly, unconfirmed, rumored, rumoured], role: hedge}
  # --- statements, conditions -------------------------------------------------------------------
  - {cue: [statement, comment, announcement, word, decision, position, confirmation], pos: noun, role: speech}
  - {cue: [if, unless, whether], role: hypothetical}
  - {cue: [faces pressure to, face pressure to, faced pressure to, facing pressure to, under pressure to, under growing pressure to, under mounting pressure to, under increasing pressure to, pressured to, pressed to], role: hypothetical}
"""#
}
