package org.chancery.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the PostgreSQL server's own programs are ({@code initdb}, {@code pg_ctl},
 * {@code pg_basebackup}), for the slow tests that start clusters of their own: Debian keeps
 * them under {@code /usr/lib/postgresql/<version>/bin}, outside the PATH. The newest version
 * installed is taken, as {@code .ci/run} takes it to start the shared server.
 */
final class PostgresPrograms {

    private static final Path DEBIAN = Path.of("/usr/lib/postgresql");
    private static final Path BIN = find();

    private PostgresPrograms() {
    }

    /** The program's path as a string, for a command line: {@code program("initdb")}. */
    static String program(String name) {
        return BIN.resolve(name).toString();
    }

    private static Path find() {
        if (Files.isDirectory(DEBIAN)) {
            try (Stream<Path> versions = Files.list(DEBIAN)) {
                return versions.filter(version -> Files.isExecutable(version.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(PostgresPrograms::major))
                        .map(version -> version.resolve("bin"))
                        .orElseThrow(() -> new IllegalStateException("no PostgreSQL server programs under " + DEBIAN));
            } catch (IOException unreadable) {
                throw new IllegalStateException("cannot list " + DEBIAN, unreadable);
            }
        }
        throw new IllegalStateException("the PostgreSQL server programs (initdb, pg_ctl, pg_basebackup) are not installed"
                + " under " + DEBIAN + " (Debian's postgresql package)");
    }

    private static int major(Path version) {
        try {
            return Integer.parseInt(version.getFileName().toString());
        } catch (NumberFormatException notAVersion) {
            return -1;
        }
    }
}
