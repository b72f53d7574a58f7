package dk.kodetrae.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link StoreDurabilityTest}: writes single-row transactions and prints "ack N" after each
 * commit returns, until it is killed.
 */
public final class DurabilityWriter {
    private DurabilityWriter() {
    }

    public static void main(String[] args) {
        int rows = Integer.parseInt(args[1]);
        try (Store store = Store.open(Path.of(args[0]), Clock.systemUTC())) {
            for (int i = 0; i < rows; i++) {
                String id = Integer.toString(i);
                store.write(c -> store.logChange(c, new Change("durability", "write", "probe", id, null)));
                System.out.println("ack " + i);
                System.out.flush();
            }
        }
    }
}
