/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.cloudsync.internal.outbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.type.ByteArrayDataType;
import org.h2.mvstore.type.LongDataType;
import org.h2.mvstore.type.StringDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link OutboxStore} keeps one endpoint's queued changes in an H2 MVStore: a file in the endpoint's folder
 * under openHAB's userdata, or the heap when the outbox is not persistent. Its maps are written by the same
 * commit, so after a crash they agree with each other:
 * <ul>
 * <li>{@code segments}: the {@link Segment}s, the changes of one writer run in one record, under twice the
 * sequence number of their first change; each is followed by a fence, an empty record under twice its last
 * sequence number plus one. MVStore keeps values in their B-tree leaf and rewrites a leaf when a key is added to
 * it: the fence, added with the segment, closes the segment's leaf, so the next segment starts a leaf of its own
 * and a segment is written once, not again with the next commit;</li>
 * <li>{@code state}: which stored changes are done ({@link AckedSeqs}), one record rewritten by each commit;</li>
 * <li>{@code meta}: a ceiling above the sequence numbers handed out so far.</li>
 * </ul>
 * A file of the first format (a record per change in {@code entries}) is moved into segments when it is opened
 * ({@link FirstFormat}). MVStore's own background thread is off: changes reach the file only at
 * {@link #commit}, which the outbox calls from the endpoint's scheduler, and {@link #maintain(long)} forces them to
 * the disk at least every {@value #SYNC_INTERVAL_MILLIS} ms. Space of chunks without live data is reused
 * {@value #RETENTION_MILLIS} ms after they were freed (by then a sync made a newer version durable, so a power loss
 * cannot leave the file pointing at overwritten chunks); a file left mostly empty after a long backlog drained is
 * compacted. Not thread-safe: the outbox calls it under its lock.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class OutboxStore implements AutoCloseable {

    static final String FILE_NAME = "outbox.mv.db";
    /** MVStore's page cache per store; the backlog itself stays on disk. */
    private static final int CACHE_MEGABYTES = 4;
    /** How long a chunk without live data is kept before its space is reused; MVStore's default is 45 s. */
    static final int RETENTION_MILLIS = 2000;
    /** The longest committed changes stay in the operating system's buffers: the power-loss window. */
    static final long SYNC_INTERVAL_MILLIS = 1000;
    private static final long COMPACT_MIN_FILE_BYTES = 4L << 20;
    private static final long COMPACT_INTERVAL_MILLIS = 60_000;
    private static final int COMPACT_MAX_MILLIS = 500;
    /** Leaves of at most this size: a segment larger than it gets a leaf of its own (see the fences). */
    private static final int PAGE_SPLIT_BYTES = 4096;
    private static final byte[] FENCE = new byte[0];
    private static final String SEQ_CEILING = "seqCeiling";
    private static final String ACKED = "acked";

    private final Logger logger = LoggerFactory.getLogger(OutboxStore.class);
    private final MVStore store;
    private final MVMap<Long, byte[]> segments;
    private final MVMap<String, byte[]> state;
    private final MVMap<String, Long> meta;
    private final @Nullable Path file;
    /** Counts removed and rewritten segments, so a cursor knows when what it read may be gone. */
    private int generation;
    private long storedCeiling;
    private boolean unsynced;
    private long lastSync;
    private long lastCompaction;

    private OutboxStore(MVStore store, @Nullable Path file) {
        this.store = store;
        this.file = file;
        store.setRetentionTime(RETENTION_MILLIS);
        this.segments = store.openMap("segments",
                new MVMap.Builder<Long, byte[]>().keyType(LongDataType.INSTANCE).valueType(ByteArrayDataType.INSTANCE));
        this.state = store.openMap("state", new MVMap.Builder<String, byte[]>().keyType(StringDataType.INSTANCE)
                .valueType(ByteArrayDataType.INSTANCE));
        this.meta = store.openMap("meta",
                new MVMap.Builder<String, Long>().keyType(StringDataType.INSTANCE).valueType(LongDataType.INSTANCE));
        FirstFormat.moveIntoSegments(store, this, meta);
        Long ceiling = meta.get(SEQ_CEILING);
        this.storedCeiling = ceiling == null ? 0 : ceiling;
    }

    /**
     * Opens (or creates) the store file in the folder. A file that cannot be read as a store is renamed to
     * {@code outbox.mv.db.damaged-<millis>} and a new one is started, with a warning.
     *
     * @throws IOException when the folder cannot be created or the file cannot be opened (for example locked
     *             by another process, or not writable)
     */
    static OutboxStore open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        try {
            return new OutboxStore(fileStore(file), file);
        } catch (MVStoreException e) {
            if (e.getErrorCode() != DataUtils.ERROR_FILE_CORRUPT
                    && e.getErrorCode() != DataUtils.ERROR_UNSUPPORTED_FORMAT
                    && e.getErrorCode() != DataUtils.ERROR_CHUNK_NOT_FOUND) {
                throw new IOException(e.getMessage(), e);
            }
            Path aside = folder.resolve(FILE_NAME + ".damaged-" + System.currentTimeMillis());
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            LoggerFactory.getLogger(OutboxStore.class).warn(
                    "The outbox file {} cannot be read ({}); it was moved to {} and a new outbox started", file,
                    e.getMessage(), aside);
            try {
                return new OutboxStore(fileStore(file), file);
            } catch (MVStoreException again) {
                throw new IOException(again.getMessage(), again);
            }
        }
    }

    private static MVStore fileStore(Path file) {
        // no auto commit: no background thread, and the outbox alone decides when changes reach the disk
        return new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().cacheSize(CACHE_MEGABYTES)
                .pageSplitSize(PAGE_SPLIT_BYTES).open();
    }

    /** A store in the heap: nothing survives a restart. */
    static OutboxStore inMemory() {
        return new OutboxStore(new MVStore.Builder().autoCommitDisabled().open(), null);
    }

    /** Deletes an endpoint's outbox folder and everything in it; nothing happens when it does not exist. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    /** The size of the store file (0 in the heap): the stored changes plus MVStore's pages and free space. */
    long fileSize() {
        FileStore<?> fileStore = store.getFileStore();
        return fileStore == null ? 0 : fileStore.size();
    }

    /** Where the changes are kept, for people: the file and its size, or the heap (after a disk failure too). */
    String location() {
        Path where = file;
        if (where == null) {
            return "in the heap (lost on restart)";
        }
        long bytes = fileSize();
        String size = bytes < 1_000_000 ? (bytes + 999) / 1000 + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        return "on disk in " + where.getParent() + " (" + size + ")";
    }

    // --- segments, in sequence order; keyed by the sequence number of their first change

    /** Visits a stored segment. */
    @FunctionalInterface
    interface SegmentVisitor {
        void visit(long key, byte[] segment);
    }

    byte @Nullable [] segment(long key) {
        return segments.get(2 * key);
    }

    void putSegment(long key, byte[] segment) {
        segments.put(2 * key, segment);
        segments.put(2 * Segment.lastSeqOf(segment) + 1, FENCE);
    }

    void removeSegment(long key) {
        segments.remove(2 * key);
        Long fence = segments.higherKey(2 * key);
        if (fence != null && isFence(fence)) {
            segments.remove(fence);
        }
        generation++;
    }

    /** Replaces a segment by a smaller one of the same changes (some are done); the key may move up. */
    void replaceSegment(long key, long newKey, byte[] segment) {
        if (newKey != key) {
            // the fence stays: it still lies between this segment and the next
            segments.remove(2 * key);
        }
        segments.put(2 * newKey, segment);
        generation++;
    }

    @Nullable
    Long firstKey() {
        Long key = segments.firstKey();
        while (key != null && isFence(key)) {
            key = segments.higherKey(key);
        }
        return key == null ? null : key / 2;
    }

    /** The key of the segment that would hold {@code seq}: the greatest at or below it. */
    @Nullable
    Long floorKey(long seq) {
        Long key = segments.floorKey(2 * seq);
        while (key != null && isFence(key)) {
            key = segments.lowerKey(key);
        }
        return key == null ? null : key / 2;
    }

    @Nullable
    Long higherKey(long key) {
        Long next = segments.higherKey(2 * key);
        while (next != null && isFence(next)) {
            next = segments.higherKey(next);
        }
        return next == null ? null : next / 2;
    }

    /** The last segment, or null. */
    byte @Nullable [] lastSegment() {
        Long key = segments.lastKey();
        while (key != null && isFence(key)) {
            key = segments.lowerKey(key);
        }
        return key == null ? null : segments.get(key);
    }

    /** Visits every segment, oldest first. */
    void forEachSegment(SegmentVisitor visitor) {
        Cursor<Long, byte[]> cursor = segments.cursor(null);
        while (cursor.hasNext()) {
            long key = cursor.next();
            if (!isFence(key)) {
                visitor.visit(key / 2, cursor.getValue());
            }
        }
    }

    long segmentCount() {
        long[] count = new long[1];
        forEachSegment((key, segment) -> count[0]++);
        return count[0];
    }

    private static boolean isFence(long key) {
        return (key & 1) != 0;
    }

    /** Changes when a segment is removed or rewritten. */
    int generation() {
        return generation;
    }

    // --- what is done, the numbering

    /** What the last commit stored of {@link AckedSeqs}, or null. */
    byte @Nullable [] acked() {
        return state.get(ACKED);
    }

    /** A sequence number above every one handed out before the last commit. */
    long seqCeiling() {
        return storedCeiling;
    }

    boolean hasUnsavedChanges() {
        return store.hasUnsavedChanges();
    }

    /**
     * Writes everything changed since the last commit to the file as one atomic version.
     *
     * @param seqCeiling a sequence number above every one handed out so far, kept for the next start
     * @param acked which stored changes are done, when that changed since the last commit; else null
     */
    void commit(long seqCeiling, byte @Nullable [] acked) {
        if (seqCeiling != storedCeiling) {
            meta.put(SEQ_CEILING, seqCeiling);
            storedCeiling = seqCeiling;
        }
        if (acked != null) {
            state.put(ACKED, acked);
        }
        store.commit();
        unsynced = file != null;
    }

    /**
     * Forces committed changes to the disk when the last sync is {@value #SYNC_INTERVAL_MILLIS} ms old, and
     * compacts a file that is mostly free space (at most once a minute).
     *
     * @param now the current time in milliseconds
     * @param liveBytes about how many bytes of the file are changes still queued
     * @return whether committed changes still wait for a sync, so the caller comes back later
     */
    boolean maintain(long now, long liveBytes) {
        if (lastCompaction == 0) {
            // a store just opened is not compacted at once: its first minute belongs to the backlog
            lastCompaction = now;
        }
        if (unsynced && now - lastSync >= SYNC_INTERVAL_MILLIS) {
            store.sync();
            lastSync = now;
            unsynced = false;
        }
        long size = fileSize();
        if (size > COMPACT_MIN_FILE_BYTES && size > 4 * liveBytes && now - lastCompaction >= COMPACT_INTERVAL_MILLIS) {
            lastCompaction = now;
            store.compactFile(COMPACT_MAX_MILLIS);
            logger.debug("Outbox store {} compacted from {} to {} bytes", file, size, fileSize());
        }
        return unsynced;
    }

    /** Commits what is left and closes the file. */
    @Override
    public void close() {
        if (store.isClosed()) {
            return;
        }
        try {
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
            if (file != null) {
                store.sync();
            }
            // no compaction on the way out: dispose() must be quick, and maintain() compacts
            store.close(0);
        } catch (MVStoreException e) {
            logger.warn("Closing the outbox store {} failed: {}", file, e.getMessage());
            store.closeImmediately();
        }
    }

    /** Closes without committing: the file stays as the last commit left it. */
    void abandon() {
        if (!store.isClosed()) {
            store.closeImmediately();
        }
    }

    @Override
    public String toString() {
        Path current = file;
        return current == null ? "heap" : current.toString();
    }
}
