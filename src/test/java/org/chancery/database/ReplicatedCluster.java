package org.chancery.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL primary and its real streaming replica (a hot standby), for one test, in a
 * temporary folder: {@code initdb}, {@code pg_ctl start}, then {@code pg_basebackup -R} of it
 * and {@code pg_ctl start} of the copy, each on a free port of {@code ports}; as the
 * {@code postgres} OS user when the test runs as root (PostgreSQL refuses to run as root).
 * Its own primary, because the machine's shared server admits no replication connections
 * and must not be reconfigured. {@link #close()} stops both and removes the folder.
 */
final class ReplicatedCluster implements AutoCloseable {

    private final Path folder;
    private final Path primaryData;
    private final Path replicaData;
    private int primaryPort;
    private int replicaPort;
    private boolean primaryRunning;
    private boolean replicaRunning;

    private ReplicatedCluster(Path folder) {
        this.folder = folder;
        this.primaryData = folder.resolve("primary");
        this.replicaData = folder.resolve("replica");
    }

    static ReplicatedCluster start(int... ports) throws IOException, InterruptedException {
        Path folder = Path.of("/tmp", "chancery-replicated-" + UUID.randomUUID());
        ReplicatedCluster cluster = new ReplicatedCluster(folder);
        try {
            run("mkdir", "-p", folder.toString());
            cluster.primaryPort = freePort(ports, -1);
            cluster.replicaPort = freePort(ports, cluster.primaryPort);
            run(PostgresPrograms.program("initdb"), "-D", cluster.primaryData.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync", "--no-instructions");
            run(PostgresPrograms.program("pg_ctl"), "-D", cluster.primaryData.toString(), "-l", folder.resolve("primary.log").toString(),
                    "-o", options(cluster.primaryPort, folder), "-w", "-t", "60", "start");
            cluster.primaryRunning = true;
            run(PostgresPrograms.program("pg_basebackup"), "-h", "127.0.0.1", "-p", String.valueOf(cluster.primaryPort), "-U", "postgres",
                    "-D", cluster.replicaData.toString(), "-R", "-X", "stream", "--checkpoint=fast", "--no-sync");
            run(PostgresPrograms.program("pg_ctl"), "-D", cluster.replicaData.toString(), "-l", folder.resolve("replica.log").toString(),
                    "-o", options(cluster.replicaPort, folder) + " -c hot_standby=on", "-w", "-t", "60", "start");
            cluster.replicaRunning = true;
            return cluster;
        } catch (IOException | RuntimeException | InterruptedException e) {
            cluster.close();
            throw e;
        }
    }

    String primaryUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + primaryPort + "/" + database;
    }

    String replicaUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + replicaPort + "/" + database;
    }

    Connection connectToReplica(String database) throws SQLException {
        return DriverManager.getConnection(replicaUrl(database) + "?user=postgres");
    }

    /** Stops the replica at once, as a crash or a pulled cable would. */
    void stopReplica() throws IOException, InterruptedException {
        if (replicaRunning) {
            run(PostgresPrograms.program("pg_ctl"), "-D", replicaData.toString(), "-m", "immediate", "-w", "stop");
            replicaRunning = false;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stopReplica();
        } finally {
            try {
                if (primaryRunning) {
                    run(PostgresPrograms.program("pg_ctl"), "-D", primaryData.toString(), "-m", "immediate", "-w", "stop");
                    primaryRunning = false;
                }
            } finally {
                if (Files.exists(folder)) {
                    try (Stream<Path> paths = Files.walk(folder)) {
                        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                    }
                }
            }
        }
    }

    /** Small and quick: a test's server, not a durable one. */
    private static String options(int port, Path folder) {
        return "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=32MB"
                + " -c max_connections=40 -c full_page_writes=off";
    }

    private static int freePort(int[] ports, int taken) throws IOException {
        for (int candidate : ports) {
            if (candidate == taken) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getByName("127.0.0.1"))) {
                return candidate;
            } catch (IOException inUse) {
                // try the next
            }
        }
        throw new IOException("no free port among " + Arrays.toString(ports));
    }

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
