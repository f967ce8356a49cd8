package org.chancery.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real streaming replica (hot standby) of the local PostgreSQL, for one test: a base backup
 * with {@code pg_basebackup -R} into a temporary folder, started with {@code pg_ctl} on a free
 * port of {@code ports}, as the {@code postgres} OS user when the test runs as root. The
 * shared primary is only read from; {@link #close()} stops the replica and removes the folder.
 */
final class StreamingReplica implements AutoCloseable {

    private static final String BIN = "/usr/lib/postgresql/15/bin/";

    private final Path folder;
    private final int port;
    private boolean running;

    private StreamingReplica(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    /** A replica of the server at {@code host}:{@code primaryPort}, started and streaming. */
    static StreamingReplica start(String host, int primaryPort, int... ports) throws IOException, InterruptedException {
        int port = freePort(ports);
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "chancery-replica-" + UUID.randomUUID());
        StreamingReplica replica = new StreamingReplica(folder, port);
        try {
            run(BIN + "pg_basebackup", "-h", host, "-p", String.valueOf(primaryPort), "-U", "postgres", "-D",
                    folder.toString(), "-R", "-X", "stream", "--checkpoint=fast", "--no-sync");
            // Debian keeps the primary's configuration outside its data folder: the replica gets its own.
            writeAsOwner(folder.resolve("postgresql.conf"), String.join("\n",
                    "port = " + port, "listen_addresses = '127.0.0.1'", "unix_socket_directories = '" + folder + "'",
                    "hot_standby = on", "shared_buffers = 32MB", "fsync = off", "logging_collector = off", ""));
            writeAsOwner(folder.resolve("pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n");
            run(BIN + "pg_ctl", "-D", folder.toString(), "-l", folder.resolve("replica.log").toString(), "-w", "-t", "60",
                    "start");
            replica.running = true;
            return replica;
        } catch (IOException | RuntimeException | InterruptedException e) {
            replica.close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres");
    }

    /** Stops the replica at once, as a crash or a pulled cable would. */
    void stop() throws IOException, InterruptedException {
        if (running) {
            run(BIN + "pg_ctl", "-D", folder.toString(), "-m", "immediate", "-w", "stop");
            running = false;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } finally {
            if (Files.exists(folder)) {
                try (var paths = Files.walk(folder)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    private static int freePort(int... ports) throws IOException {
        for (int candidate : ports) {
            try (ServerSocket socket = new ServerSocket(candidate, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
                return candidate;
            } catch (IOException taken) {
                // try the next
            }
        }
        throw new IOException("none of the replica's ports is free");
    }

    private static void writeAsOwner(Path file, String text) throws IOException, InterruptedException {
        Path draft = Files.createTempFile("replica-conf", ".tmp", java.nio.file.attribute.PosixFilePermissions
                .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--")));
        Files.writeString(draft, text);
        try {
            run("cp", draft.toString(), file.toString());
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    /** Runs a command, as the postgres OS user when this process is root (PostgreSQL refuses to run as root). */
    private static void run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", line) + " failed: " + output);
        }
    }
}
