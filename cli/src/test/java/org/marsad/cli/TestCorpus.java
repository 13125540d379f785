package org.marsad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Small Arabic articles written for these tests, as JSON Lines files: article {@code i} has its own id, title, date
 * and a text whose words vary with {@code i}, so that no two are near-duplicates.
 */
final class TestCorpus {
    private static final String[] PLACES = {"تونس", "القاهرة", "عمان", "الرباط", "بيروت", "الدوحة", "مسقط", "الجزائر"};
    private static final String[] TOPICS = {"الزراعة", "التعليم", "الصحة", "النقل", "الطاقة", "السياحة", "المياه", "الصناعة"};
    private static final String[] DEEDS = {"افتتح", "زار", "دشن", "تفقد", "أعلن عن", "ناقش", "أطلق", "راجع"};
    private static final String[] NUMBERS = {"صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"};

    private TestCorpus() {
    }

    /** Writes {@code n} articles into {@code files} JSON Lines files under {@code dir}; returns the files. */
    static List<Path> write(Path dir, int n, int files) {
        try {
            Files.createDirectories(dir);
            List<StringBuilder> contents = new ArrayList<>();
            for (int f = 0; f < files; f++) {
                contents.add(new StringBuilder());
            }
            for (int i = 0; i < n; i++) {
                contents.get(i % files).append(line(i)).append('\n');
            }
            List<Path> paths = new ArrayList<>();
            for (int f = 0; f < files; f++) {
                paths.add(Files.writeString(dir.resolve(String.format("part-%03d.jsonl", f)), contents.get(f), StandardCharsets.UTF_8));
            }
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON line of article {@code i}. */
    static String line(int i) {
        String place = PLACES[i % PLACES.length];
        String topic = TOPICS[(i / PLACES.length) % TOPICS.length];
        String deed = DEEDS[(i / 7) % DEEDS.length];
        String code = spelled(i);
        String text = "في خبر رقم " + code + "، " + deed + " وزير " + topic + " مشروعا جديدا في " + place + " يحمل الرقم " + i
                + ". وقال الوزير إن المشروع " + code + " سيخدم السكان خلال العام المقبل، وإن كلفته تبلغ " + (1000 + i) + " دينار.";
        return "{\"id\":\"t" + i + "\",\"source\":\"نشرة الاختبار\",\"published\":\"2024-0" + (1 + i % 9) + "-1" + (i % 10)
                + "\",\"title\":\"مشروع " + topic + " في " + place + " رقم " + i + "\",\"text\":\"" + text + "\"}";
    }

    private static String spelled(int i) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(i).toCharArray()) {
            b.append(b.isEmpty() ? "" : "-").append(NUMBERS[c - '0']);
        }
        return b.toString();
    }
}
