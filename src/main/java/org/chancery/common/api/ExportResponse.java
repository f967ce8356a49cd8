package org.chancery.common.api;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The body of an export or a feed, written to the response while its rows are read from the
 * database, so that memory stays flat however many rows there are.
 *
 * <p>It is written on the request's own thread, straight to the response, rather than
 * handed to an asynchronous {@code StreamingResponseBody}: no async request timeout cuts a
 * long download short, and no bounded task pool makes one export wait for another.
 *
 * <p>Validate the request before {@link #start}: until the first {@value #FLUSH_EVERY} rows
 * are flushed nothing reaches the client, so an invalid parameter or a query that fails at
 * once is still answered with its error status. After that the status cannot change; a
 * failure then aborts the response, and the client sees a broken transfer rather than a
 * short file that looks whole.
 */
public final class ExportResponse {

    /** Rows written between two flushes: the client gets them while the rest are read. */
    static final int FLUSH_EVERY = 500;

    private final OutputStream stream;
    private final Writer writer;
    private int unflushed;

    private ExportResponse(OutputStream stream) {
        this.stream = stream;
        this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 16 * 1024);
    }

    /**
     * Starts a 200 response of {@code contentType} in UTF-8, offered for download as
     * {@code filename} when one is given.
     */
    public static ExportResponse start(HttpServletResponse response, MediaType contentType, @Nullable String filename)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType.toString());
        if (filename != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(filename).build().toString());
        }
        return new ExportResponse(new BufferedOutputStream(response.getOutputStream(), 64 * 1024));
    }

    /** Where the body goes; it reaches the client when rows are flushed and at the end. */
    public Writer writer() {
        return writer;
    }

    /**
     * Rows that come as UTF-8 already (as PostgreSQL's COPY writes them), written as they are,
     * with a flush every {@value #FLUSH_EVERY}: for a body written through this alone.
     */
    public ByteRows bytes() {
        return (utf8, from, length) -> {
            try {
                stream.write(utf8, from, length);
                if (++unflushed == FLUSH_EVERY) {
                    stream.flush();
                    unflushed = 0;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /**
     * Writes the whole body: {@code body} writes what comes before and after the rows to
     * {@link #writer()}, and hands the rows to consumers made by {@link #rows}. Nothing is
     * flushed if it fails.
     */
    public void writeAll(Body body) throws IOException {
        try {
            body.write();
        } catch (UncheckedIOException e) {
            // A row could not be written (most often: the client went away); it stopped the read.
            throw e.getCause();
        }
        writer.flush();
        stream.flush();
    }

    /**
     * A consumer that writes each row it is given with {@code write} and flushes every
     * {@value #FLUSH_EVERY} rows: hand it to the read that produces the rows.
     */
    public <T> Consumer<T> rows(RowWriter<T> write) {
        return row -> {
            try {
                write.write(row);
                if (++unflushed == FLUSH_EVERY) {
                    writer.flush();
                    unflushed = 0;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Writes a whole body, reading its rows. */
    @FunctionalInterface
    public interface Body {
        void write() throws IOException;
    }

    /** Writes one row of UTF-8 text; a failure to is an {@link UncheckedIOException}. */
    @FunctionalInterface
    public interface ByteRows {
        void write(byte[] utf8, int from, int length);
    }

    /** Writes one row. */
    @FunctionalInterface
    public interface RowWriter<T> {
        void write(T row) throws IOException;
    }
}
