package org.marsad.analysis.event;

import java.util.EnumSet;
import java.util.Set;

/**
 * Finds who did it and to whom: the source and target of an event word in its clause.
 *
 * <p>Verbs (Arabic puts the subject after the verb, VSO, or before it, SVO):
 * <ol>
 *   <li>source: the actor right before the verb (SVO, a negation or سوف between allowed), else the actor right
 *       after it (VSO; a date between allowed), else an actor opening the clause (the topic). An actor after a
 *       preposition is never a subject; a verb with و or ف in front starts a new clause, so it takes no subject
 *       before it (زار الوفد العراق ورفض: not Iraq); and a masculine singular verb takes no feminine subject
 *       (دعا الحكومة: the government is the one called on);</li>
 *   <li>target: the first of the lexicon's slots that finds an actor: {@code obj}, the actor right after the
 *       subject (or after the verb when the subject stood before it); a preposition, the first actor within
 *       {@value #TARGET_REACH} words after it (so {@code طالب ... بانسحاب الناتو} targets the one asked to
 *       withdraw); the target is never the source itself;</li>
 *   <li>coordinated subjects (مصر والأردن وقعتا، طالبت واشنطن والاتحاد الأوروبي روسيا): the first is the source;
 *       a subject joined by و is never the object; for a joint deed (AGREE, CONSULT, COOPERATE) whose slots find no
 *       target, the party joined to the source is the target (وقّع المغرب وموريتانيا اتفاقية: Morocco with
 *       Mauritania).</li>
 * </ol>
 * Nouns:
 * <ol>
 *   <li>a meeting noun (CONSULT) after في، خلال، أثناء (attendance: قال الرئيس في اجتماع المنظمة): the source
 *       is the clause's subject before, the genitive the target;</li>
 *   <li>after an exposure cue (جعلتها عرضة لانتقادات): the target is the topic before the cue, the source the
 *       first actor after the noun, whatever preposition leads to it (على القنوات الروسية);</li>
 *   <li>after an undergo cue (تعرضت كازاخستان لانتقادات): the target is the cue's subject, the source the first
 *       actor after the noun;</li>
 *   <li>after a conduct cue (بدأ الوزير زيارة موسكو، قام الرئيس بزيارة): when the rule below finds no source, the
 *       cue's subject is the source;</li>
 *   <li>else the genitive, the actor right after the noun (one or two adjectives between allowed), is the
 *       source (انسحاب الولايات المتحدة) — or the target for nouns whose genitive is the patient (اعتقال
 *       المعارض، مساعدة العراق), for a place after a {@code place} noun (زيارة سوريا, هجوم لندن), and after a noun
 *       carrying a pronoun, whose pronoun is the genitive (دعوته الحكومة); a nationality adjective there is always
 *       the source (الانسحاب الأمريكي); an agent cue (من قبل) gives the source otherwise; the target comes from
 *       the slots, searched after the genitive.</li>
 * </ol>
 * The complement of the event word, where another event word is its content rather than an event of its own
 * (طالبت بانسحاب، صادق على وثيقة التعاون), runs to the end of the target, or {@value #COMPLEMENT} words past
 * the verb or its subject when there is none.
 */
final class Arguments {
    static final int TARGET_REACH = 3;
    static final int TOPIC_OFFSET = 1;
    static final int PREPOSITION_REACH = 10;
    static final int COMPLEMENT = 3;
    static final int CUE_REACH = 3;
    static final int AGENT_REACH = 8;
    static final int MAX_ADJECTIVES = 2;
    static final double SVO = 0.8;
    static final double VSO = 0.85;
    static final double TOPIC = 0.6;
    static final double GENITIVE = 0.8;
    static final double NISBA = 0.75;
    static final double ATTENDANCE = 0.65;
    static final double EXPOSURE = 0.6;
    static final double UNDERGO = 0.65;
    static final double CONDUCT = 0.7;
    static final double AGENT = 0.75;
    private static final Set<Plover> JOINT = EnumSet.of(Plover.AGREE, Plover.CONSULT, Plover.COOPERATE);

