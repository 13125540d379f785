package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.marsad.analysis.Words;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.analysis.quote.QuoteTagger;
import org.junit.jupiter.api.Test;

class RoleNominalsTest {
    private static final RoleNominals NOMINALS = RoleNominals.shipped(QuoteTagger.withShippedCues()::isSpeechVerb);

    /** Persons named {@code names[k]} with role {@code names[k + 1]}, at their first occurrence in {@code text}. */
    private static List<Entity> persons(String text, String... namesAndRoles) {
        List<Entity> out = new ArrayList<>();
        for (int k = 0; k < namesAndRoles.length; k += 2) {
            int at = text.indexOf(namesAndRoles[k]);
            out.add(new Entity("e" + k, EntityType.PERSON, namesAndRoles[k], null, null, null, null,
                    List.of(namesAndRoles[k + 1]), 0.9, List.of(Mention.of(text, at, at + namesAndRoles[k].length(), MentionKind.NAME))));
        }
        return out;
    }

    /** The nominal mentions each entity gets, as text. */
    private static List<List<String>> nominals(String text, List<Entity> entities) {
        return NOMINALS.refer(text, Words.of(text), entities).stream()
                .map(e -> e.mentions().stream().filter(m -> m.kind() == MentionKind.NOMINAL).map(Mention::text).toList())
                .toList();
    }

    @Test
    void refersARoleWordStandingAloneToThePersonNamedWithThatRole() {
        String text = "قال رامز الحلبي وزير الخارجية إن المحادثات مستمرة. وأضاف الوزير أن الجولة المقبلة في عمان.";
        assertEquals(List.of(List.of("الوزير")), nominals(text, persons(text, "رامز الحلبي", "وزير الخارجية")));
    }

    @Test
    void refersToTheHolderNamedLast() {
        String text = "التقى رامز الحلبي وزير الخارجية نظيره سامر خليل وزير الخارجية، وقال الوزير إن اللقاء مثمر.";
        assertEquals(List.of(List.of(), List.of("الوزير")),
                nominals(text, persons(text, "رامز الحلبي", "وزير الخارجية", "سامر خليل", "وزير الخارجية")));
    }

    @Test
    void takesNoRoleWordFollowedByADefiniteWordOrItsComplement() {
        String text = "قال رامز الحلبي وزير الخارجية إن الوزير السعودي وصل، وإن المتحدث باسم الوزارة نفى ذلك.";
        assertEquals(List.of(List.of()), nominals(text, persons(text, "رامز الحلبي", "وزير الخارجية")));
    }

    @Test
    void takesNoRoleWordFollowedByAGivenName() {
        String text = "قال رامز الحلبي وزير الخارجية إن الوزير سامي خليل وصل، وأكد الوزير نبيل حداد ذلك.";
        assertEquals(List.of(List.of()), nominals(text, persons(text, "رامز الحلبي", "وزير الخارجية")));
    }

    @Test
    void refersAnOccupationOnlyAsTheSubjectOfAVerbOfSpeech() {
        String text = "قال المدرب الوطني سامر خليل إن الفريق جاهز. وأضاف المدرب أن اللاعبين بخير، وعلى المدرب أن يصبر.";
        assertEquals(List.of(List.of("المدرب")), nominals(text, persons(text, "سامر خليل", "المدرب الوطني")));
    }

    @Test
    void refersARoleWordBeforeAPrepositionSpeltWithAnAlefLam() {
        String text = "قال رامز الحلبي وزير الخارجية إن المحادثات مستمرة. وأشار الوزير إلى أن الجولة المقبلة قريبة.";
        assertEquals(List.of(List.of("الوزير")), nominals(text, persons(text, "رامز الحلبي", "وزير الخارجية")));
    }

    @Test
    void refersAnHonorificPronounToThePrinceOrMinisterNamedLast() {
        String text = "افتتح الأمير سامر بن خليل أمير المنطقة المعرض، ثم التقى رامز الحلبي وزير الثقافة. وقال سموه إن "
                + "المعرض ناجح، وأشار معاليه إلى أن الزوار كثر.";
        assertEquals(List.of(List.of("سموه"), List.of("معاليه")),
                nominals(text, persons(text, "سامر بن خليل", "أمير المنطقة", "رامز الحلبي", "وزير الثقافة")));
    }

    @Test
    void takesNoRoleWordQualifyingANounOrCompletingAnotherOffice() {
        String text = "زار سامر خليل المبنى الرئيس، ثم التقى نائب الرئيس.";
        assertEquals(List.of(List.of()), nominals(text, persons(text, "سامر خليل", "الرئيس")));
    }

    @Test
    void refersThePresidentToPresidentsOnly() {
        String text = "قال سامر خليل رئيس الوزراء إن الرئيس سيزور المدينة.";
        assertEquals(List.of(List.of()), nominals(text, persons(text, "سامر خليل", "رئيس الوزراء")));
    }
}
