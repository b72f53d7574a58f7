package dk.kodetrae.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Repeats a measured round until its rate settles. The JIT compiles a path only after tens of thousands of calls
 * through it, and meanwhile takes up to a core of the two, so early rounds measure the compiler as much as the code.
 */
final class WarmUp {
    /** A rate climbs slowly for thousands of calls, and two or three close rounds early on can be a plateau. */
    private static final int MIN_ROUNDS = 6;
    /** Settled: at least {@link #MIN_ROUNDS}, and the last rounds' rates within this ratio of each other... */
    private static final double SETTLED_RATIO = 1.10;
    private static final int SETTLED_ROUNDS = 3;
    /** ...or this many rounds have run, which the figures then say. */
    private static final int MAX_ROUNDS = 12;

    private WarmUp() {
    }

    /** One measured round; {@code index} counts from 0. */
    @FunctionalInterface
    interface Round<T> {
        T run(int index) throws Exception;
    }

    /** Runs rounds until {@code rate} settles (or {@link #MAX_ROUNDS}); returns them all, the first included. */
    static <T> List<T> untilSettled(Round<T> round, ToDoubleFunction<T> rate) throws Exception {
        List<T> rounds = new ArrayList<>();
        while (rounds.size() < MAX_ROUNDS && !settled(rounds, rate)) {
            rounds.add(round.run(rounds.size()));
        }
        return rounds;
    }

    static <T> boolean settled(List<T> rounds, ToDoubleFunction<T> rate) {
        if (rounds.size() < MIN_ROUNDS) {
            return false;
        }
        List<T> last = lastSettled(rounds);
        double max = last.stream().mapToDouble(rate).max().orElseThrow();
        double min = last.stream().mapToDouble(rate).min().orElseThrow();
        return max <= SETTLED_RATIO * min;
    }

    /** The last {@link #SETTLED_ROUNDS} rounds, the ones a settled rate is read from. */
    static <T> List<T> lastSettled(List<T> rounds) {
        return rounds.subList(Math.max(0, rounds.size() - SETTLED_ROUNDS), rounds.size());
    }
}
