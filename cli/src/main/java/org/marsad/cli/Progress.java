package org.marsad.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * How a long run shows its progress on standard error.
 *
 * <p>Rules: on a terminal, one line redrawn at most {@value #BAR_REDRAWS_PER_SECOND} times a second: a bar of the
 * input read, articles done, the rate and the time left; elsewhere (a file, a pipe, a test), a plain line every
 * {@value #LINE_SECONDS} seconds with the same figures; {@link #none} shows nothing. Percent and time left are shown
 * when the size of the input is known (files and directories), estimated from the bytes of the files read.
 */
abstract class Progress {
    static final int BAR_REDRAWS_PER_SECOND = 5;
    static final int LINE_SECONDS = 10;
    private static final int BAR_WIDTH = 30;

    /** The figures at one moment: articles done, fraction of the input read (negative when unknown). */
    record Figures(long done, double fraction, double seconds) {
        double rate() {
            return seconds <= 0 ? 0 : done / seconds;
        }

        String left() {
            if (fraction <= 0 || fraction >= 1) {
                return "";
            }
            long s = Math.round(seconds * (1 - fraction) / fraction);
            return String.format(Locale.ROOT, "%d:%02d left", s / 60, s % 60);
        }
    }

    abstract void show(Figures figures);

    abstract void finish();

    static Progress auto(PrintWriter err, String command) {
        return Terminal.isTerminal() ? bar(err) : lines(err, command, LINE_SECONDS);
    }

    static Progress none() {
        return new Progress() {
            @Override
            void show(Figures figures) {
            }

            @Override
            void finish() {
            }
        };
    }

    static Progress lines(PrintWriter err, String command, double everySeconds) {
        return new Progress() {
            private double lastShown;

            @Override
            void show(Figures f) {
                if (f.seconds() - lastShown < everySeconds) {
                    return;
                }
                lastShown = f.seconds();
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %,d articles, %,.0f/s", command, f.done(), f.rate()));
                if (f.fraction() >= 0) {
                    line.append(String.format(Locale.ROOT, ", %.0f%% of the input", 100 * f.fraction()));
                    if (!f.left().isEmpty()) {
                        line.append(", about ").append(f.left());
                    }
                }
                err.println(line);
                err.flush();
            }

            @Override
            void finish() {
            }
        };
    }

    static Progress bar(PrintWriter err) {
        return new Progress() {
            private long lastNanos;
            private boolean drawn;

            @Override
            void show(Figures f) {
                long now = System.nanoTime();
                if (now - lastNanos < 1_000_000_000L / BAR_REDRAWS_PER_SECOND) {
                    return;
                }
                lastNanos = now;
                StringBuilder line = new StringBuilder("\r");
                if (f.fraction() >= 0) {
                    int full = (int) Math.round(BAR_WIDTH * Math.min(1, f.fraction()));
                    line.append('[').append("#".repeat(full)).append(".".repeat(BAR_WIDTH - full)).append("] ")
                            .append(String.format(Locale.ROOT, "%3.0f%% ", 100 * f.fraction()));
                }
                line.append(String.format(Locale.ROOT, "%,d articles  %,.0f/s  %s", f.done(), f.rate(), f.left()));
                line.append("\u001b[K");
                err.print(line);
                err.flush();
                drawn = true;
            }

            @Override
            void finish() {
                if (drawn) {
                    err.print("\r\u001b[K");
                    err.flush();
                }
            }
        };
    }

    /** Whether standard error is likely a terminal: a console exists and, on Java 22+, says it is one. */
    static final class Terminal {
        private Terminal() {
        }

        static boolean isTerminal() {
            java.io.Console console = System.console();
            if (console == null) {
                return false;
            }
            try {
                return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
            } catch (ReflectiveOperationException e) {
                return true;
            }
        }
    }
}
