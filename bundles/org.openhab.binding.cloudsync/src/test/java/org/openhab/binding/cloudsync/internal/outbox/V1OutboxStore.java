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
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
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
 * The {@link V1OutboxStore} keeps one endpoint's queued changes in an H2 MVStore: a file in the endpoint's folder
 * under openHAB's userdata, or the heap when the outbox is not persistent. It holds three maps, all written by
 * the same commit, so after a crash they agree with each other:
 * <ul>
 * <li>{@code entries}: sequence number to the encoded change ({@link EntryCodec}), in sequence order;</li>
 * <li>{@code items}: item name to the sequence number of its newest stored change;</li>
 * <li>{@code meta}: the sequence numbers handed out so far and the stored bytes.</li>
 * </ul>
 * MVStore's own background thread is off: changes reach the file only at {@link #commit(long)}, which the
 * outbox calls from the endpoint's scheduler, and {@link #maintain(long)} forces them to the disk at least every
 * {@value #SYNC_INTERVAL_MILLIS} ms. Space of chunks without live data is reused {@value #RETENTION_MILLIS} ms
 * after they were freed (by then a sync made a newer version durable, so a power loss cannot leave the file
 * pointing at overwritten chunks); a file left mostly empty after a long backlog drained is compacted. Not
 * thread-safe: the outbox calls it under its lock.
 * <p>
 * Test scope only: the first outbox format (one store record per change), kept as it was so that the cost
 * measurement ({@code OutboxCost} in the benchmarks module) compares it with the segment outbox in the same run and
 * {@link V1OutboxFileWriter} can write the upgrade fixture again.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class V1OutboxStore implements AutoCloseable {

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
    private static final String SEQ_CEILING = "seqCeiling";
    private static final String BYTES = "bytes";

    private final Logger logger = LoggerFactory.getLogger(V1OutboxStore.class);
    private final MVStore store;
    private final MVMap<Long, byte[]> entries;
    private final MVMap<String, Long> items;
    private final MVMap<String, Long> meta;
    private final @Nullable Path file;
    private long bytes;
    private boolean unsynced;
    private long lastSync;
    private long lastCompaction;

    private V1OutboxStore(MVStore store, @Nullable Path file) {
        this.store = store;
        this.file = file;
        store.setRetentionTime(RETENTION_MILLIS);
        this.entries = store.openMap("entries",
                new MVMap.Builder<Long, byte[]>().keyType(LongDataType.INSTANCE).valueType(ByteArrayDataType.INSTANCE));
        this.items = store.openMap("items",
                new MVMap.Builder<String, Long>().keyType(StringDataType.INSTANCE).valueType(LongDataType.INSTANCE));
        this.meta = store.openMap("meta",
                new MVMap.Builder<String, Long>().keyType(StringDataType.INSTANCE).valueType(LongDataType.INSTANCE));
        Long storedBytes = meta.get(BYTES);
        this.bytes = storedBytes == null ? 0 : storedBytes;
    }

    /**
     * Opens (or creates) the store file in the folder. A file that cannot be read as a store is renamed to
     * {@code outbox.mv.db.damaged-<millis>} and a new one is started, with a warning.
     *
     * @throws IOException when the folder cannot be created or the file cannot be opened (for example locked
     *             by another process, or not writable)
     */
    static V1OutboxStore open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        try {
            return new V1OutboxStore(fileStore(file), file);
        } catch (MVStoreException e) {
            if (e.getErrorCode() != DataUtils.ERROR_FILE_CORRUPT
                    && e.getErrorCode() != DataUtils.ERROR_UNSUPPORTED_FORMAT
                    && e.getErrorCode() != DataUtils.ERROR_CHUNK_NOT_FOUND) {
                throw new IOException(e.getMessage(), e);
            }
            Path aside = folder.resolve(FILE_NAME + ".damaged-" + System.currentTimeMillis());
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            LoggerFactory.getLogger(V1OutboxStore.class).warn(
                    "The outbox file {} cannot be read ({}); it was moved to {} and a new outbox started", file,
                    e.getMessage(), aside);
            try {
                return new V1OutboxStore(fileStore(file), file);
            } catch (MVStoreException again) {
                throw new IOException(again.getMessage(), again);
            }
        }
    }

    private static MVStore fileStore(Path file) {
        // no auto commit: no background thread, and the outbox alone decides when changes reach the disk
        return new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().cacheSize(CACHE_MEGABYTES).open();
    }

    /** A store in the heap: nothing survives a restart. */
    static V1OutboxStore inMemory() {
        return new V1OutboxStore(new MVStore.Builder().autoCommitDisabled().open(), null);
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

    /** Stored changes, waiting and in flight. */
    long count() {
        return entries.sizeAsLong();
    }

    /** The encoded size of the stored changes. */
    long bytes() {
        return bytes;
    }

    /** The size of the store file (0 in the heap): the stored changes plus MVStore's pages and free space. */
    long fileSize() {
        FileStore<?> fileStore = store.getFileStore();
        return fileStore == null ? 0 : fileStore.size();
    }

    void put(long seq, String item, byte[] value) {
        byte[] replaced = entries.put(seq, value);
        bytes += value.length - (replaced == null ? 0 : replaced.length);
        Long newest = items.get(item);
        if (newest == null || newest < seq) {
            items.put(item, seq);
        }
    }

    /** Removes a change; returns its bytes, or null when it is not stored. */
    byte @Nullable [] remove(long seq) {
        byte[] removed = entries.remove(seq);
        if (removed != null) {
            bytes -= removed.length;
            try {
                items.remove(EntryCodec.itemName(removed), seq);
            } catch (EntryCodec.UnreadableEntryException e) {
                // no item to forget
            }
        }
        return removed;
    }

    byte @Nullable [] get(long seq) {
        return entries.get(seq);
    }

    /** The sequence number of the item's newest stored change, or null when none is stored. */
    @Nullable
    Long newestOf(String item) {
        return items.get(item);
    }

    /** Every item with a stored change, and the sequence number of its newest one. */
    Map<String, Long> newestPerItem() {
        return new HashMap<>(items);
    }

    /** Sequence numbers of stored changes from {@code seq} on, in order; removing while iterating is safe. */
    Iterator<Long> keysFrom(long seq) {
        return entries.keyIterator(seq);
    }

    /** The highest stored sequence number, or 0 when the store is empty. */
    long lastSeq() {
        Long last = entries.lastKey();
        return last == null ? 0 : last;
    }

    /** A sequence number above every one handed out before the last commit. */
    long seqCeiling() {
        Long ceiling = meta.get(SEQ_CEILING);
        return ceiling == null ? 0 : ceiling;
    }

    boolean hasUnsavedChanges() {
        return store.hasUnsavedChanges();
    }

    /**
     * Writes everything changed since the last commit to the file as one atomic version.
     *
     * @param seqCeiling a sequence number above every one handed out so far, kept for the next start
     */
    void commit(long seqCeiling) {
        meta.put(SEQ_CEILING, seqCeiling);
        meta.put(BYTES, bytes);
        store.commit();
        unsynced = file != null;
    }

    /**
     * Forces committed changes to the disk when the last sync is {@value #SYNC_INTERVAL_MILLIS} ms old, and
     * compacts a file that is mostly free space (at most once a minute).
     *
     * @param now the current time in milliseconds
     * @return whether committed changes still wait for a sync, so the caller comes back later
     */
    boolean maintain(long now) {
        if (unsynced && now - lastSync >= SYNC_INTERVAL_MILLIS) {
            store.sync();
            lastSync = now;
            unsynced = false;
        }
        long size = fileSize();
        if (size > COMPACT_MIN_FILE_BYTES && size > 4 * bytes && now - lastCompaction >= COMPACT_INTERVAL_MILLIS) {
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

    @Override
    public String toString() {
        Path current = file;
        return current == null ? "heap" : current.toString();
    }
}