    /** The source and target found, how surely the source was found, and where the complement ends. */
    record Found(ActorSpan source, double confidence, ActorSpan target, int complementEnd) {
        Found withSource(ActorSpan inherited, double confidence) {
            return new Found(inherited, confidence, target, complementEnd);
        }
    }

    private Arguments() {
    }

    static Found of(Passage p, int w, Hit hit, Sense.Coding coding) {
        return hit.aspect().isVerb() ? verb(p, w, hit, coding) : noun(p, w, hit, coding);
    }

    private static Found verb(Passage p, int w, Hit hit, Sense.Coding c) {
        boolean conjoined = hit.has(Clitics.CONJUNCTION);
        ActorSpan before = conjoined ? null : subjectBefore(p, w);
        ActorSpan partner = null;
        ActorSpan first = before == null ? null : firstOfPair(p, before);
        if (first != null) {
            partner = before; // مصر والأردن وقعتا: Egypt signs, Jordan is the other party
            before = first;
        }
        ActorSpan s = first != null ? before : agreeing(hit, before);
        double confidence = SVO;
        int from = w + 1;
        if (s == null) {
            int next = p.next(w);
            s = next < 0 ? null : agreeing(hit, p.bareActorAt(next));
            confidence = VSO;
            from = s == null ? from : s.end();
        }
        if (s == null && !conjoined) {
            s = agreeing(hit, topic(p, w));
            confidence = TOPIC;
        }
        ActorSpan t = target(p, w, from, c, s);
        if (t == null && s != null && JOINT.contains(c.entry().plover())) {
            t = confidence == VSO ? coSubject(p, s) : partner;
        }
        return new Found(s, confidence, t, complementEnd(p, w, from, t));
    }

    /** The actor joined by و right after {@code subject}: وقّع المغرب وموريتانيا. */
    private static ActorSpan coSubject(Passage p, ActorSpan subject) {
        int k = p.next(subject.end() - 1);
        ActorSpan a = k < 0 ? null : p.actors().startingAt(k);
        return a != null && coordinated(p, a) && a.preposition() == 0 && !a.adjective() && !a.sameActorAs(subject) ? a : null;
    }

    /** The actor right before {@code second} when و joins the two (مصر والأردن), else null. */
    private static ActorSpan firstOfPair(Passage p, ActorSpan second) {
        if (!coordinated(p, second)) {
            return null;
        }
        int k = p.previous(second.first());
        ActorSpan a = k < 0 ? null : p.actors().covering(k);
        return a != null && a.end() == second.first() && !a.adjective() && p.isBare(a) && !a.sameActorAs(second) ? a : null;
    }

    /**
     * Whether an actor's name begins with word {@code k}'s first letter: ب of بروناي is no preposition. A name
     * found with the article behind a ب or ل (للمنظمة، بالحكومة) still has its preposition in front.
     */
    private static boolean nameBegins(Passage p, int k) {
        ActorSpan a = p.actors().startingAt(k);
        String name = a == null ? "" : a.actor().text();
        boolean articleBehind = name.length() > 3 && (name.startsWith("ال", 1) || name.startsWith("لل"));
        return a != null && !articleBehind && p.text().startsWith(name, p.words().span(k).start());
    }

    /** Whether a conjunction و stands before the actor's name in its first word (والأردن, not واشنطن). */
    private static boolean coordinated(Passage p, ActorSpan a) {
        String word = p.text().substring(p.words().span(a.first()).start(), p.words().span(a.first()).end());
        return word.startsWith("و") && !a.actor().text().startsWith("و");
    }

    /** {@code subject} when a verb of the form {@code verb} can have it as subject, else null. */
    private static ActorSpan agreeing(Hit verb, ActorSpan subject) {
        return subject != null && verb.masculine() && subject.feminine() ? null : subject;
    }

