package dk.kodetrae.benchmark;

import dk.kodetrae.corpus.Span;
import dk.kodetrae.project.DemoProject;
import dk.kodetrae.project.Project;
import dk.kodetrae.search.SearchRequest;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * A JVM that holds several projects open, as a team server does, for {@link MemoryBenchmark} to measure from
 * outside: it opens each project named on its command line, searches and codes in each, prints {@value #READY} and
 * keeps them open until its standard input closes.
 */
public final class ProjectsHost {
    private static final String READY = "projects open";
    private static final List<String> QUERIES = List.of("ressourceforløb", "tillid", "\"ikke lyst\"", "arbejde~");

    private ProjectsHost() {
    }

    /** Opens the projects in the folders given as arguments. */
    public static void main(String[] args) throws IOException {
        List<Project> open = new ArrayList<>();
        try {
            for (String folder : args) {
                Project p = Project.openExisting(Path.of(folder));
                open.add(p);
                use(p);
            }
            System.out.println(READY);
            System.out.flush();
            while (System.in.read() >= 0) {
                continue;
            }
        } finally {
            open.forEach(Project::close);
        }
    }

    private static void use(Project p) {
        for (String q : QUERIES) {
            p.index().search(SearchRequest.of(q));
        }
        List<long[]> targets = CodingBenchmark.targets(p);
        long code = p.codebooks().codes(DemoProject.STUDY_CODEBOOK).getFirst().id();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            long[] t = targets.get(random.nextInt(targets.size()));
            p.codings().add(t[0], code, new Span((int) t[1], (int) t[2]), "bench");
        }
    }

    /** The host in a child JVM, with the projects open once {@link #start} returns. */
    static final class Child implements AutoCloseable {
        private final Process process;

        private Child(Process process) {
            this.process = process;
        }

        long pid() {
            return process.pid();
        }

        @Override
        public void close() throws IOException {
            process.getOutputStream().close();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    static Child start(Path jar, List<String> jvmFlags, List<Path> projects) throws IOException {
        List<String> command = new ArrayList<>(List.of(ServerProcess.java()));
        command.addAll(jvmFlags);
        // The measured build's classes first; this class comes from this build when that one predates it.
        String classPath = jar.equals(ServerProcess.jar()) ? jar.toString()
                : jar + File.pathSeparator + ServerProcess.jar();
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-cp", classPath, ProjectsHost.class.getName()));
        projects.forEach(p -> command.add(p.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Child child = new Child(process);
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.equals(READY)) {
                return child;
            }
        }
        child.close();
        throw new IOException("the projects' host stopped before opening them all");
    }
}
