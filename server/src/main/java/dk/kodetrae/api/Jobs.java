package dk.kodetrae.api;

import dk.kodetrae.project.Project;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Long work (imports, reindexing) run one at a time in the background, with progress the page polls.
 * Finished jobs stay readable until the server stops.
 */
public final class Jobs implements AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kodetrae-jobs");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    /** Whose job each is: a job is answered only in the project it works on. */
    private final Map<Long, Path> projects = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** The state of one job as the page sees it. */
    public record Job(long id, String kind, String state, int done, int total, String step, Object result,
                      Object error) {
        Job progress(int d, int t, String s) {
            return new Job(id, kind, "running", d, t, s, null, null);
        }
    }

    /** Reports a job's progress from inside its work. */
    public interface Progress {
        void update(int done, int total, String step);
    }

    long submit(Project project, String kind, Function<Progress, Object> work) {
        long id = ids.incrementAndGet();
        projects.put(id, project.directory());
        jobs.put(id, new Job(id, kind, "queued", 0, 0, "", null, null));
        worker.submit(() -> run(id, kind, work));
        return id;
    }

    private void run(long id, String kind, Function<Progress, Object> work) {
        try {
            Object result = work.apply((d, t, s) -> jobs.computeIfPresent(id, (k, j) -> j.progress(d, t, s)));
            jobs.computeIfPresent(id, (k, j) -> new Job(id, kind, "done", j.total(), j.total(), "", result, null));
        } catch (RuntimeException e) {
            Object error = new ErrorMapper().toResponse(e).getEntity();
            jobs.computeIfPresent(id, (k, j) -> new Job(id, kind, "failed", j.done(), j.total(), "", null, error));
        }
    }

    /** The job {@code id} if it works on {@code project}. */
    Optional<Job> get(long id, Project project) {
        return project.directory().equals(projects.get(id)) ? Optional.ofNullable(jobs.get(id)) : Optional.empty();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