    /** The actor opening the clause of {@code w} before it: the topic a verb later in the clause may be about. */
    private static ActorSpan topic(Passage p, int w) {
        ActorSpan a = p.lastBareActorBefore(w);
        return a != null && a.first() - p.clauses().start(w) <= TOPIC_OFFSET ? a : null;
    }

    private static Found noun(Passage p, int w, Hit hit, Sense.Coding c) {
        int previous = p.previous(w);
        if (previous >= 0 && c.entry().plover() == Plover.CONSULT && p.hasCue(previous, CueRole.ATTENDANCE)) {
            return attended(p, w, previous, c);
        }
        int exposure = p.cueBefore(w, CueRole.EXPOSURE, CUE_REACH);
        if (exposure >= 0) {
            return suffered(p, w, p.lastBareActorBefore(exposure), EXPOSURE);
        }
        int undergo = p.cueBefore(w, CueRole.UNDERGO, CUE_REACH);
        if (undergo >= 0) {
            return suffered(p, w, subjectOfCue(p, undergo, CueRole.UNDERGO), UNDERGO);
        }
        Found found = nominal(p, w, c, hit.has(Clitics.PRONOUN));
        int conduct = found.source() == null ? p.cueBefore(w, CueRole.CONDUCT, AGENT_REACH) : -1;
        ActorSpan doer = conduct < 0 ? null : subjectOfCue(p, conduct, CueRole.CONDUCT);
        return doer != null && !doer.sameActorAs(found.target()) ? found.withSource(doer, CONDUCT) : found;
    }

    private static Found attended(Passage p, int w, int preposition, Sense.Coding c) {
        ActorSpan s = p.lastBareActorBefore(preposition);
        ActorSpan gen = genitive(p, w);
        boolean genIsTarget = gen != null && !gen.adjective() && !gen.sameActorAs(s);
        int from = gen != null ? gen.end() : w + 1;
        ActorSpan t = genIsTarget ? gen : target(p, w, from, c, s);
        return new Found(s, ATTENDANCE, t, complementEnd(p, w, from, t));
    }

    private static Found suffered(Passage p, int w, ActorSpan patient, double confidence) {
        ActorSpan s = p.firstActorIn(w, w + 1, w + 1 + AGENT_REACH, patient);
        return new Found(s, confidence, patient, complementEnd(p, w, w + 1, s));
    }

    private static Found nominal(Passage p, int w, Sense.Coding c, boolean possessed) {
        ActorSpan gen = genitive(p, w);
        ActorSpan s = null;
        ActorSpan t = null;
        double confidence = GENITIVE;
        if (gen != null && gen.adjective()) {
            s = gen;
            confidence = NISBA;
        } else if (gen != null && (possessed || genitiveIsTarget(c, gen))) {
            t = gen;
        } else {
            s = gen;
        }
        int from = gen != null ? gen.end() : w + 1;
        if (s == null) {
            s = agent(p, w, from);
            confidence = AGENT;
        }
        t = t != null ? t : target(p, w, from, c, s);
        return new Found(s, confidence, t, complementEnd(p, w, from, t));
    }

    private static boolean genitiveIsTarget(Sense.Coding c, ActorSpan gen) {
        return c.slots().stream().anyMatch(slot -> slot.kind() == Sense.Slot.Kind.GENITIVE
                || slot.kind() == Sense.Slot.Kind.PLACE && gen.place());
    }

    /** The actor right before word {@code w}, with only negations or سوف between. */
    static ActorSpan subjectBefore(Passage p, int w) {
        int k = p.previous(w);
        while (k >= 0 && (p.hasCue(k, CueRole.NEGATION) || p.hasCue(k, CueRole.FUTURE))) {
            k = p.previous(k);
        }
        ActorSpan a = k < 0 ? null : p.actors().covering(k);
        return a != null && a.end() == k + 1 && !a.adjective() && p.isBare(a) ? a : null;
    }

    /**
     * The actor right after the noun at {@code w}, past at most {@value #MAX_ADJECTIVES} adjectives. A word in ة
     * after a noun neither in ة nor in ات is no adjective of that noun, which it would agree with, but a noun of its
     * own (دعم القضية الفلسطينية: the adjective after it describes the cause, not who supports).
     */
    private static ActorSpan genitive(Passage p, int w) {
        String noun = p.words().normalized(w);
        boolean feminineNoun = noun.endsWith("ه") || noun.endsWith("ات"); // a plural agrees as a feminine: الغارات الجوية التركية
        int k = p.next(w);
        for (int skipped = 0; k >= 0 && skipped < MAX_ADJECTIVES && p.actors().startingAt(k) == null
                && ActorIndex.looksAdjective(p.words().normalized(k)) && (feminineNoun || !p.words().normalized(k).endsWith("ه"));
                skipped++) {
            k = p.next(k);
        }
        ActorSpan a = k < 0 ? null : p.actors().startingAt(k);
        return a != null && a.preposition() == 0 ? a : null;
    }

    /** The subject of the cue verb at {@code cue}: after it, or before it when the cue is an inflected verb. */
    private static ActorSpan subjectOfCue(Passage p, int cue, CueRole role) {
        int next = p.next(cue);
        ActorSpan after = next < 0 ? null : p.bareActorAt(next);
        if (after != null) {
            return after;
        }
        Hit h = p.cueHit(cue, role);
        return h != null && !h.bare() ? subjectBefore(p, cue) : null;
    }

    private static ActorSpan agent(Passage p, int w, int from) {
        for (int k = from; k < Math.min(p.clauses().end(w), from + AGENT_REACH); k++) {
            if (p.hasCue(k, CueRole.AGENT)) {
                return p.firstActorIn(w, k + 1, k + 1 + CUE_REACH, null);
            }
        }
        return null;
    }

    private static ActorSpan target(Passage p, int w, int from, Sense.Coding c, ActorSpan source) {
        for (Sense.Slot slot : c.slots()) {
            ActorSpan t = switch (slot.kind()) {
                case OBJECT -> object(p, from, source);
                case WORD, CLITIC -> afterPreposition(p, w, from, slot, source);
                case GENITIVE, PLACE -> null;
            };
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static ActorSpan object(Passage p, int from, ActorSpan source) {
        int k = p.next(from - 1);
        ActorSpan a = k < 0 ? null : p.bareActorAt(k);
        for (int skipped = 0; a != null && coordinated(p, a) && skipped < 2; skipped++) {
            k = p.next(a.end() - 1); // طالبت الولايات المتحدة والاتحاد الأوروبي روسيا: a second subject, then the object
            a = k < 0 ? null : p.bareActorAt(k);
        }
        return a != null && !coordinated(p, a) && !a.sameActorAs(source) ? a : null;
    }

    private static ActorSpan afterPreposition(Passage p, int w, int from, Sense.Slot slot, ActorSpan source) {
        int end = Math.min(p.clauses().end(w), from + PREPOSITION_REACH);
        for (int k = from; k < end; k++) {
            boolean here = slot.kind() == Sense.Slot.Kind.WORD ? p.isWord(k, slot.word())
                    : Clitics.leadingPreposition(p.words().normalized(k), 2) == slot.word().charAt(0) && !nameBegins(p, k);
            ActorSpan a = here ? p.firstActorIn(w, slot.kind() == Sense.Slot.Kind.WORD ? k + 1 : k, k + 1 + TARGET_REACH, source) : null;
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    private static int complementEnd(Passage p, int w, int from, ActorSpan target) {
        return target != null ? target.end() : Math.min(p.clauses().end(w), from + COMPLEMENT);
    }
}
